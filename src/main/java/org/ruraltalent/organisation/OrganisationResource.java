package org.ruraltalent.organisation;

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
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.common.QueryParams;
import org.ruraltalent.common.Responses;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Bodies people are sent from, work at or are hosted by 单位.")
public class OrganisationResource {

    @Inject
    OrganisationService service;

    @GET
    @Operation(summary = "List organisations", description = "Filter by type, division (at any depth below it), name prefix, active; keyset paged.")
    public Page<OrganisationDtos.OrganisationView> list(
            @QueryParam("type") @Parameter(description = "An organisation type code (see /api/v1/code-tables).", example = "HOSPITAL") String type,
            @QueryParam("division") @Parameter(description = "Division code; organisations in it or below it.", example = "640402") String division,
            @QueryParam("name") @Parameter(description = "Name starts with this text.") String name,
            @QueryParam("active") @Parameter(description = "true or false.") String active,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.code(OrganisationType.class, "type", type), division, name,
                QueryParams.bool("active", active), page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an organisation")
    public RestResponse<OrganisationDtos.OrganisationView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createOrganisation", summary = "Register an organisation")
    public RestResponse<OrganisationDtos.OrganisationView> create(@Valid @NotNull OrganisationDtos.OrganisationCreate body) {
        OrganisationDtos.OrganisationView created = service.create(body);
        return Responses.created("/api/v1/organisations/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(summary = "Change an organisation", description = "Requires If-Match with the ETag of the last read.")
    public RestResponse<OrganisationDtos.OrganisationView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed.", required = true) String ifMatch,
            @Valid @NotNull OrganisationDtos.OrganisationPatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }
}
