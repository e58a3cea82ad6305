package org.ruraltalent.leadership;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;

@Path("/api/v1/village-leadership")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Village leadership", description = "Which villages and townships have a complete leadership team 村级班子, and reserve cadres 后备干部.")
public class LeadershipResource {

    @Inject
    LeadershipService service;

    @GET
    @Operation(operationId = "listVillageLeadership", summary = "Villages and their leadership", description = "Complete when the Party secretary and committee director posts are held by ACTIVE assignments; lists what is missing.")
    public Page<LeadershipDtos.VillageView> villages(
            @QueryParam("division") @Parameter(description = "Only villages within this division.", example = "640402") String division,
            @QueryParam("complete") @Parameter(description = "true or false: only complete, or only incomplete, villages.") String complete,
            @BeanParam PageRequest page) {
        return service.villages(division, QueryParams.bool("complete", complete), page);
    }

    @GET
    @Path("townships")
    @Operation(operationId = "listTownshipLeadership", summary = "Townships and their villages' leadership", description = "A township is complete when all its villages are.")
    public Page<LeadershipDtos.TownshipView> townships(
            @QueryParam("division") @Parameter(description = "Only townships within this division.", example = "640402") String division,
            @BeanParam PageRequest page) {
        return service.townships(division, page);
    }
}
