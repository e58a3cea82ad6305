package org.ruraltalent.platform;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;
import org.ruraltalent.common.Responses;

@Path("/api/v1/workstations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workstations", description = "Rural talent workstations 人才工作站, incubators and talent homes, with their resident talent over time.")
public class WorkstationResource {

    private static final String IF_MATCH_DOC = "ETag of the workstation being changed.";

    @Inject
    WorkstationService service;

    @GET
    @Operation(operationId = "listWorkstations", summary = "List workstations", description = "Filter by kind, division (any depth), host, current resident; keyset paged.")
    public Page<WorkstationDtos.WorkstationView> list(
            @QueryParam("kind") @Parameter(example = "INCUBATOR") String kind,
            @QueryParam("division") @Parameter(description = "Division code: located in it or below it.", example = "640423") String division,
            @QueryParam("host") @Parameter(description = "Host organisation id.") String host,
            @QueryParam("member") @Parameter(description = "Person id of a current resident.") String member,
            @BeanParam PageRequest page) {
        return service.list(new WorkstationService.Criteria(QueryParams.code(WorkstationKind.class, "kind", kind), division,
                QueryParams.uuid("host", host), QueryParams.uuid("member", member)), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorkstation", summary = "Get a workstation",
            description = "The record with its ETag (send it as If-Match to change it). 404 when there is none with this id or it lies outside the caller's division scope.")
    public RestResponse<WorkstationDtos.WorkstationView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createWorkstation", summary = "Open a workstation, incubator or talent home",
            description = "Answers 201 with the workstation, its Location and ETag. The division must lie within the caller's scope.")
    public RestResponse<WorkstationDtos.WorkstationView> create(@Valid @NotNull WorkstationDtos.WorkstationCreate body) {
        WorkstationDtos.WorkstationView created = service.create(body);
        return Responses.created("/api/v1/workstations/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateWorkstation", summary = "Change a workstation", description = "Requires If-Match.")
    public RestResponse<WorkstationDtos.WorkstationView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull WorkstationDtos.WorkstationPatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @GET
    @Path("{id}/members")
    @Operation(operationId = "listWorkstationMembers", summary = "Resident talent of a workstation", description = "Current residents, or everyone who ever was with includePast=true.")
    public List<WorkstationDtos.MemberView> members(@PathParam("id") UUID id,
            @QueryParam("includePast") @Parameter(description = "true to include residents who left.") String includePast) {
        return service.members(id, Boolean.TRUE.equals(QueryParams.bool("includePast", includePast)));
    }

    @POST
    @Idempotent
    @Path("{id}/members")
    @APIResponse(responseCode = "201", description = "The residency added.", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkstationDtos.MemberView.class)))
    @Operation(operationId = "addWorkstationMember", summary = "Add a resident", description = "Requires the workstation's If-Match; its ETag moves on.")
    public RestResponse<WorkstationDtos.MemberView> addMember(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull WorkstationDtos.MemberAdd body) {
        WorkstationDtos.MemberView member = service.addMember(id, ifMatch, body);
        return RestResponse.ResponseBuilder.<WorkstationDtos.MemberView>created(
                java.net.URI.create("/api/v1/workstations/" + id + "/members")).entity(member).build();
    }

    @POST
    @Idempotent
    @Path("{id}/members/{memberId}/leave")
    @Operation(operationId = "leaveWorkstationMember", summary = "A resident leaves", description = "Requires the workstation's If-Match; the residency is kept with its end date.")
    public WorkstationDtos.MemberView leave(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull WorkstationDtos.MemberLeave body) {
        return service.leave(id, memberId, ifMatch, body);
    }
}
