package org.ruraltalent.demo;

import static org.ruraltalent.demo.DemoContext.chosen;
import static org.ruraltalent.demo.DemoGuyuan.spread;
import static org.ruraltalent.demo.DemoPlan.*;
import static org.ruraltalent.demo.DemoRows.Table.TRAINING_ENROLMENT;
import static org.ruraltalent.demo.DemoRows.Table.TRAINING_PROGRAMME;
import static org.ruraltalent.demo.DemoRows.Table.TRAINING_SESSION;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ruraltalent.common.Uuid7;
import org.ruraltalent.demo.DemoAssignments.Host;
import org.ruraltalent.demo.DemoGuyuan.County;
import org.ruraltalent.demo.DemoGuyuan.Township;
import org.ruraltalent.demo.DemoGuyuan.Village;
import org.ruraltalent.demo.DemoPeople.Kind;

/**
 * Cultivation 培养: complete leadership teams in every village (elected in 2021), reserve cadres,
 * and the trainings: degree upgrade at the vocational school, the special classes, onboarding
 * sessions for the "two committees" and skills training mostly of farmers counted by head.
 */
final class DemoCultivation {

    private static final String CPC = "CPC_MEMBER";
    private static final List<String> RESERVE_PARTIES = List.of(CPC, "CYL_MEMBER", "MASSES");
    private static final BigDecimal SPECIAL_CLASS_HOURS = new BigDecimal("40.0");
    private static final BigDecimal ONBOARDING_HOURS = new BigDecimal("24.0");
    private static final BigDecimal SKILLS_HOURS = new BigDecimal("16.0");
    private static final int SESSION_DAYS = 3;
    private static final int DAYS_ENROLLED_BEFORE = 7;

    private final DemoContext demo;
    private final DemoGuyuan guyuan;
    /** Party secretaries, village by village. */
    private final List<UUID> secretaries = new ArrayList<>();
    /** Members of the "two committees" 两委: secretaries, directors and committee members. */
    private final List<UUID> twoCommittees = new ArrayList<>();
    /** Who takes part in onboarding: the two committees and the reserve cadres of each county. */
    private final Map<County, List<UUID>> villageCadres = new HashMap<>();

    DemoCultivation(DemoContext demo) {
        this.demo = demo;
        this.guyuan = demo.guyuan();
    }

    /** Writes it all; {@code skilled} are the registry people of each county who attend a skills session. */
    void write(Map<County, List<UUID>> skilled) throws SQLException {
        villageLeadership();
        reserveCadres();
        degreeUpgrade();
        specialClasses(townshipCadres());
        onboarding();
        skills(skilled);
    }

    /** A Party secretary, a committee director (mostly the same person, 一肩挑) and committee members in every village. */
    private void villageLeadership() throws SQLException {
        for (int i = 0; i < guyuan.villages.size(); i++) {
            Village v = guyuan.villages.get(i);
            LocalDate elected = demo.calendar().dayIn(2021, 1, 3);
            String[] categories = i % WEALTH_LEADER_EVERY == 0 ? new String[] { "VILLAGE_COMMITTEE_MEMBER", "WEALTH_LEADER" }
                    : new String[] { "VILLAGE_COMMITTEE_MEMBER" };
            UUID secretary = villageCadre(v, Kind.VILLAGE_LEADER, CPC, "VILLAGE_PARTY_SECRETARY", v.branch(), elected, categories);
            secretaries.add(secretary);
            if (i % SEPARATE_DIRECTOR_EVERY == 0) {
                villageCadre(v, Kind.VILLAGE_LEADER, "MASSES", "VILLAGE_COMMITTEE_DIRECTOR", v.committee(), elected,
                        "VILLAGE_COMMITTEE_MEMBER");
            } else {
                demo.assignments().local(secretary, CPC, "VILLAGE_COMMITTEE_DIRECTOR", Host.in(v, v.committee()), elected,
                        VILLAGE_TERM_YEARS);
            }
            for (int m = 0; m < COMMITTEE_MEMBERS_PER_VILLAGE; m++) {
                villageCadre(v, Kind.VILLAGER, m == 0 ? CPC : "MASSES", "VILLAGE_COMMITTEE_MEMBER", v.committee(), elected,
                        "VILLAGE_COMMITTEE_MEMBER");
            }
        }
    }

