package org.ruraltalent.demo;

import static org.ruraltalent.demo.DemoContext.chosen;
import static org.ruraltalent.demo.DemoGuyuan.spread;
import static org.ruraltalent.demo.DemoPlan.*;
import static org.ruraltalent.demo.DemoRows.Table.PARTNERSHIP;
import static org.ruraltalent.demo.DemoRows.Table.PARTNERSHIP_EXPERT;
import static org.ruraltalent.demo.DemoRows.Table.PLACEMENT;
import static org.ruraltalent.demo.DemoRows.Table.RECRUITMENT_PROGRAMME;
import static org.ruraltalent.demo.DemoRows.Table.TALENT_DEMAND;
import static org.ruraltalent.demo.DemoRows.Table.VENTURE;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.ruraltalent.common.Uuid7;
import org.ruraltalent.demo.DemoAssignments.Host;
import org.ruraltalent.demo.DemoAssignments.Sender;
import org.ruraltalent.demo.DemoGuyuan.County;
import org.ruraltalent.demo.DemoGuyuan.Township;
import org.ruraltalent.demo.DemoGuyuan.Village;
import org.ruraltalent.demo.DemoPeople.Kind;

/**
 * Introduction 引进: township catalogues of urgently needed talent and the people recruited into
 * them, selected graduates sent to villages, the special-post teachers, "three supports, one
 * assistance" and Western volunteers, the Northwest A&F University partnership with its
 * visiting experts, and the returnees who came back and founded ventures (引凤还巢).
 */
final class DemoIntroduction {

    /** One recruitment kind of the report: how many were placed, with what people, where. */
    private record Recruitment(String kind, String name, int placed, Kind people, String category,
            Function<Township, UUID> placedAt) {
    }

    /** What a township asks for: the position, its field, the recruit's category and where the recruit works. */
    private record Demand(String position, String field, String category, Function<Township, UUID> placedAt) {
    }

    /** A catalogue entry as written: its id, year, what it asks for and where its recruits work. */
    private record Entry(UUID id, int year, Demand demand, UUID placedAt) {
    }

    private static final List<Demand> DEMANDS = List.of(
            new Demand("农业技术推广人员", "农业技术", "AGRICULTURAL_TECHNICIAN", Township::government),
            new Demand("全科医生", "医疗卫生", "DOCTOR", Township::healthCentre),
            new Demand("中小学骨干教师", "教育", "TEACHER", Township::middleSchool));
    private static final List<String> VENTURE_KINDS = List.of("PICKING_GARDEN", "BIOTECH", "FARM", "PROCESSING", "TOURISM",
            "E_COMMERCE", "COOPERATIVE");
    private static final Map<String, String> VENTURE_NAMES = Map.of("PICKING_GARDEN", "休闲观光采摘园", "BIOTECH", "生物科技有限公司",
            "FARM", "生态养殖场", "PROCESSING", "农产品加工有限公司", "TOURISM", "乡村民宿", "E_COMMERCE", "电子商务服务站", "COOPERATIVE",
            "种养殖专业合作社");
    private static final int MOST_EMPLOYED = 40;
    private static final LocalDate PARTNERSHIP_SIGNED = LocalDate.of(2021, 5, 1);
    /** One visiting expert in this many has stopped coming. */
    private static final int EXPERT_LEFT_EVERY = 4;

    private final DemoContext demo;
    private final DemoGuyuan guyuan;

    DemoIntroduction(DemoContext demo) {
        this.demo = demo;
        this.guyuan = demo.guyuan();
    }

