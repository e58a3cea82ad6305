package org.ruraltalent.statistics;

import org.ruraltalent.common.Tabular;
import org.ruraltalent.common.TabularWriters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.assignment.SendingLevel;


/** Every figure of the report for the criteria asked, as counted at {@code asOf}. */
@Schema(name = "StatisticsOverview")
public record Overview(LocalDate from, LocalDate to, @Schema(maxLength = 12, example = "640400") String division, SendingLevel sendingLevel,
        @Schema(description = "When these figures were counted: the overview answers from a count made at most 60 seconds "
                + "earlier (records changed since are not in it yet), the same for every caller with the same scope "
                + "and criteria.", example = "2026-11-28T10:15:30Z") Instant asOf,
        @Schema(maxItems = 100) List<Figure> figures) implements Tabular {

    @Override
    public List<String> tableHeaders() {
        return List.of("编号 Key", "领域 Area", "指标", "Figure", "单位 Unit", "数值 Value");
    }

    @Override
    public List<List<Object>> tableRows() {
        return figures.stream().<List<Object>>map(f -> List.of(f.key(), f.area().zh(), f.zh(), f.en(), f.unit().zh(), f.value()))
                .toList();
    }

    @Override
    public String tableTitle() {
        return "人才工作统计 " + (from == null ? "" : from) + "–" + (to == null ? "" : to);
    }
}
