package org.ruraltalent.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads typed query parameters that arrive as text, so a bad value is a 400 naming the
 * parameter (JAX-RS itself answers 404 when it cannot convert a query parameter).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An enum code; an unknown one is a 400 listing the codes allowed. */
    public static <E extends Enum<E>> E code(Class<E> type, String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField(param, "UnknownCode", "field.unknown-code", value,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    public static UUID uuid(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField(param, "Uuid", "field.uuid");
        }
    }

    public static java.time.LocalDate date(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw Problems.invalidField(param, "Date", "field.date");
        }
    }

    public static java.time.Instant instant(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw Problems.invalidField(param, "Instant", "field.instant");
        }
    }

    /** A year such as a batch or programme year: 1949 to 2200. */
    public static Integer year(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= 1949 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalidField(param, "Year", "field.year");
    }

    /** Free text; blank counts as absent. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static Boolean bool(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Problems.invalidField(param, "Boolean", "field.boolean");
        };
    }
}
