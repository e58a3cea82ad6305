package org.ruraltalent.division;

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
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Responses;

@Path("/api/v1/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "The geography 行政区划: province, city, counties, townships, villages.")
public class DivisionResource {

    @Inject
    DivisionService service;

    @GET
    @Operation(summary = "List divisions", description = "Filter by level, parent, or everything within a division; keyset paged.")
    public Page<DivisionDtos.DivisionView> list(
            @QueryParam("level") @Parameter(description = "Only this level: PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE.") String level,
            @QueryParam("parent") @Parameter(description = "Only the direct children of this division code.", example = "640402") String parent,
            @QueryParam("within") @Parameter(description = "Only divisions below this division code, at any depth.", example = "640400") String within,
            @QueryParam("name") @Parameter(description = "Name starts with this text.", example = "三营") String name,
            @BeanParam PageRequest page) {
        return service.list(QueryParams.code(DivisionLevel.class, "level", level), parent, within, name, page);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Get a division by its code")
    public RestResponse<DivisionDtos.DivisionView> get(@PathParam("code") @Parameter(example = "640402") String code) {
        return Responses.ok(service.get(code));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createDivision", summary = "Add a division", description = "Typically a township under a county or a village under a township.")
    public RestResponse<DivisionDtos.DivisionView> create(@Valid @NotNull DivisionDtos.DivisionCreate body) {
        DivisionDtos.DivisionView created = service.create(body);
        return Responses.created("/api/v1/divisions/" + created.code(), created);
    }

    @PATCH
    @Path("{code}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(summary = "Rename a division", description = "Requires If-Match with the ETag of the last read.")
    public RestResponse<DivisionDtos.DivisionView> rename(@PathParam("code") String code,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed.", required = true) String ifMatch,
            @Valid @NotNull DivisionDtos.DivisionPatch body) {
        return Responses.ok(service.rename(code, ifMatch, body));
    }
}
