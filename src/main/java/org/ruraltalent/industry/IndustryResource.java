package org.ruraltalent.industry;

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

@Path("/api/v1/industries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Industries", description = "The industries talent projects serve 产业 (a city's \"5+4\" industries): a reference list only admins change.")
public class IndustryResource {

    @Inject
    IndustryService service;

    @GET
    @Operation(operationId = "listIndustries", summary = "List industries", description = "Filter by active or code; keyset paged in creation order (sortOrder is for display).")
    public Page<IndustryDtos.IndustryView> list(
            @QueryParam("active") @Parameter(description = "true or false.") String active,
            @QueryParam("code") @Parameter(example = "COOL_VEGETABLES") String code,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.bool("active", active), QueryParams.text(code), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getIndustry", summary = "Get an industry",
            description = "The record with its ETag (send it as If-Match to change it). 404 when there is none with this id.")
    public RestResponse<IndustryDtos.IndustryView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createIndustry", summary = "Add an industry", description = "Admins only (403 otherwise).")
    public RestResponse<IndustryDtos.IndustryView> create(@Valid @NotNull IndustryDtos.IndustryCreate body) {
        IndustryDtos.IndustryView created = service.create(body);
        return Responses.created("/api/v1/industries/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateIndustry", summary = "Change an industry", description = "Admins only; requires If-Match.")
    public RestResponse<IndustryDtos.IndustryView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the industry being changed.", required = true) String ifMatch,
            @Valid @NotNull IndustryDtos.IndustryPatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }
}
