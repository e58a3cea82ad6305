package org.ruraltalent.assignment;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.common.Exports;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;
import org.ruraltalent.common.Responses;
import org.ruraltalent.common.TabularWriters;

@Path("/api/v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "People serving in a role at a host for a period 选派/任职: first secretaries, work teams, commissioners, teachers, doctors, local posts.")
public class AssignmentResource {

    private static final String IF_MATCH_DOC = "ETag of the version being changed.";

    @Inject
    AssignmentService service;

    @Inject
    Exports exports;

    /** The filters of the assignment list, shared by the list and its export. */
    public static class Filters {
        @QueryParam("person")
        @Parameter(description = "Person id.")
        public String person;
        @QueryParam("host")
        @Parameter(description = "Host organisation id.")
        public String host;
        @QueryParam("division")
        @Parameter(description = "Division code: hosted in it or below it.", example = "640422")
        public String division;
        @QueryParam("role")
        @Parameter(example = "FIRST_SECRETARY")
        public String role;
        @QueryParam("sendingLevel")
        @Parameter(example = "CITY")
        public String sendingLevel;
        @QueryParam("status")
        @Parameter(example = "ACTIVE")
        public String status;
        @QueryParam("activeOn")
        @Parameter(description = "Serving on this day.", example = "2022-01-01")
        public String activeOn;
        @QueryParam("batchYear")
        @Parameter(example = "2021")
        public String batchYear;

        AssignmentService.Criteria criteria() {
            return new AssignmentService.Criteria(QueryParams.uuid("person", person), QueryParams.uuid("host", host), division,
                    QueryParams.code(AssignmentRole.class, "role", role),
                    QueryParams.code(SendingLevel.class, "sendingLevel", sendingLevel),
                    QueryParams.code(AssignmentStatus.class, "status", status), QueryParams.date("activeOn", activeOn),
                    QueryParams.year("batchYear", batchYear));
        }
    }

    @GET
    @Operation(operationId = "listAssignments", summary = "List assignments", description = "Filter by person, host, host's division (any depth), role, sending level, status, batch year, or active on a date; keyset paged.")
    public Page<AssignmentDtos.AssignmentView> list(@BeanParam Filters filters, @BeanParam PageRequest page) {
        return service.list(filters.criteria(), page);
    }

    @GET
    @Path("export")
    @Produces({ TabularWriters.CSV, TabularWriters.XLSX })
    @Operation(operationId = "exportAssignments", summary = "Export assignments as CSV or XLSX", description = "The same filters as the list; every matching assignment (up to 100,000; a filter matching more is answered 422 before any row), with Chinese headers.")
    public AssignmentExport export(@BeanParam Filters filters) {
        var criteria = filters.criteria();
        return new AssignmentExport(exports.all(page -> service.list(criteria, page), n -> service.hasMoreThan(criteria, n)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAssignment", summary = "Get an assignment",
            description = "The record with its ETag (send it as If-Match to change it). 404 when there is none with this id or it lies outside the caller's division scope.")
    public RestResponse<AssignmentDtos.AssignmentView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getAssignmentHistory", summary = "Lifecycle history of an assignment", description = "Every transition, oldest first.")
    public List<AssignmentDtos.TransitionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createAssignment", summary = "Create an assignment", description = "PLANNED by default, or ACTIVE for someone already serving.")
    public RestResponse<AssignmentDtos.AssignmentView> create(@Valid @NotNull AssignmentDtos.AssignmentCreate body) {
        AssignmentDtos.AssignmentView created = service.create(body);
        return Responses.created("/api/v1/assignments/" + created.id(), created);
    }

    @POST
    @Idempotent
    @Path("{id}/activate")
    @Operation(operationId = "activateAssignment", summary = "Activate a PLANNED assignment", description = "Checks the first-secretary and residency rules; requires If-Match.")
    public RestResponse<AssignmentDtos.AssignmentView> activate(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @RequestBody(required = false) @Valid AssignmentDtos.Activation body) {
        return Responses.ok(service.activate(id, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/complete")
    @Operation(operationId = "completeAssignment", summary = "Complete an ACTIVE assignment", description = "Requires If-Match.")
    public RestResponse<AssignmentDtos.AssignmentView> complete(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull AssignmentDtos.Completion body) {
        return Responses.ok(service.complete(id, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/recall")
    @Operation(operationId = "recallAssignment", summary = "Recall an ACTIVE assignment", description = "A reason is required; requires If-Match.")
    public RestResponse<AssignmentDtos.AssignmentView> recall(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull AssignmentDtos.Recall body) {
        return Responses.ok(service.recall(id, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/cancel")
    @Operation(operationId = "cancelAssignment", summary = "Cancel a PLANNED assignment", description = "Requires If-Match.")
    public RestResponse<AssignmentDtos.AssignmentView> cancel(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @RequestBody(required = false) @Valid AssignmentDtos.Cancellation body) {
        return Responses.ok(service.cancel(id, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/extend")
    @Operation(operationId = "extendAssignment", summary = "Extend the planned end", description = "For PLANNED or ACTIVE assignments; requires If-Match.")
    public RestResponse<AssignmentDtos.AssignmentView> extend(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull AssignmentDtos.Extension body) {
        return Responses.ok(service.extend(id, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/rotate-in")
    @Operation(operationId = "rotateInFirstSecretary", summary = "Rotate a first secretary in", description = "Completes the village's ACTIVE first secretary and activates this PLANNED one, atomically; If-Match is this assignment's ETag.")
    public RestResponse<AssignmentDtos.AssignmentView> rotateIn(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull AssignmentDtos.Rotation body) {
        return Responses.ok(service.rotateIn(id, ifMatch, body));
    }
}
