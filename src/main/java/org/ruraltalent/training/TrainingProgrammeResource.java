package org.ruraltalent.training;

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
import org.ruraltalent.personnel.TalentCategory;

@Path("/api/v1/training-programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "Training programmes 培训项目, their sessions 期次 and enrolments 参训.")
public class TrainingProgrammeResource {

    private static final String IF_MATCH_DOC = "ETag of the version being changed.";

    @Inject
    TrainingService service;

    @GET
    @Operation(operationId = "listTrainingProgrammes", summary = "List training programmes", description = "Filter by type, division (any depth), year, target category; keyset paged.")
    public Page<TrainingDtos.ProgrammeView> list(
            @QueryParam("type") @Parameter(example = "SKILLS") String type,
            @QueryParam("division") @Parameter(example = "640422") String division,
            @QueryParam("year") @Parameter(example = "2023") String year,
            @QueryParam("category") @Parameter(description = "A target talent category.", example = "VILLAGE_COMMITTEE_MEMBER") String category,
            @QueryParam("partnership") @Parameter(description = "Partnership id: the expert lectures it provides.") String partnership,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.code(ProgrammeType.class, "type", type), division, QueryParams.year("year", year),
                QueryParams.code(TalentCategory.class, "category", category), QueryParams.uuid("partnership", partnership), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTrainingProgramme", summary = "Get a training programme",
            description = "The record with its ETag (send it as If-Match to change it). 404 when there is none with this id or it lies outside the caller's division scope.")
    public RestResponse<TrainingDtos.ProgrammeView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createTrainingProgramme", summary = "Create a training programme",
            description = "Answers 201 with the programme, its Location and ETag. The division must lie within the caller's scope.")
    public RestResponse<TrainingDtos.ProgrammeView> create(@Valid @NotNull TrainingDtos.ProgrammeCreate body) {
        TrainingDtos.ProgrammeView created = service.create(body);
        return Responses.created("/api/v1/training-programmes/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateTrainingProgramme", summary = "Change a training programme", description = "Requires If-Match.")
    public RestResponse<TrainingDtos.ProgrammeView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull TrainingDtos.ProgrammePatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @GET
    @Path("{id}/sessions")
    @Operation(operationId = "listTrainingSessions", summary = "Sessions of a programme",
            description = "The sessions of the programme, keyset paged; 404 when the programme does not exist or lies outside the caller's division scope.")
    public Page<TrainingDtos.SessionView> sessions(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return service.sessions(id, page);
    }

    @POST
    @Idempotent
    @Path("{id}/sessions")
    @APIResponse(responseCode = "201", description = "The session added.", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingDtos.SessionView.class)))
    @Operation(operationId = "createTrainingSession", summary = "Add a session",
            description = "Answers 201 with the session, its Location and ETag; the session's dates must be in order.")
    public RestResponse<TrainingDtos.SessionView> addSession(@PathParam("id") UUID id,
            @Valid @NotNull TrainingDtos.SessionCreate body) {
        TrainingDtos.SessionView created = service.addSession(id, body);
        return Responses.created("/api/v1/training-programmes/" + id + "/sessions/" + created.id(), created);
    }

    @GET
    @Path("{id}/sessions/{sessionId}")
    @Operation(operationId = "getTrainingSession", summary = "Get a session",
            description = "The session with its ETag. 404 when the programme or the session does not exist, or lies outside the caller's division scope.")
    public RestResponse<TrainingDtos.SessionView> session(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return Responses.ok(service.getSession(id, sessionId));
    }

    @PATCH
    @Path("{id}/sessions/{sessionId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateTrainingSession", summary = "Change a session", description = "Dates, place, capacity (not below the seats taken), head count; requires If-Match.")
    public RestResponse<TrainingDtos.SessionView> updateSession(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull TrainingDtos.SessionPatch body) {
        return Responses.ok(service.updateSession(id, sessionId, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/sessions/{sessionId}/close")
    @Operation(operationId = "closeTrainingSession", summary = "Close a session to enrolment", description = "Requires If-Match.")
    public RestResponse<TrainingDtos.SessionView> close(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch) {
        return Responses.ok(service.close(id, sessionId, ifMatch));
    }
}
