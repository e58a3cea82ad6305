package org.ruraltalent.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ruraltalent.common.Labelled;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.Problems;
import org.ruraltalent.common.QueryParams;

/**
 * One row's cells by field, read the way offices write them: codes or their Chinese labels,
 * dates as 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日 or 20240301, several values in one cell
 * separated by ; or 、. A cell that cannot be read is noted, not thrown at once, so one row
 * reports all its unreadable cells together ({@link #check()}).
 */
final class Cells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private static final String NUL = "NulCharacter";

    private final Map<String, String> byField;
    private final List<ProblemException.FieldIssue> issues = new ArrayList<>();

    Cells(Map<String, String> byField) {
        this.byField = byField;
    }

    /**
     * The cell's text, trimmed; blank is {@code null}. Text with a NUL character in it, which
     * PostgreSQL cannot store, is noted against its column, as the API refuses it in a field.
     */
    String text(String field) {
        String value = byField.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.indexOf('\0') >= 0 && issues.stream().noneMatch(i -> i.field().equals(field) && i.code().equals(NUL))) {
            issues.add(new ProblemException.FieldIssue(field, NUL, "field.nul-character"));
        }
        return value.strip();
    }

    boolean has(String field) {
        return text(field) != null;
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(value);
        }
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            // noted below
        }
        issues.add(new ProblemException.FieldIssue(field, "Date", "import.date", value));
        return null;
    }

    UUID uuid(String field) {
        return noting(() -> QueryParams.uuid(field, text(field)));
    }

    Integer year(String field) {
        return noting(() -> QueryParams.year(field, text(field)));
    }

    /** A code (CADRE), its Chinese label (干部) or its English label (Cadre). */
    <E extends Enum<E> & Labelled> E code(Class<E> type, String field) {
        String value = text(field);
        return value == null ? null : parse(type, field, value);
    }

    <E extends Enum<E> & Labelled> Set<E> codes(Class<E> type, String field) {
        List<String> values = list(field);
        if (values == null) {
            return null;
        }
        Set<E> codes = new LinkedHashSet<>();
        for (String v : values) {
            E code = parse(type, field, v);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Several values in one cell, separated by ; , 、 or their full-width forms. */
    List<String> list(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String part : value.split("[;,、；，]")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }

    Set<String> set(String field) {
        List<String> values = list(field);
        return values == null ? null : new LinkedHashSet<>(values);
    }

    /** Notes an issue found while reading the row (a reference that resolves to nothing). */
    void note(ProblemException problem) {
        issues.addAll(problem.issues);
    }

    /**
     * Throws the row's unreadable cells, if any, as one problem, and forgets them: a row is read
     * again when the database refused its chunk, and must then report them once.
     */
    void check() {
        if (!issues.isEmpty()) {
            List<ProblemException.FieldIssue> found = List.copyOf(issues);
            issues.clear();
            throw Problems.invalidFields(found);
        }
    }

    <T> T noting(Supplier<T> read) {
        try {
            return read.get();
        } catch (ProblemException e) {
            note(e);
            return null;
        }
    }

    private <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String value) {
        String v = value.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v) || e.zh().equals(v) || e.en().equalsIgnoreCase(v)) {
                return e;
            }
        }
        issues.add(new ProblemException.FieldIssue(field, "UnknownCode", "field.unknown-code", value,
                String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> e.name() + " " + e.zh()).toList())));
        return null;
    }
}
