package org.ruraltalent.demand;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;
import org.ruraltalent.common.Responses;
import org.ruraltalent.personnel.Education;
import org.ruraltalent.personnel.TitleLevel;

@Path("/api/v1/talent-demands")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Talent demands", description = "Township and county catalogues of urgently needed talent 急需紧缺人才需求, filled by placements.")
public class DemandResource {

    private static final String IF_MATCH_DOC = "ETag of the demand being changed.";

    @Inject
    DemandService service;

    @GET
    @Operation(operationId = "listTalentDemands", summary = "List talent demands", description = "Filter by division (any depth), organisation, status, year, required education or title level; keyset paged.")
    public Page<DemandDtos.DemandView> list(
            @QueryParam("division") @Parameter(description = "Division code: listed by it or below it.", example = "640422") String division,
            @QueryParam("organisation") @Parameter(description = "Organisation id.") String organisation,
            @QueryParam("status") @Parameter(example = "OPEN") String status,
            @QueryParam("year") @Parameter(example = "2023") String year,
            @QueryParam("educationRequired") @Parameter(example = "BACHELOR") String education,
            @QueryParam("titleLevelRequired") @Parameter(example = "INTERMEDIATE") String titleLevel,
            @BeanParam PageRequest page) {
        return service.list(new DemandService.Criteria(division, QueryParams.uuid("organisation", organisation),
                QueryParams.code(DemandStatus.class, "status", status), QueryParams.year("year", year),
                QueryParams.code(Education.class, "educationRequired", education),
                QueryParams.code(TitleLevel.class, "titleLevelRequired", titleLevel)), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTalentDemand", summary = "Get a talent demand",
            description = "The record with its ETag (send it as If-Match to change it). 404 when there is none with this id or it lies outside the caller's division scope.")
    public RestResponse<DemandDtos.DemandView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createTalentDemand", summary = "List a talent demand in a catalogue", description = "By a township or a county; starts OPEN.")
    public RestResponse<DemandDtos.DemandView> create(@Valid @NotNull DemandDtos.DemandCreate body) {
        DemandDtos.DemandView created = service.create(body);
        return Responses.created("/api/v1/talent-demands/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateTalentDemand", summary = "Change a talent demand", description = "Requires If-Match.")
    public RestResponse<DemandDtos.DemandView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull DemandDtos.DemandPatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/close")
    @Operation(operationId = "closeTalentDemand", summary = "Close a talent demand", description = "No more placements may fill it; requires If-Match.")
    public RestResponse<DemandDtos.DemandView> close(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @RequestBody(required = false) @Valid DemandDtos.Closure body) {
        return Responses.ok(service.close(id, ifMatch, body));
    }

    @POST
    @Idempotent
    @Path("{id}/reopen")
    @Operation(operationId = "reopenTalentDemand", summary = "Reopen a closed talent demand", description = "Its status follows its placements again; requires If-Match.")
    public RestResponse<DemandDtos.DemandView> reopen(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch) {
        return Responses.ok(service.reopen(id, ifMatch));
    }
}
