package org.ruraltalent.statistics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.ruraltalent.assignment.AssignmentRole;
import org.ruraltalent.assignment.SendingLevel;
import org.ruraltalent.common.Labelled;
import org.ruraltalent.common.Problems;
import org.ruraltalent.division.Division;
import org.ruraltalent.training.ProgrammeType;

/**
 * Dispatch and training figures grouped by a dimension, and as time series by year or month.
 * A group is an expression over the record's division path, its codes or its date; labels come
 * from the divisions and the code tables.
 */
@ApplicationScoped
public class Breakdowns {

    /** What a breakdown may be grouped by. Division levels read the code at that depth of the path. */
    public enum GroupBy {
        COUNTY, TOWNSHIP, VILLAGE, ROLE, SENDING_LEVEL, CATEGORY, TYPE, KIND, INDUSTRY, LEVEL, YEAR, MONTH;

        static GroupBy parse(String value, List<GroupBy> allowed) {
            if (value != null) {
                for (GroupBy g : allowed) {
                    if (g.name().equalsIgnoreCase(value.trim().replace("-", "_"))
                            || g.name().replace("_", "").equalsIgnoreCase(value.trim())) {
                        return g;
                    }
                }
            }
            throw Problems.invalidField("groupBy", "UnknownCode", "field.unknown-code", String.valueOf(value),
                    String.join(", ", allowed.stream().map(g -> g.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    static final List<GroupBy> DISPATCH_GROUPS = List.of(GroupBy.COUNTY, GroupBy.TOWNSHIP, GroupBy.VILLAGE, GroupBy.ROLE,
            GroupBy.SENDING_LEVEL, GroupBy.CATEGORY, GroupBy.YEAR, GroupBy.MONTH);
    static final List<GroupBy> INTRODUCTION_GROUPS = List.of(GroupBy.COUNTY, GroupBy.TOWNSHIP, GroupBy.KIND, GroupBy.CATEGORY,
            GroupBy.YEAR, GroupBy.MONTH);
    static final List<GroupBy> PLATFORM_GROUPS = List.of(GroupBy.COUNTY, GroupBy.TOWNSHIP, GroupBy.INDUSTRY, GroupBy.LEVEL,
            GroupBy.YEAR);
    static final List<GroupBy> TRAINING_GROUPS = List.of(GroupBy.COUNTY, GroupBy.TOWNSHIP, GroupBy.TYPE, GroupBy.YEAR,
            GroupBy.MONTH);

    @Inject
    EntityManager em;
    @Inject
    ReportFigures figures;

    /**
     * Assignments that began in the period, and the distinct people in them, per group. Every join
     * is to one row, except the categories', whose key is the category: so an assignment is one
     * row of its group, and {@code count(*)} counts assignments without sorting them.
     */
    public Breakdown dispatch(StatisticsCriteria c, GroupBy g) {
        String key = switch (g) {
            case ROLE -> "a.role";
            case SENDING_LEVEL -> "coalesce(a.sending_level, 'LOCAL')";
            case CATEGORY -> "pc.category";
            default -> common(g, "hd.path", "a.start_date");
        };
        String categories = g == GroupBy.CATEGORY ? "join person_category pc on pc.person_id = a.person_id" : "";
        List<String> measures = List.of("people", "assignments");
        List<Object[]> rows = rows(c, """
                select %s as k, count(distinct a.person_id), count(*)
                from assignment a join division hd on hd.id = a.host_division_id
                """.formatted(key) + categories + """

                where a.status in ('ACTIVE', 'COMPLETED', 'RECALLED') and a.start_date between :from and :to
                  and hd.path like :scope and hd.path like :within and (:level = '' or a.sending_level = :level)
                group by k order by k
                """, true);
        return breakdown("dispatch", g, measures, rows);
    }

    /** Placements of recruitment programmes made in the period, and the distinct people placed, per group (one row each, as above). */
    public Breakdown introduction(StatisticsCriteria c, GroupBy g) {
        String key = switch (g) {
            case KIND -> "rp.kind";
            case CATEGORY -> "pc.category";
            default -> common(g, "d.path", "pl.placed_on");
        };
        String categories = g == GroupBy.CATEGORY ? "join person_category pc on pc.person_id = pl.person_id" : "";
        List<Object[]> rows = rows(c, """
                select %s as k, count(distinct pl.person_id), count(*)
                from placement pl join recruitment_programme rp on rp.id = pl.programme_id
                join organisation o on o.id = pl.organisation_id join division d on d.id = o.division_id
                """.formatted(key) + categories + """

                where pl.status = 'PLACED' and pl.placed_on between :from and :to
                  and d.path like :scope and d.path like :within
                group by k order by k
                """, false);
        return breakdown("introduction", g, List.of("people", "placements"), rows);
    }

    /** Talent projects of the period's years (not cancelled) and their exact funding, per group. */
    public Breakdown platforms(StatisticsCriteria c, GroupBy g) {
        String key = switch (g) {
            case INDUSTRY -> "i.code";
            case LEVEL -> "tp.funding_level";
            case YEAR -> "cast(tp.year as varchar)";
            default -> common(g, "d.path", "make_date(tp.year, 1, 1)");
        };
        List<Object[]> rows = rows(c, """
                select %s as k, count(*), coalesce(sum(tp.funding_amount), 0)
                from talent_project tp join industry i on i.id = tp.industry_id join division d on d.id = tp.division_id
                where tp.status <> 'CANCELLED' and tp.year between extract(year from cast(:from as date))
                      and extract(year from cast(:to as date)) and d.path like :scope and d.path like :within
                group by k order by k
                """.formatted(key), false);
        return breakdown("platforms", g, List.of("projects", "fundingYuan"), rows);
    }

    /**
     * Sessions that began in the period, their attendances, head counts, person-times and people,
     * per group. Sessions and their head counts are summed apart from the attendances, so that a
     * session's head count counts once however many enrolments it has. A group without a key (a
     * programme above the level grouped by) is joined as the empty key, shown so by
     * {@link #breakdown}, and comes last as in the other breakdowns.
     */
    public Breakdown training(StatisticsCriteria c, GroupBy g) {
        String key = g == GroupBy.TYPE ? "tp.type" : common(g, "pd.path", "s.starts_on");
        List<String> measures = List.of("sessions", "attendances", "headCount", "personTimes", "people");
        List<Object[]> rows = rows(c, """
                with s as (
                    select coalesce(%s, '') as k, s.id, s.head_count
                    from training_session s
                    join training_programme tp on tp.id = s.programme_id
                    join division pd on pd.id = tp.division_id
                    where s.starts_on between :from and :to and pd.path like :scope and pd.path like :within),
                sessions as (select k, count(*) as sessions, sum(head_count) as head_count from s group by k),
                attendance as (
                    select s.k, count(*) as attendances, count(distinct e.person_id) as people
                    from s join training_enrolment e on e.session_id = s.id
                    where e.status in ('ATTENDED', 'COMPLETED', 'FAILED')
                    group by s.k)
                select k, sessions, coalesce(attendances, 0), head_count, coalesce(attendances, 0) + head_count, coalesce(people, 0)
                from sessions left join attendance using (k)
                order by nullif(k, '')
                """.formatted(key), false);
        return breakdown("training", g, measures, rows);
    }

    /** Division levels read the code at their depth of the path; years and months read the date. */
    private static String common(GroupBy g, String path, String date) {
        return switch (g) {
            case COUNTY -> "nullif(split_part(" + path + ", '/', 4), '')";
            case TOWNSHIP -> "nullif(split_part(" + path + ", '/', 5), '')";
            case VILLAGE -> "nullif(split_part(" + path + ", '/', 6), '')";
            case YEAR -> "to_char(" + date + ", 'YYYY')";
            case MONTH -> "to_char(" + date + ", 'YYYY-MM')";
            default -> throw new IllegalArgumentException(g.name());
        };
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(StatisticsCriteria c, String sql, boolean withLevel) {
        Query query = em.createNativeQuery(sql);
        figures.parameters(c).forEach((name, value) -> {
            if (!name.equals("level") || withLevel) {
                query.setParameter(name, value);
            }
        });
        return query.getResultList();
    }

    private Breakdown breakdown(String area, GroupBy g, List<String> measures, List<Object[]> rows) {
        Map<String, String> labels = labels(g, rows);
        return new Breakdown(area, g.name().toLowerCase(Locale.ROOT), measures, rows.stream()
                .map(r -> new Breakdown.Row(r[0] == null ? "" : r[0].toString(), labels.get(r[0] == null ? "" : r[0].toString()),
                        Breakdown.values(measures, r, 1)))
                .toList());
    }

    private Map<String, String> labels(GroupBy g, List<Object[]> rows) {
        Map<String, String> labels = new HashMap<>();
        List<String> keys = rows.stream().map(r -> r[0] == null ? "" : r[0].toString()).toList();
        switch (g) {
            case COUNTY, TOWNSHIP, VILLAGE -> Division.<Division>list("code in ?1", keys).forEach(d -> labels.put(d.code, d.name));
            case ROLE -> label(labels, AssignmentRole.values());
            case SENDING_LEVEL -> {
                label(labels, SendingLevel.values());
                labels.put("LOCAL", "本地岗位");
            }
            case TYPE -> label(labels, ProgrammeType.values());
            case KIND -> label(labels, org.ruraltalent.recruitment.ProgrammeKind.values());
            case CATEGORY -> label(labels, org.ruraltalent.personnel.TalentCategory.values());
            case LEVEL -> label(labels, org.ruraltalent.project.FundingLevel.values());
            case INDUSTRY -> em.createQuery("select i.code, i.nameZh from Industry i where i.code in :codes", Object[].class)
                    .setParameter("codes", keys.isEmpty() ? List.of("") : keys).getResultList()
                    .forEach(r -> labels.put((String) r[0], (String) r[1]));
            default -> keys.forEach(k -> labels.put(k, k));
        }
        return labels;
    }

    private static void label(Map<String, String> labels, Enum<?>[] codes) {
        Arrays.stream(codes).forEach(e -> labels.put(e.name(), ((Labelled) e).zh()));
    }
}
