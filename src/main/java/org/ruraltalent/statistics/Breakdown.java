package org.ruraltalent.statistics;

import jakarta.validation.constraints.Size;

import org.ruraltalent.common.Tabular;
import org.ruraltalent.common.TabularWriters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** Figures of one area grouped by what the caller asked (county, role, year, month, ...). */
@Schema(name = "StatisticsBreakdown")
public record Breakdown(
        @Schema(maxLength = 20, example = "dispatch") String area,
        @Schema(maxLength = 20, example = "county") String groupBy,
        @Schema(maxItems = 10, description = "Names of the values in each row, in order.", example = "[\"people\", \"assignments\"]") List<@Size(max = 40) String> measures,
        List<Row> rows) implements Tabular {

    @Schema(name = "StatisticsBreakdownRow")
    public record Row(
            @Schema(maxLength = 60, example = "640422") String key,
            @Schema(maxLength = 200, example = "西吉县") String label,
            @Schema(description = "Counts are whole numbers; amounts in yuan are exact decimal strings.",
                    example = "{\"people\": 3, \"assignments\": 4}") Map<String, Object> values) {
    }

    /** Chinese and English names of the measures, for table headers. */
    private static final Map<String, String> MEASURE_LABELS = Map.of(
            "people", "人数 People", "assignments", "任职数 Assignments", "sessions", "期数 Sessions",
            "attendances", "参训人次 Attendances", "headCount", "未登记参训人数 Head count", "personTimes", "人次 Person-times",
            "placements", "招录人次 Placements", "projects", "项目数 Projects", "fundingYuan", "资金（元） Funding (yuan)",
            "platforms", "平台数 Platforms");

    @Override
    public List<String> tableHeaders() {
        List<String> headers = new ArrayList<>(List.of("分组 Group", "名称 Name"));
        measures.forEach(m -> headers.add(MEASURE_LABELS.getOrDefault(m, m)));
        return headers;
    }

    @Override
    public List<List<Object>> tableRows() {
        return rows.stream().<List<Object>>map(r -> {
            List<Object> cells = new ArrayList<>(List.of(r.key(), r.label() == null ? "" : r.label()));
            measures.forEach(m -> cells.add(r.values().get(m)));
            return cells;
        }).toList();
    }

    @Override
    public String tableTitle() {
        return area + " by " + groupBy;
    }

    static Map<String, Object> values(List<String> measures, Object[] row, int first) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            Object value = row[first + i];
            values.put(measures.get(i), value instanceof java.math.BigDecimal amount ? org.ruraltalent.common.Yuan.format(amount)
                    : ReportFigures.n(value));
        }
        return values;
    }
}