    private UUID villageCadre(Village v, Kind kind, String party, String role, UUID host, LocalDate elected, String... categories)
            throws SQLException {
        UUID p = demo.people().add(kind, party, v.committee(), null, categories);
        demo.assignments().local(p, party, role, Host.in(v, host), elected, VILLAGE_TERM_YEARS);
        twoCommittees.add(p);
        villageCadres.computeIfAbsent(v.county(), c -> new ArrayList<>()).add(p);
        return p;
    }

    /** Reserve cadres 后备干部, about three per village, working at the village committee. */
    private void reserveCadres() throws SQLException {
        for (int i = 0; i < RESERVE_CADRES; i++) {
            Village v = spread(guyuan.villages, i, RESERVE_CADRES);
            UUID p = demo.people().add(Kind.VILLAGER, RESERVE_PARTIES.get(i % RESERVE_PARTIES.size()), v.committee(), null,
                    "RESERVE_CADRE");
            villageCadres.get(v.county()).add(p);
        }
    }

    /** Three cohorts of a junior-college course at the vocational school; the first has graduated. */
    private void degreeUpgrade() throws SQLException {
        UUID school = guyuan.city.vocationalSchool();
        UUID programme = programme("村“两委”班子学历提升行动", "DEGREE_UPGRADE", school, guyuan.city.id(), "大专学历教育",
                DEGREE_COHORTS.get(0));
        List<UUID> sessions = new ArrayList<>();
        for (int year : DEGREE_COHORTS) {
            sessions.add(session(programme, year + "级", LocalDate.of(year, 9, 1), graduation(year), "固原职业技术学校", null, 0));
        }
        for (int i = 0; i < DEGREE_UPGRADE; i++) {
            int cohort = i % DEGREE_COHORTS.size();
            int year = DEGREE_COHORTS.get(cohort);
            LocalDate graduation = graduation(year);
            boolean graduated = graduation.isBefore(REPORT_DATE);
            demo.rows().add(TRAINING_ENROLMENT, Uuid7.next(), sessions.get(cohort), spread(twoCommittees, i, DEGREE_UPGRADE),
                    graduated ? "COMPLETED" : "ENROLLED", LocalDate.of(year, 8, 20), null, "JUNIOR_COLLEGE", school, graduation,
                    graduated ? graduation : null, graduated ? "GRADUATED" : "STUDYING");
        }
    }

    private static LocalDate graduation(int cohort) {
        return LocalDate.of(cohort + DEGREE_STUDY_YEARS, 7, 1);
    }

    /** A deputy secretary and an organisation member of every township government, for the special classes. */
    private List<UUID> townshipCadres() throws SQLException {
        List<UUID> cadres = new ArrayList<>();
        for (int n = 0; n < TOWNSHIP_CADRES_PER_TOWNSHIP; n++) {
            for (Township t : guyuan.townships) {
                cadres.add(demo.people().add(Kind.TOWNSHIP_CADRE, CPC, t.government(), null, "CADRE"));
            }
        }
        return cadres;
    }

    /** Two special classes: the township cadres and, to fill them, village Party secretaries. */
    private void specialClasses(List<UUID> townshipCadres) throws SQLException {
        int fromVillages = SPECIAL_CLASS_TRAINEES - townshipCadres.size();
        if (fromVillages < 0) {
            throw new IllegalStateException("more township cadres than special-class trainees");
        }
        List<UUID> trainees = new ArrayList<>(townshipCadres);
        for (int i = 0; i < fromVillages; i++) {
            trainees.add(spread(secretaries, i, fromVillages));
        }
        UUID programme = programme("乡村振兴专题培训班", "SPECIAL_CLASS", guyuan.city.organisationDepartment(), guyuan.city.id(), "乡村振兴",
                2022);
        List<UUID> sessions = new ArrayList<>();
        for (int k = 0; k < SPECIAL_CLASSES; k++) {
            LocalDate start = LocalDate.of(2022 + k, 6, 6);
            sessions.add(session(programme, "第" + (k + 1) + "期", start, start.plusDays(4), "固原市委党校", SESSION_CAPACITY, 0));
        }
        for (int i = 0; i < trainees.size(); i++) {
            int k = i * SPECIAL_CLASSES / trainees.size();
            LocalDate start = LocalDate.of(2022 + k, 6, 6);
            attended(sessions.get(k), trainees.get(i), start, SPECIAL_CLASS_HOURS);
        }
    }

