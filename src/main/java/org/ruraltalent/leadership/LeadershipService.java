package org.ruraltalent.leadership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ruraltalent.assignment.AssignmentRole;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Ref;
import org.ruraltalent.division.Division;
import org.ruraltalent.division.DivisionLevel;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.personnel.TalentCategory;
import org.ruraltalent.security.DataScope;

/**
 * Village leadership 村级班子: a village's team is complete when its Party secretary and its
 * committee director posts each have an ACTIVE assignment (one person may hold both); a township's
 * when all its villages are. Reserve cadres are counted where they work, or live when they have
 * no employer.
 */
@ApplicationScoped
public class LeadershipService {

    /** The posts a complete village leadership team fills. */
    static final List<AssignmentRole> REQUIRED = List.of(AssignmentRole.VILLAGE_PARTY_SECRETARY,
            AssignmentRole.VILLAGE_COMMITTEE_DIRECTOR);
    private static final String ROLE = AssignmentRole.class.getName() + ".";
    private static final String ACTIVE = "org.ruraltalent.assignment.AssignmentStatus.ACTIVE";
    private static final String HOLDS = "exists (select 1 from Assignment a where a.hostDivision = %s and a.status = " + ACTIVE
            + " and a.role = " + ROLE + "%s)";
    private static final String COMPLETE = REQUIRED.stream().map(r -> HOLDS.formatted("%1$s", r.name()))
            .reduce((a, b) -> a + " and " + b).orElseThrow();

    @Inject
    DivisionService divisions;
    @Inject
    DataScope scope;
    @Inject
    EntityManager em;

    public Page<LeadershipDtos.VillageView> villages(String division, Boolean complete, PageRequest page) {
        String within = divisions.within("division", division);
        List<Division> rows = new Filter()
                .join("join fetch v.parent")
                .always("v.level = " + DivisionLevel.class.getName() + ".VILLAGE")
                .scoped(scope.likePattern(), "v.path like :scope")
                .when(within, "v.path like :within", "within")
                .always(complete == null ? "1 = 1" : (complete ? "" : "not ") + "(" + COMPLETE.formatted("v") + ")")
                .page(Division.class, "v", page);
        List<UUID> ids = rows.stream().map(v -> v.id).toList();
        Map<UUID, Map<AssignmentRole, Ref>> posts = posts(ids);
        Map<UUID, Long> members = committeeMembers(ids);
        Map<UUID, Long> reserves = reserveCadres(ids);
        return Page.of(rows, page.limit(), v -> v.id, v -> {
            Map<AssignmentRole, Ref> held = posts.getOrDefault(v.id, Map.of());
            List<AssignmentRole> missing = REQUIRED.stream().filter(r -> !held.containsKey(r)).toList();
            return new LeadershipDtos.VillageView(v.code, v.name, v.parent.code, held.get(AssignmentRole.VILLAGE_PARTY_SECRETARY),
                    held.get(AssignmentRole.VILLAGE_COMMITTEE_DIRECTOR), members.getOrDefault(v.id, 0L),
                    reserves.getOrDefault(v.id, 0L), missing.isEmpty(), missing);
        });
    }

    public Page<LeadershipDtos.TownshipView> townships(String division, PageRequest page) {
        String within = divisions.within("division", division);
        List<Division> rows = new Filter()
                .always("t.level = " + DivisionLevel.class.getName() + ".TOWNSHIP")
                .scoped(scope.likePattern(), "t.path like :scope")
                .when(within, "t.path like :within", "within")
                .page(Division.class, "t", page);
        List<UUID> ids = rows.stream().map(t -> t.id).toList();
        Map<UUID, long[]> villageCounts = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select v.parent.id, count(v), sum(case when " + COMPLETE.formatted("v") + " then 1 else 0 end) "
                    + "from Division v where v.parent.id in :ids group by v.parent.id", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(r -> villageCounts.put((UUID) r[0], new long[] { ((Number) r[1]).longValue(),
                            ((Number) r[2]).longValue() }));
        }
        return Page.of(rows, page.limit(), t -> t.id, t -> {
            long[] counts = villageCounts.getOrDefault(t.id, new long[2]);
            return new LeadershipDtos.TownshipView(t.code, t.name, counts[0], counts[1], counts[0] > 0 && counts[0] == counts[1],
                    reserveCadresUnder(t));
        });
    }

    /** Who holds each required post in each village (the first ACTIVE holder when data disagree). */
    private Map<UUID, Map<AssignmentRole, Ref>> posts(List<UUID> villages) {
        Map<UUID, Map<AssignmentRole, Ref>> posts = new HashMap<>();
        if (villages.isEmpty()) {
            return posts;
        }
        em.createQuery("select a.hostDivision.id, a.role, a.person.id, a.person.name from Assignment a "
                + "where a.hostDivision.id in :ids and a.status = " + ACTIVE + " and a.role in :roles order by a.id", Object[].class)
                .setParameter("ids", villages).setParameter("roles", REQUIRED).getResultList()
                .forEach(r -> posts.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                        .putIfAbsent((AssignmentRole) r[1], new Ref((UUID) r[2], (String) r[3])));
        return posts;
    }

    private Map<UUID, Long> committeeMembers(List<UUID> villages) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!villages.isEmpty()) {
            em.createQuery("select a.hostDivision.id, count(distinct a.person.id) from Assignment a where a.hostDivision.id in :ids "
                    + "and a.status = " + ACTIVE + " and a.role = " + ROLE + "VILLAGE_COMMITTEE_MEMBER group by a.hostDivision.id",
                    Object[].class).setParameter("ids", villages).getResultList()
                    .forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        }
        return counts;
    }

    private Map<UUID, Long> reserveCadres(List<UUID> villages) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!villages.isEmpty()) {
            em.createQuery("select coalesce(ed.id, hd.id), count(p) from Person p left join p.employer e left join e.division ed "
                    + "left join p.homeDivision hd where :reserve member of p.categories and coalesce(ed.id, hd.id) in :ids "
                    + "group by coalesce(ed.id, hd.id)", Object[].class)
                    .setParameter("reserve", TalentCategory.RESERVE_CADRE).setParameter("ids", villages).getResultList()
                    .forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        }
        return counts;
    }

    private long reserveCadresUnder(Division township) {
        return em.createQuery("select count(p) from Person p left join p.employer e left join e.division ed "
                + "left join p.homeDivision hd where :reserve member of p.categories "
                + "and (ed.path like :under or (e is null and hd.path like :under))", Long.class)
                .setParameter("reserve", TalentCategory.RESERVE_CADRE).setParameter("under", township.pathPrefix() + "%")
                .getSingleResult();
    }
}
