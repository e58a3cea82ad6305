package org.ruraltalent.training;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;
import org.ruraltalent.common.Responses;

@Path("/api/v1/training-programmes/{id}/sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class EnrolmentResource {

    @Inject
    EnrolmentService service;

    @GET
    @Path("enrolments")
    @Operation(operationId = "listEnrolments", summary = "Enrolments of a session", description = "Filter by status; keyset paged.")
    public Page<TrainingDtos.EnrolmentView> list(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @QueryParam("status") @Parameter(example = "COMPLETED") String status, @BeanParam PageRequest page) {
        return service.list(id, sessionId, QueryParams.code(EnrolmentStatus.class, "status", status), page);
    }

    @POST
    @Idempotent
    @Path("enrolments")
    @APIResponse(responseCode = "201", description = "The enrolment.", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingDtos.EnrolmentView.class)))
    @Operation(operationId = "createEnrolment", summary = "Enrol a person", description = "Refused when the session is full, closed or over, or the person is already enrolled.")
    public RestResponse<TrainingDtos.EnrolmentView> enrol(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull TrainingDtos.EnrolmentCreate body) {
        TrainingDtos.EnrolmentView created = service.enrol(id, sessionId, body);
        return Responses.created("/api/v1/training-programmes/" + id + "/sessions/" + sessionId + "/enrolments/" + created.id(),
                created);
    }

    @GET
    @Path("enrolments/{enrolmentId}")
    @Operation(operationId = "getEnrolment", summary = "Get an enrolment",
            description = "The enrolment with its ETag. 404 when the programme, session or enrolment does not exist, or lies outside the caller's division scope.")
    public RestResponse<TrainingDtos.EnrolmentView> get(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @PathParam("enrolmentId") UUID enrolmentId) {
        return Responses.ok(service.get(id, sessionId, enrolmentId));
    }

    @PATCH
    @Path("enrolments/{enrolmentId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateEnrolment", summary = "Record an enrolment's status, hours, result, certificate or study", description = "Requires If-Match.")
    public RestResponse<TrainingDtos.EnrolmentView> update(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @PathParam("enrolmentId") UUID enrolmentId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the enrolment.", required = true) String ifMatch,
            @Valid @NotNull TrainingDtos.EnrolmentPatch body) {
        return Responses.ok(service.update(id, sessionId, enrolmentId, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("attendance")
    @Operation(operationId = "recordSessionAttendance", summary = "Mark a whole session's attendance or results", description = "All records or none: every bad record is named (records[i].field). Requires the session's If-Match; its ETag moves on.")
    public List<TrainingDtos.EnrolmentView> attendance(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the session.", required = true) String ifMatch,
            @Valid @NotNull TrainingDtos.Attendance body) {
        return service.markAttendance(id, sessionId, ifMatch, body);
    }
}
