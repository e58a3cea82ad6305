package org.ruraltalent.statistics;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One figure of the report, named and labelled. Counts are whole numbers; amounts in yuan are
 * exact decimals written as strings (never floating point).
 */
@Schema(name = "Figure")
public record Figure(
        @Schema(maxLength = 60, example = "dispatch.first-secretaries") String key,
        Area area,
        @Schema(maxLength = 200, example = "选派第一书记") String zh,
        @Schema(maxLength = 200, example = "First secretaries sent") String en,
        Unit unit,
        @Schema(example = "709", description = "A whole number, or for YUAN an exact decimal string such as \"7300000.00\".") Object value) {

    static Figure count(String key, Area area, String zh, String en, Unit unit, long value) {
        return new Figure(key, area, zh, en, unit, value);
    }

    static Figure amount(String key, Area area, String zh, String en, BigDecimal value) {
        return new Figure(key, area, zh, en, Unit.YUAN, org.ruraltalent.common.Yuan.format(value));
    }
}