    /** Onboarding sessions of each county for its village cadres, most in the year of the election. */
    private void onboarding() throws SQLException {
        Map<County, UUID> programmes = new HashMap<>();
        for (County c : guyuan.counties) {
            programmes.put(c, programme("村干部任职培训", "ONBOARDING", c.organisationDepartment(), c.id(), "村“两委”成员任职履职", 2021));
        }
        int base = ONBOARDING_PERSON_TIMES / ONBOARDING_SESSIONS;
        int fuller = ONBOARDING_PERSON_TIMES % ONBOARDING_SESSIONS;
        Map<County, Integer> next = new HashMap<>();
        for (int s = 0; s < ONBOARDING_SESSIONS; s++) {
            Township t = spread(guyuan.townships, s, ONBOARDING_SESSIONS);
            County c = t.county();
            LocalDate start = demo.calendar().dayIn(s % 2 == 0 ? 2021 : demo.calendar().year());
            UUID session = session(programmes.get(c), "第" + (s + 1) + "期", start, start.plusDays(SESSION_DAYS - 1), t.name(),
                    SESSION_CAPACITY, 0);
            List<UUID> pool = villageCadres.get(c);
            int size = base + (chosen(s, fuller, ONBOARDING_SESSIONS) ? 1 : 0);
            int from = next.getOrDefault(c, 0);
            for (int k = 0; k < size; k++) {
                attended(session, pool.get((from + k) % pool.size()), start, ONBOARDING_HOURS);
            }
            next.put(c, from + size);
        }
    }

    /**
     * Skills sessions in every county on its trades; the registry people attend one each, the
     * rest of the report's person-times are farmers recorded as head counts.
     */
    private void skills(Map<County, List<UUID>> skilled) throws SQLException {
        Map<String, UUID> programmes = new HashMap<>();
        for (County c : guyuan.counties) {
            for (String subject : SKILLS_SUBJECTS) {
                programmes.put(c.code() + subject, programme("能力素质培训：" + subject, "SKILLS", c.agriculturalCentre(), c.id(),
                        subject, 2021));
            }
        }
        int registered = skilled.values().stream().mapToInt(List::size).sum();
        int byHead = SKILLS_PERSON_TIMES - registered;
        Map<County, List<UUID>> sessionsOf = new HashMap<>();
        Map<UUID, LocalDate> starts = new HashMap<>();
        for (int s = 0; s < SKILLS_SESSIONS; s++) {
            Township t = spread(guyuan.townships, s, SKILLS_SESSIONS);
            String subject = SKILLS_SUBJECTS.get(s % SKILLS_SUBJECTS.size());
            LocalDate start = demo.calendar().day();
            int heads = byHead / SKILLS_SESSIONS + (chosen(s, byHead % SKILLS_SESSIONS, SKILLS_SESSIONS) ? 1 : 0);
            UUID session = session(programmes.get(t.county().code() + subject), t.name() + "第" + (s + 1) + "期", start,
                    start.plusDays(SESSION_DAYS - 1), t.name(), null, heads);
            sessionsOf.computeIfAbsent(t.county(), c -> new ArrayList<>()).add(session);
            starts.put(session, start);
        }
        for (Map.Entry<County, List<UUID>> e : skilled.entrySet()) {
            List<UUID> sessions = sessionsOf.get(e.getKey());
            for (int i = 0; i < e.getValue().size(); i++) {
                UUID session = sessions.get(i % sessions.size());
                attended(session, e.getValue().get(i), starts.get(session), SKILLS_HOURS);
            }
        }
    }

    private UUID programme(String name, String type, UUID provider, UUID division, String subject, int year) throws SQLException {
        UUID id = Uuid7.next();
        demo.rows().add(TRAINING_PROGRAMME, id, name, type, provider, division, subject, year);
        return id;
    }

    private UUID session(UUID programme, String title, LocalDate start, LocalDate end, String place, Integer capacity, int headCount)
            throws SQLException {
        UUID id = Uuid7.next();
        demo.rows().add(TRAINING_SESSION, id, programme, title, start, end, place, capacity, headCount);
        return id;
    }

    /** A completed attendance (one person-time), enrolled a week before the session. */
    private void attended(UUID session, UUID person, LocalDate start, BigDecimal hours) throws SQLException {
        demo.rows().add(TRAINING_ENROLMENT, Uuid7.next(), session, person, "COMPLETED", start.minusDays(DAYS_ENROLLED_BEFORE), hours,
                null, null, null, null, null);
    }
}
