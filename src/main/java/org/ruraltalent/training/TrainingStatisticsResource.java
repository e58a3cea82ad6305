package org.ruraltalent.training;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.common.QueryParams;

@Path("/api/v1/statistics/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Figures of the report, counted from live data within the caller's scope.")
public class TrainingStatisticsResource {

    @Inject
    TrainingCounts counts;

    @GET
    @Operation(summary = "Training figures", description = "Sessions, person-times (attendances plus head counts) and distinct people, for sessions starting in the period.")
    public TrainingCounts.Counts get(
            @QueryParam("from") @Parameter(description = "First day, inclusive.", example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, inclusive.", example = "2023-12-31") String to,
            @QueryParam("division") @Parameter(example = "640422") String division,
            @QueryParam("type") @Parameter(example = "ONBOARDING") String type) {
        return counts.count(new TrainingCounts.Criteria(QueryParams.date("from", from), QueryParams.date("to", to), division,
                QueryParams.code(ProgrammeType.class, "type", type)));
    }
}