    /** Writes it all; answers the returnees of each county. */
    Map<County, List<UUID>> write() throws SQLException {
        urgentTalent(catalogues());
        selectedGraduates();
        for (Recruitment r : List.of(
                new Recruitment("SPECIAL_POST_TEACHER", "农村教师特岗计划", SPECIAL_POST_TEACHERS, Kind.GRADUATE, "TEACHER",
                        Township::primarySchool),
                new Recruitment("THREE_SUPPORTS_ONE_ASSISTANCE", "“三支一扶”计划", THREE_SUPPORTS, Kind.GRADUATE,
                        "PROGRAMME_VOLUNTEER", Township::government),
                new Recruitment("WESTERN_VOLUNTEER", "大学生志愿服务西部计划", WESTERN_VOLUNTEERS, Kind.GRADUATE, "PROGRAMME_VOLUNTEER",
                        Township::government))) {
            recruit(r);
        }
        partnership();
        return returnees();
    }

    /** Each township's catalogue: entries in two years, each asking for a few people. */
    private List<Entry> catalogues() throws SQLException {
        List<Entry> entries = new ArrayList<>();
        for (Township t : guyuan.townships) {
            for (int k = 0; k < DEMANDS_PER_TOWNSHIP; k++) {
                Demand demand = DEMANDS.get(entries.size() % DEMANDS.size());
                int year = DEMAND_YEARS.get(k % DEMAND_YEARS.size());
                UUID id = Uuid7.next();
                demo.rows().add(TALENT_DEMAND, id, t.id(), "TOWNSHIP", t.government(), year, demand.position, demand.field,
                        DEMAND_QUANTITY);
                entries.add(new Entry(id, year, demand, demand.placedAt.apply(t)));
            }
        }
        return entries;
    }

    /** The urgently needed talent, each recruited into a catalogue entry of a township, in the entry's year. */
    private void urgentTalent(List<Entry> entries) throws SQLException {
        if (URGENT_RECRUITED > entries.size() * DEMAND_QUANTITY) {
            throw new IllegalStateException("the catalogues ask for fewer people than the report recruited");
        }
        Map<Integer, Integer> quotas = new TreeMap<>();
        for (int i = 0; i < URGENT_RECRUITED; i++) {
            quotas.merge(spread(entries, i, URGENT_RECRUITED).year, 1, Integer::sum);
        }
        Map<Integer, UUID> programmes = programmes("URGENT_TALENT", "急需紧缺人才引进", quotas);
        for (int i = 0; i < URGENT_RECRUITED; i++) {
            Entry entry = spread(entries, i, URGENT_RECRUITED);
            UUID p = demo.people().add(Kind.GRADUATE, null, entry.placedAt, null, entry.demand.category);
            demo.rows().add(PLACEMENT, Uuid7.next(), programmes.get(entry.year), p, entry.placedAt,
                    demo.calendar().dayIn(entry.year, 7, 10), entry.id, null);
        }
    }

    /** Newly hired selected graduates (选调生), sent by the county to a village for two years. */
    private void selectedGraduates() throws SQLException {
        Map<Integer, UUID> programmes = programmesByYear("SELECTED_GRADUATE", "新录用选调生到村锻炼", SELECTED_GRADUATES);
        for (int i = 0; i < SELECTED_GRADUATES; i++) {
            Village v = spread(guyuan.villages, i, SELECTED_GRADUATES);
            int year = recruitmentYear(i);
            LocalDate placed = demo.calendar().dayIn(year, 8, 9);
            UUID p = demo.people().add(Kind.GRADUATE, "CPC_MEMBER", v.township().government(), null, "SELECTED_GRADUATE", "CADRE");
            UUID assignment = demo.assignments().dispatch(p, "CPC_MEMBER", "SELECTED_GRADUATE", Host.in(v, v.committee()),
                    new Sender(v.county().organisationDepartment(), "COUNTY"), placed, RESIDENCY_YEARS);
            demo.rows().add(PLACEMENT, Uuid7.next(), programmes.get(year), p, v.committee(), placed, null, assignment);
        }
    }

