package org.ruraltalent.project;

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

@Path("/api/v1/talent-projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Talent projects", description = "Talent projects 人才项目 around the city's industries, funded in yuan (exact decimal strings), with exact sums.")
public class ProjectResource {

    @Inject
    ProjectService service;

    @GET
    @Operation(operationId = "listTalentProjects", summary = "List talent projects", description = "Filter by industry, funding level, year, status, division (any depth), lead organisation, person; keyset paged.")
    public Page<ProjectDtos.ProjectView> list(
            @QueryParam("industry") @Parameter(description = "Industry code.", example = "COOL_VEGETABLES") String industry,
            @QueryParam("level") @Parameter(description = "Funding level.", example = "CITY") String level,
            @QueryParam("year") @Parameter(example = "2023") String year,
            @QueryParam("status") @Parameter(example = "FUNDED") String status,
            @QueryParam("division") @Parameter(description = "Division code: led from it or below it.", example = "640402") String division,
            @QueryParam("lead") @Parameter(description = "Lead organisation id.") String lead,
            @QueryParam("person") @Parameter(description = "Person id of someone working on it.") String person,
            @BeanParam PageRequest page) {
        return service.list(criteria(industry, level, year, status, division, lead, person), page);
    }

    @GET
    @Path("sums")
    @Operation(operationId = "getTalentProjectSums", summary = "Funding sums", description = "Projects and funding per industry, funding level or year, summed exactly by the database; "
            + "amounts are decimal strings. Filters as for the list; without `status`, CANCELLED projects are left out.")
    public ProjectDtos.FundingSums sums(
            @QueryParam("groupBy") @Parameter(description = "industry, level or year.", required = true, example = "industry") String groupBy,
            @QueryParam("industry") @Parameter(description = "Industry code.", example = "COOL_VEGETABLES") String industry,
            @QueryParam("level") @Parameter(description = "Funding level.", example = "CITY") String level,
            @QueryParam("year") @Parameter(example = "2023") String year,
            @QueryParam("status") @Parameter(example = "FUNDED") String status,
            @QueryParam("division") @Parameter(description = "Division code: led from it or below it.", example = "640402") String division) {
        return service.sums(QueryParams.code(ProjectDtos.GroupBy.class, "groupBy", groupBy),
                criteria(industry, level, year, status, division, null, null));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTalentProject", summary = "Get a talent project",
            description = "The record with its ETag (send it as If-Match to change it). 404 when there is none with this id or it lies outside the caller's division scope.")
    public RestResponse<ProjectDtos.ProjectView> get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createTalentProject", summary = "Create a talent project", description = "fundingAmount is a decimal string in yuan such as \"7300000.00\".")
    public RestResponse<ProjectDtos.ProjectView> create(@Valid @NotNull ProjectDtos.ProjectCreate body) {
        ProjectDtos.ProjectView created = service.create(body);
        return Responses.created("/api/v1/talent-projects/" + created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateTalentProject", summary = "Change a talent project", description = "Requires If-Match.")
    public RestResponse<ProjectDtos.ProjectView> update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the project being changed.", required = true) String ifMatch,
            @Valid @NotNull ProjectDtos.ProjectPatch body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    private static ProjectService.Criteria criteria(String industry, String level, String year, String status, String division,
            String lead, String person) {
        return new ProjectService.Criteria(QueryParams.text(industry), QueryParams.code(FundingLevel.class, "level", level),
                QueryParams.year("year", year), QueryParams.code(ProjectStatus.class, "status", status), division,
                QueryParams.uuid("lead", lead), QueryParams.uuid("person", person));
    }
}
