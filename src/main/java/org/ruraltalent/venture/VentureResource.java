package org.ruraltalent.venture;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;
import org.ruraltalent.common.Responses;

@Path("/api/v1/ventures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ventures", description = "What returnees founded 返乡创业 (\"phoenix back to the nest\"): picking gardens, farms, biotech firms and more.")
public class VentureResource {

    @Inject
    VentureService service;

    @GET
    @Operation(operationId = "listVentures", summary = "List ventures", description = "Filter by founder, kind, division (any depth), year founded; keyset paged.")
    public Page<VentureDtos.VentureView> list(
            @QueryParam("founder") @Parameter(description = "Person id of the founder.") String founder,
            @QueryParam("kind") @Parameter(example = "PICKING_GARDEN") String kind,
            @QueryParam("division") @Parameter(description = "Division code: ventures in it or below it.", example = "640425") String division,
            @QueryParam("foundedIn") @Parameter(description = "Year founded.", example = "2022") String foundedIn,
            @BeanParam PageRequest page) {
        return service.list(new VentureService.Criteria(QueryParams.uuid("founder", founder),
                QueryParams.code(VentureKind.class, "kind", kind), division, QueryParams.year("foundedIn", foundedIn)), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getVenture", summary = "Get a venture",
            description = "The record with its ETag (send it as If-Match to change it). 404 when there is none with this id or it lies outside the caller's division scope.")
    public RestResponse<VentureDtos.VentureView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createVenture", summary = "Record a venture", description = "The founder must be a person with the RETURNEE category (422 otherwise).")
    public RestResponse<VentureDtos.VentureView> create(@Valid @NotNull VentureDtos.VentureCreate body) {
        VentureDtos.VentureView created = service.create(body);
        return Responses.created("/api/v1/ventures/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateVenture", summary = "Change a venture", description = "Requires If-Match.")
    public RestResponse<VentureDtos.VentureView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the venture being changed.", required = true) String ifMatch,
            @Valid @NotNull VentureDtos.VenturePatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }
}