    /** A city-wide programme each year, its recruits placed across the townships. */
    private void recruit(Recruitment r) throws SQLException {
        Map<Integer, UUID> programmes = programmesByYear(r.kind, r.name, r.placed);
        for (int i = 0; i < r.placed; i++) {
            Township t = spread(guyuan.townships, i, r.placed);
            int year = recruitmentYear(i);
            UUID organisation = r.placedAt.apply(t);
            UUID p = demo.people().add(r.people, null, organisation, null, r.category);
            demo.rows().add(PLACEMENT, Uuid7.next(), programmes.get(year), p, organisation, demo.calendar().dayIn(year, 7, 9), null, null);
        }
    }

    /** One programme per recruitment year, its quota exactly what was placed that year. */
    private Map<Integer, UUID> programmesByYear(String kind, String name, int placed) throws SQLException {
        Map<Integer, Integer> quotas = new TreeMap<>();
        for (int i = 0; i < placed; i++) {
            quotas.merge(recruitmentYear(i), 1, Integer::sum);
        }
        return programmes(kind, name, quotas);
    }

    /** Recruits spread over the recruitment years, in turn. */
    private static int recruitmentYear(int i) {
        return RECRUITMENT_YEARS.get(i % RECRUITMENT_YEARS.size());
    }

    /** A city-wide programme of {@code kind} for each year, with that year's quota. */
    private Map<Integer, UUID> programmes(String kind, String name, Map<Integer, Integer> quotas) throws SQLException {
        Map<Integer, UUID> programmes = new HashMap<>();
        for (Map.Entry<Integer, Integer> q : quotas.entrySet()) {
            UUID id = Uuid7.next();
            demo.rows().add(RECRUITMENT_PROGRAMME, id, q.getKey() + "年" + name, kind, q.getKey(), q.getValue(), guyuan.city.id());
            programmes.put(q.getKey(), id);
        }
        return programmes;
    }

    /** The university's branch at the city's vocational school, with experts visiting to teach. */
    private void partnership() throws SQLException {
        UUID id = Uuid7.next();
        demo.rows().add(PARTNERSHIP, id, guyuan.city.university(), guyuan.city.vocationalSchool(), guyuan.city.id(), PARTNERSHIP_SIGNED,
                "在固原职业技术学校设立西北农林科技大学乡村振兴学院固原分院，定期选派专家来固授课");
        for (int i = 0; i < PARTNERSHIP_EXPERTS; i++) {
            UUID expert = demo.people().add(Kind.PROFESSOR, null, guyuan.city.university(), null, "EXPERT");
            LocalDate joined = demo.calendar().between(PARTNERSHIP_SIGNED, LocalDate.of(2024, 9, 1));
            LocalDate left = i % EXPERT_LEFT_EVERY == EXPERT_LEFT_EVERY - 1 ? joined.plusYears(1) : null;
            demo.rows().add(PARTNERSHIP_EXPERT, Uuid7.next(), id, expert, joined, left);
        }
    }

    /** People of Guyuan who came back from elsewhere and founded something at home; some founded two. */
    private Map<County, List<UUID>> returnees() throws SQLException {
        Map<County, List<UUID>> byCounty = new HashMap<>();
        for (int i = 0; i < RETURNEE_FOUNDERS; i++) {
            Village home = spread(guyuan.villages, i, RETURNEE_FOUNDERS);
            UUID p = demo.people().add(Kind.RETURNEE, null, null, home.id(), "RETURNEE", "ENTREPRENEUR");
            byCounty.computeIfAbsent(home.county(), c -> new ArrayList<>()).add(p);
            venture(p, home, i);
            if (chosen(i, SECOND_VENTURES, RETURNEE_FOUNDERS)) {
                venture(p, home, i + 1);
            }
        }
        return byCounty;
    }

    private void venture(UUID founder, Village home, int n) throws SQLException {
        String kind = VENTURE_KINDS.get(n % VENTURE_KINDS.size());
        String place = home.name().substring(0, home.name().length() - 1);
        demo.rows().add(VENTURE, Uuid7.next(), founder, place + VENTURE_NAMES.get(kind), kind, home.id(), demo.calendar().day(),
                1 + demo.random().nextInt(MOST_EMPLOYED));
    }
}
