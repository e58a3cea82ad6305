package org.ruraltalent.statistics;

import org.ruraltalent.common.Tabular;
import org.ruraltalent.common.TabularWriters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.assignment.SendingLevel;
import org.ruraltalent.common.QueryParams;
import org.ruraltalent.training.ProgrammeType;
import org.ruraltalent.training.TrainingCounts;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Figures of the report, counted from live data within the caller's scope.")
public class StatisticsResource {

    @Inject
    StatisticsService service;

    @GET
    @Path("overview")
    @Produces({ MediaType.APPLICATION_JSON, TabularWriters.CSV, TabularWriters.XLSX })
    @Operation(operationId = "getStatisticsOverview", summary = "Every figure of the report", description = "People counted once, person-times per attendance plus head counts, amounts exact. JSON, CSV or XLSX by Accept. "
            + "Not live: the figures are those of a count made at most 60 seconds earlier (`asOf` says when), so the overview of a "
            + "whole national registry answers in milliseconds; records changed since that count are not in it yet.")
    public Overview overview(
            @QueryParam("from") @Parameter(description = "First day, inclusive.", example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, inclusive.", example = "2025-04-30") String to,
            @QueryParam("division") @Parameter(description = "Division code: records in it or below it.", example = "640400") String division,
            @QueryParam("sendingLevel") @Parameter(description = "Only dispatches from this level.", example = "CITY") String sendingLevel) {
        return service.overview(QueryParams.date("from", from), QueryParams.date("to", to), division,
                QueryParams.code(SendingLevel.class, "sendingLevel", sendingLevel));
    }

    @GET
    @Path("dispatch")
    @Produces({ MediaType.APPLICATION_JSON, TabularWriters.CSV, TabularWriters.XLSX })
    @Operation(operationId = "getDispatchStatistics", summary = "Dispatch grouped", description = "People (once per group) and assignments that began in the period, grouped by county, township, village, role, sending level, year or month.")
    public Breakdown dispatch(
            @QueryParam("groupBy") @Parameter(description = "county, township, village, role, sendingLevel, year or month.", required = true, example = "county") String groupBy,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2025-04-30") String to,
            @QueryParam("division") @Parameter(example = "640400") String division,
            @QueryParam("sendingLevel") @Parameter(example = "CITY") String sendingLevel) {
        return service.dispatch(QueryParams.date("from", from), QueryParams.date("to", to), division,
                QueryParams.code(SendingLevel.class, "sendingLevel", sendingLevel), groupBy);
    }

    @GET
    @Path("introduction")
    @Produces({ MediaType.APPLICATION_JSON, TabularWriters.CSV, TabularWriters.XLSX })
    @Operation(operationId = "getIntroductionStatistics", summary = "Introduction grouped", description = "Placements of recruitment programmes made in the period and the people placed (once per group), grouped by county, township, programme kind, talent category, year or month.")
    public Breakdown introduction(
            @QueryParam("groupBy") @Parameter(description = "county, township, kind, category, year or month.", required = true, example = "kind") String groupBy,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2025-04-30") String to,
            @QueryParam("division") @Parameter(example = "640400") String division) {
        return service.introduction(QueryParams.date("from", from), QueryParams.date("to", to), division, groupBy);
    }

    @GET
    @Path("platforms")
    @Produces({ MediaType.APPLICATION_JSON, TabularWriters.CSV, TabularWriters.XLSX })
    @Operation(operationId = "getPlatformStatistics", summary = "Talent projects grouped", description = "Projects of the period's years (not cancelled) and their exact funding, grouped by county, township, industry, funding level or year.")
    public Breakdown platforms(
            @QueryParam("groupBy") @Parameter(description = "county, township, industry, level or year.", required = true, example = "industry") String groupBy,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2025-04-30") String to,
            @QueryParam("division") @Parameter(example = "640400") String division) {
        return service.platforms(QueryParams.date("from", from), QueryParams.date("to", to), division, groupBy);
    }

    @GET
    @Path("training")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTrainingStatistics", summary = "Training figures", description = "Sessions, person-times (attendances plus head counts) and distinct people, for sessions starting in the period.")
    public TrainingCounts.Counts trainingTotals(
            @QueryParam("from") @Parameter(description = "First day, inclusive.", example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, inclusive.", example = "2023-12-31") String to,
            @QueryParam("division") @Parameter(example = "640422") String division,
            @QueryParam("type") @Parameter(example = "ONBOARDING") String type) {
        return service.trainingTotals(QueryParams.date("from", from), QueryParams.date("to", to), division,
                QueryParams.code(ProgrammeType.class, "type", type));
    }

    @GET
    @Path("training/breakdown")
    @Produces({ MediaType.APPLICATION_JSON, TabularWriters.CSV, TabularWriters.XLSX })
    @Operation(operationId = "getTrainingBreakdown", summary = "Training grouped", description = "Sessions, attendances, head counts, person-times and people (once per group) of sessions that began in the period, grouped by county, township, programme type, year or month.")
    public Breakdown training(
            @QueryParam("groupBy") @Parameter(description = "county, township, type, year or month.", required = true, example = "year") String groupBy,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2025-04-30") String to,
            @QueryParam("division") @Parameter(example = "640400") String division) {
        return service.training(QueryParams.date("from", from), QueryParams.date("to", to), division, groupBy);
    }
}
