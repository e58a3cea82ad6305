package org.ruraltalent.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.security.DataScope;

/**
 * Training counted the DESIGN.md way: person-times (人次) are every attendance (ATTENDED,
 * COMPLETED or FAILED enrolments) plus the head counts of untracked attendees; people are the
 * distinct registry people with at least one attendance. Sessions count in a period by their
 * start date. Within the caller's scope only.
 */
@ApplicationScoped
public class TrainingCounts {

    /** What to count; every field optional. */
    public record Criteria(LocalDate from, LocalDate to, String division, ProgrammeType type) {
    }

    @Schema(name = "TrainingCounts")
    public record Counts(
            @Schema(example = "8", minimum = "0", maximum = "9223372036854775807", description = "Programmes with a session in the period.") long programmes,
            @Schema(example = "20", minimum = "0", maximum = "9223372036854775807", description = "Sessions starting in the period.") long sessions,
            @Schema(example = "640", minimum = "0", maximum = "9223372036854775807", description = "Attendances by registry people (ATTENDED, COMPLETED, FAILED).") long attendances,
            @Schema(example = "0", minimum = "0", maximum = "9223372036854775807", description = "Untracked attendees recorded as head counts.") long headCount,
            @Schema(example = "960", minimum = "0", maximum = "9223372036854775807", description = "人次: attendances plus head counts.") long personTimes,
            @Schema(example = "410", minimum = "0", maximum = "9223372036854775807", description = "人数: distinct registry people who attended at least once.") long people) {
    }

    /** Sessions starting in the period and 人次 (attendances plus head counts). */
    public record Volume(long sessions, long personTimes) {
    }

    private static final String ATTENDED = "e.status in (" + String.join(", ",
            List.of(EnrolmentStatus.ATTENDED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED).stream()
                    .map(s -> EnrolmentStatus.class.getName() + "." + s.name()).toList()) + ")";

    @Inject
    DivisionService divisions;
    @Inject
    DataScope scope;

    /** Within the caller's scope. */
    public Counts count(Criteria c) {
        return count(c, scope.likePattern().orElse("%"));
    }

    /** Within the divisions whose paths match {@code scopePattern} (a LIKE pattern; {@code "%"} for all). */
    public Counts count(Criteria c, String scopePattern) {
        Filter f = filter(c, scopePattern);
        Object[] sessions = sessions(f);
        Object[] attendance = query(Object[].class, "select count(e.id), count(distinct e.person.id) " + attendances(f), f.params());
        long attendances = ((Number) attendance[0]).longValue();
        long headCount = ((Number) sessions[2]).longValue();
        return new Counts(((Number) sessions[0]).longValue(), ((Number) sessions[1]).longValue(), attendances, headCount,
                attendances + headCount, ((Number) attendance[1]).longValue());
    }

    /**
     * Sessions and person-times without the distinct people, for figures that need no 人数: counting
     * people sorts every attendance, which over millions of enrolments costs several times the rest.
     */
    public Volume volume(Criteria c, String scopePattern) {
        Filter f = filter(c, scopePattern);
        Object[] sessions = sessions(f);
        long attendances = query(Long.class, "select count(e.id) " + attendances(f), f.params());
        long headCount = ((Number) sessions[2]).longValue();
        return new Volume(((Number) sessions[1]).longValue(), attendances + headCount);
    }

    private record Filter(String conditions, Map<String, Object> params) {
    }

    private Filter filter(Criteria c, String scopePattern) {
        String within = divisions.within("division", c.division());
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scopePattern.equals("%")) {
            add(where, params, "d.path like :scope", "scope", scopePattern);
        }
        if (within != null) {
            add(where, params, "d.path like :within", "within", within);
        }
        if (c.from() != null) {
            add(where, params, "s.startsOn >= :from", "from", c.from());
        }
        if (c.to() != null) {
            add(where, params, "s.startsOn <= :to", "to", c.to());
        }
        if (c.type() != null) {
            add(where, params, "p.type = :type", "type", c.type());
        }
        return new Filter(where.isEmpty() ? "" : " and " + String.join(" and ", where), params);
    }

    /** Programmes, sessions and head counts. */
    private static Object[] sessions(Filter f) {
        return query(Object[].class, "select count(distinct p.id), count(s.id), coalesce(sum(s.headCount), 0) "
                + "from TrainingSession s join s.programme p join p.division d where 1 = 1" + f.conditions(), f.params());
    }

    private static String attendances(Filter f) {
        return "from Enrolment e join e.session s join s.programme p join p.division d where " + ATTENDED + f.conditions();
    }

    private static void add(List<String> where, Map<String, Object> params, String condition, String name, Object value) {
        where.add(condition);
        params.put(name, value);
    }

    private static <T> T query(Class<T> type, String hql, Map<String, Object> params) {
        TypedQuery<T> query = TrainingSession.getEntityManager().createQuery(hql, type);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
