package org.ruraltalent.partnership;

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

@Path("/api/v1/partnerships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Partnerships with universities and other partners 校地合作, and the experts they provide.")
public class PartnershipResource {

    private static final String IF_MATCH_DOC = "ETag of the partnership being changed.";

    @Inject
    PartnershipService service;

    @GET
    @Operation(operationId = "listPartnerships", summary = "List partnerships", description = "Filter by partner, local organisation, division (any depth), current expert; keyset paged.")
    public Page<PartnershipDtos.PartnershipView> list(
            @QueryParam("partner") @Parameter(description = "Partner organisation id.") String partner,
            @QueryParam("local") @Parameter(description = "Local organisation id.") String local,
            @QueryParam("division") @Parameter(description = "Division code: the local organisation in it or below it.", example = "640402") String division,
            @QueryParam("expert") @Parameter(description = "Person id of a current expert.") String expert,
            @BeanParam PageRequest page) {
        return service.list(new PartnershipService.Criteria(QueryParams.uuid("partner", partner), QueryParams.uuid("local", local),
                division, QueryParams.uuid("expert", expert)), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPartnership", summary = "Get a partnership",
            description = "The record with its ETag (send it as If-Match to change it). 404 when there is none with this id or it lies outside the caller's division scope.")
    public RestResponse<PartnershipDtos.PartnershipView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createPartnership", summary = "Record a partnership",
            description = "Answers 201 with the partnership, its Location and ETag. The local organisation must lie within the caller's division scope.")
    public RestResponse<PartnershipDtos.PartnershipView> create(@Valid @NotNull PartnershipDtos.PartnershipCreate body) {
        PartnershipDtos.PartnershipView created = service.create(body);
        return Responses.created("/api/v1/partnerships/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updatePartnership", summary = "Change a partnership", description = "Requires If-Match.")
    public RestResponse<PartnershipDtos.PartnershipView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull PartnershipDtos.PartnershipPatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @GET
    @Path("{id}/experts")
    @Operation(operationId = "listPartnershipExperts", summary = "Experts a partnership provides", description = "Current experts, or everyone who ever was with includePast=true.")
    public List<PartnershipDtos.ExpertView> experts(@PathParam("id") UUID id,
            @QueryParam("includePast") @Parameter(description = "true to include experts who left.") String includePast) {
        return service.experts(id, Boolean.TRUE.equals(QueryParams.bool("includePast", includePast)));
    }

    @POST
    @Idempotent
    @Path("{id}/experts")
    @APIResponse(responseCode = "201", description = "The period of the expert added.", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipDtos.ExpertView.class)))
    @Operation(operationId = "addPartnershipExpert", summary = "Add an expert", description = "Requires the partnership's If-Match; its ETag moves on.")
    public RestResponse<PartnershipDtos.ExpertView> addExpert(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull PartnershipDtos.ExpertAdd body) {
        PartnershipDtos.ExpertView expert = service.addExpert(id, ifMatch, body);
        return RestResponse.ResponseBuilder.<PartnershipDtos.ExpertView>created(
                java.net.URI.create("/api/v1/partnerships/" + id + "/experts")).entity(expert).build();
    }

    @POST
    @Idempotent
    @Path("{id}/experts/{expertId}/leave")
    @Operation(operationId = "leavePartnershipExpert", summary = "An expert leaves", description = "Requires the partnership's If-Match; the period is kept with its end date.")
    public PartnershipDtos.ExpertView leave(@PathParam("id") UUID id, @PathParam("expertId") UUID expertId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
            @Valid @NotNull PartnershipDtos.ExpertLeave body) {
        return service.leave(id, expertId, ifMatch, body);
    }
}
