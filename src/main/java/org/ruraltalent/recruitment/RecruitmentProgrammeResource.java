package org.ruraltalent.recruitment;

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

@Path("/api/v1/recruitment-programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recruitment programmes", description = "Special-post teachers, three-supports-one-assistance, Western volunteers, selected graduates, urgent-talent intake, returnees, special agricultural technicians 招募计划, with quotas never exceeded, and their placements.")
public class RecruitmentProgrammeResource {

    @Inject
    RecruitmentService service;

    @GET
    @Operation(operationId = "listRecruitmentProgrammes", summary = "List recruitment programmes", description = "Filter by kind, year, division (any depth); keyset paged.")
    public Page<RecruitmentDtos.ProgrammeView> list(
            @QueryParam("kind") @Parameter(example = "WESTERN_VOLUNTEER") String kind,
            @QueryParam("year") @Parameter(example = "2023") String year,
            @QueryParam("division") @Parameter(description = "Division code: programmes run for it or below it.", example = "640400") String division,
            @BeanParam PageRequest page) {
        return service.list(new RecruitmentService.Criteria(QueryParams.code(ProgrammeKind.class, "kind", kind),
                QueryParams.year("year", year), division), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRecruitmentProgramme", summary = "Get a recruitment programme", description = "With its quota, placements made and places remaining.")
    public RestResponse<RecruitmentDtos.ProgrammeView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createRecruitmentProgramme", summary = "Create a recruitment programme",
            description = "Answers 201 with the programme, its Location and ETag. The division must lie within the caller's scope.")
    public RestResponse<RecruitmentDtos.ProgrammeView> create(@Valid @NotNull RecruitmentDtos.ProgrammeCreate body) {
        RecruitmentDtos.ProgrammeView created = service.create(body);
        return Responses.created("/api/v1/recruitment-programmes/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateRecruitmentProgramme", summary = "Change a recruitment programme", description = "Requires If-Match; every placement moves the ETag on.")
    public RestResponse<RecruitmentDtos.ProgrammeView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the programme being changed.", required = true) String ifMatch,
            @Valid @NotNull RecruitmentDtos.ProgrammePatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @GET
    @Path("{id}/placements")
    @Operation(operationId = "listPlacements", summary = "Placements of a programme", description = "Filter by status, person, demand filled; keyset paged.")
    public Page<RecruitmentDtos.PlacementView> placements(@PathParam("id") UUID id,
            @QueryParam("status") @Parameter(example = "PLACED") String status,
            @QueryParam("person") @Parameter(description = "Person id.") String person,
            @QueryParam("demand") @Parameter(description = "Talent demand id.") String demand,
            @BeanParam PageRequest page) {
        return service.placements(id, QueryParams.code(PlacementStatus.class, "status", status),
                QueryParams.uuid("person", person), QueryParams.uuid("demand", demand), page);
    }

    @GET
    @Path("{id}/placements/{placementId}")
    @Operation(operationId = "getPlacement", summary = "Get a placement",
            description = "The placement with its ETag. 404 when the programme or the placement does not exist, or lies outside the caller's division scope.")
    public RestResponse<RecruitmentDtos.PlacementView> placement(@PathParam("id") UUID id,
            @PathParam("placementId") UUID placementId) {
        return Responses.ok(service.placement(id, placementId));
    }

    @POST
    @Idempotent
    @Path("{id}/placements")
    @APIResponse(responseCode = "201", description = "The placement; Location names it.", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecruitmentDtos.PlacementView.class)))
    @Operation(operationId = "createPlacement", summary = "Place a person", description = "Refused (422) when the quota, or the demand named, is full, also when placements race. "
            + "With `assignment`, the person's assignment at the organisation is created in the same transaction.")
    public RestResponse<RecruitmentDtos.PlacementView> place(@PathParam("id") UUID id,
            @Valid @NotNull RecruitmentDtos.PlacementCreate body) {
        RecruitmentDtos.PlacementView placed = service.place(id, body);
        return Responses.created("/api/v1/recruitment-programmes/" + id + "/placements/" + placed.id(), placed);
    }

    @POST
    @Idempotent
    @Path("{id}/placements/{placementId}/withdraw")
    @Operation(operationId = "withdrawPlacement", summary = "Withdraw a placement", description = "It no longer counts against the quota or its demand; requires the placement's If-Match.")
    public RestResponse<RecruitmentDtos.PlacementView> withdraw(@PathParam("id") UUID id,
            @PathParam("placementId") UUID placementId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the placement.", required = true) String ifMatch,
            @Valid @NotNull RecruitmentDtos.Withdrawal body) {
        return Responses.ok(service.withdraw(id, placementId, ifMatch, body));
    }
}
