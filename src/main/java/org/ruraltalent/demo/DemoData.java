package org.ruraltalent.demo;

import static org.ruraltalent.demo.DemoPlan.*;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.ruraltalent.common.PiiProtection;
import org.ruraltalent.common.Uuid7;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A synthetic Guyuan whose statistics reproduce the city's report ({@link DemoPlan}): townships
 * and villages under the five counties, their organisations, about ten thousand people with
 * valid (synthetic) ID numbers, and their assignments, teams, trainings, placements, ventures,
 * platforms and projects. Written in one transaction with JDBC batches, so it loads in seconds;
 * personal data is encrypted and hashed exactly as the service does. Rows written this way do
 * not pass through the audit trail or the change feed: they are demo data, not records.
 * Loading twice changes nothing: the demo marks its own agencies and finds them again.
 */
@ApplicationScoped
public class DemoData {

    /** What a load created, or that it found the demo already there. */
    public record Result(boolean created, int townships, int villages, int organisations, int people, int assignments,
            int enrolments, int placements) {
    }

    static final String MARKER = "演示数据：固原市委组织部";
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String[] SURNAMES = { "马", "王", "李", "张", "刘", "杨", "赵", "海", "田", "苏", "金", "丁", "何", "周", "吴" };
    private static final String[] GIVEN = { "志强", "文华", "建国", "玉兰", "海燕", "国庆", "秀英", "明", "丽", "伟", "芳", "军", "红梅",
            "建平", "春花", "学军", "晓东", "彦龙", "慧敏", "宏伟" };

    @Inject
    AgroalDataSource dataSource;
    @Inject
    PiiProtection pii;

    public Result load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (alreadyLoaded(c)) {
                    return new Result(false, 0, 0, 0, 0, 0, 0, 0);
                }
                Result result = new Writer(c).write();
                LOG.infof("Demo data loaded: %s", result);
                return result;
            }
        });
    }

    private static boolean alreadyLoaded(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from organisation where name = ?")) {
            s.setString(1, MARKER);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** One load: holds the connection, the random source (fixed seed, so every load looks the same) and the counts. */
    private final class Writer {
        private final Connection c;
        private final Random random = new Random(640400);
        private final Map<String, UUID> counties = new HashMap<>();
        private final Map<String, String> countyPaths = new HashMap<>();
        private final List<Place> townships = new ArrayList<>();
        private final List<Place> villages = new ArrayList<>();
        private final Set<String> idNumbers = new HashSet<>();
        private int organisations;
        private int people;
        private int assignments;
        private int enrolments;
        private int placements;
        private int idSequence;

        /** A division with the organisations the demo puts in it. */
        private final class Place {
            UUID id;
            String code;
            String path;
            String county;
            UUID government;
            UUID branch;
            UUID committee;
            UUID school;
            UUID clinic;
        }

        Writer(Connection c) {
            this.c = c;
        }

        Result write() throws SQLException {
            geography();
            Map<String, UUID> agencies = agencies();
            dispatch(agencies);
            Map<String, UUID> leaders = leadership();
            List<UUID> reserves = reserveCadres();
            training(new ArrayList<>(leaders.values()), reserves);
            introduction();
            platforms();
            return new Result(true, townships.size(), villages.size(), organisations, people, assignments, enrolments, placements);
        }

        // ---- geography and organisations ---------------------------------------------------

        private void geography() throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select id, code, path from division where level = 'COUNTY' and code like '6404%'")) {
                while (r.next()) {
                    counties.put(r.getString(2), (UUID) r.getObject(1));
                    countyPaths.put(r.getString(2), r.getString(3));
                }
            }
            Set<String> taken = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select code from division")) {
                while (r.next()) {
                    taken.add(r.getString(1));
                }
            }
            try (PreparedStatement division = insert("division", "id", "code", "name", "level", "parent_id", "path")) {
                for (int t = 0; t < TOWNSHIPS; t++) {
                    String county = COUNTIES[t % COUNTIES.length];
                    Place township = new Place();
                    township.county = county;
                    township.code = freeCode(county, taken);
                    township.id = Uuid7.next();
                    township.path = countyPaths.get(county) + township.code + "/";
                    row(division, township.id, township.code, "示范镇" + (t + 1), "TOWNSHIP", counties.get(county), township.path);
                    townships.add(township);
                }
                for (int v = 0; v < VILLAGES; v++) {
                    Place township = townships.get(v % TOWNSHIPS);
                    Place village = new Place();
                    village.county = township.county;
                    village.code = township.code + String.format("%03d", 201 + v / TOWNSHIPS);
                    village.id = Uuid7.next();
                    village.path = township.path + village.code + "/";
                    row(division, village.id, village.code, "示范村" + (v + 1), "VILLAGE", township.id, village.path);
                    villages.add(village);
                }
                division.executeBatch();
            }
            try (PreparedStatement org = organisationInsert()) {
                for (Place t : townships) {
                    t.government = organisation(org, t.code + "镇人民政府", "TOWNSHIP_GOVERNMENT", t.id, null);
                    t.school = organisation(org, t.code + "镇中心小学", "SCHOOL", t.id, null);
                    t.clinic = organisation(org, t.code + "镇卫生院", "HEALTH_CENTRE", t.id, null);
                }
                for (Place v : villages) {
                    v.branch = organisation(org, v.code + "村党支部", "VILLAGE_PARTY_BRANCH", v.id, null);
                    v.committee = organisation(org, v.code + "村民委员会", "VILLAGE_COMMITTEE", v.id, null);
                }
                org.executeBatch();
            }
        }

        /** The first unused township code under the county: 101, 102, ... */
        private String freeCode(String county, Set<String> taken) {
            for (int n = 101; n < 1000; n++) {
                String code = county + n;
                if (taken.add(code)) {
                    return code;
                }
            }
            throw new IllegalStateException("no free township code under " + county);
        }

        /** Who sends people: the region, the city, each county, and hospitals graded 3A (city) and 2A (counties). */
        private Map<String, UUID> agencies() throws SQLException {
            Map<String, UUID> agencies = new HashMap<>();
            UUID region = divisionId("640000");
            UUID city = divisionId("640400");
            try (PreparedStatement org = organisationInsert()) {
                agencies.put("REGION", organisation(org, "自治区派出单位（演示）", "GOVERNMENT_AGENCY", region, null));
                agencies.put("CITY", organisation(org, MARKER, "PARTY_AGENCY", city, null));
                agencies.put("HOSPITAL_CITY", organisation(org, "固原市人民医院（演示）", "HOSPITAL", city, "GRADE_3A"));
                agencies.put("SCHOOL_CITY", organisation(org, "固原职业技术学校（演示）", "SCHOOL", city, null));
                agencies.put("UNIVERSITY", organisation(org, "西北农林科技大学乡村振兴学院固原分院（演示）", "UNIVERSITY", city, null));
                for (String county : COUNTIES) {
                    agencies.put(county, organisation(org, county + "县委组织部（演示）", "PARTY_AGENCY", counties.get(county), null));
                    agencies.put("HOSPITAL_" + county, organisation(org, county + "县人民医院（演示）", "HOSPITAL", counties.get(county),
                            "GRADE_2A"));
                }
                org.executeBatch();
            }
            return agencies;
        }

        // ---- dispatch ------------------------------------------------------------------------

        private void dispatch(Map<String, UUID> agencies) throws SQLException {
            try (PreparedStatement person = personInsert(); PreparedStatement category = categoryInsert();
                    PreparedStatement assignment = assignmentInsert(); PreparedStatement transition = transitionInsert()) {
                String[] levels = { "REGION", "CITY", "COUNTY" };
                for (int i = 0; i < FIRST_SECRETARIES; i++) {
                    Place v = villages.get(i);
                    String level = levels[i % levels.length];
                    UUID p = person(person, category, "CPC_MEMBER", null, null, null, "CADRE");
                    assign(assignment, transition, p, "FIRST_SECRETARY", v.branch, v, sender(agencies, level, v), level,
                            day(2021, 2024), "CPC_MEMBER");
                }
                for (int i = 0; i < VILLAGE_CADRES - FIRST_SECRETARIES; i++) {
                    Place v = villages.get(i % VILLAGES);
                    UUID p = person(person, category, "CPC_MEMBER", null, null, null, "CADRE");
                    assign(assignment, transition, p, "WORK_TEAM_MEMBER", v.committee, v, agencies.get(v.county), "COUNTY",
                            day(2021, 2024), null);
                }
                for (int i = 0; i < ST_COMMISSIONERS; i++) {
                    Place v = villages.get((i * 7) % VILLAGES);
                    boolean city = i < ST_COMMISSIONERS_CITY;
                    UUID p = person(person, category, null, null, "INTERMEDIATE", null, "ST_COMMISSIONER");
                    assign(assignment, transition, p, "ST_COMMISSIONER", v.committee, v,
                            city ? agencies.get("CITY") : agencies.get(v.county), city ? "CITY" : "COUNTY", day(2021, 2024), null);
                }
                for (int i = 0; i < TEACHERS; i++) {
                    Place t = townships.get(i % TOWNSHIPS);
                    UUID p = person(person, category, null, null, "JUNIOR", null, i % 20 == 0 ? "PRINCIPAL" : "TEACHER");
                    assign(assignment, transition, p, i % 20 == 0 ? "VISITING_PRINCIPAL" : "VISITING_TEACHER", t.school, t,
                            agencies.get(t.county), "COUNTY", day(2021, 2024), null);
                }
                for (int i = 0; i < DOCTORS; i++) {
                    Place t = townships.get(i % TOWNSHIPS);
                    boolean city = i % 3 == 0;
                    UUID p = person(person, category, null, null, i % 4 == 0 ? "ASSOCIATE_SENIOR" : "INTERMEDIATE", null, "DOCTOR");
                    assign(assignment, transition, p, "VISITING_DOCTOR", t.clinic, t,
                            agencies.get(city ? "HOSPITAL_CITY" : "HOSPITAL_" + t.county), city ? "CITY" : "COUNTY",
                            day(2021, 2024), null);
                }
                flush(person, category, assignment, transition);
            }
            teams();
        }

        private UUID sender(Map<String, UUID> agencies, String level, Place v) {
            return switch (level) {
                case "REGION" -> agencies.get("REGION");
                case "CITY" -> agencies.get("CITY");
                default -> agencies.get(v.county);
            };
        }

        /** Family-doctor teams and industry technical service groups, with members and served organisations. */
        private void teams() throws SQLException {
            try (PreparedStatement person = personInsert(); PreparedStatement category = categoryInsert();
                    PreparedStatement team = insert("team", "id", "name", "type", "division_id", "formed_on");
                    PreparedStatement member = insert("team_member", "id", "team_id", "person_id", "role", "joined_on");
                    PreparedStatement served = insert("team_served_organisation", "team_id", "organisation_id");
                    PreparedStatement org = organisationInsert()) {
                LocalDate formed = LocalDate.of(2021, 1, 1);
                int extra = FAMILY_DOCTOR_MEMBERS - 2 * FAMILY_DOCTOR_TEAMS;
                for (int i = 0; i < FAMILY_DOCTOR_TEAMS; i++) {
                    Place t = townships.get(i % TOWNSHIPS);
                    UUID id = Uuid7.next();
                    row(team, id, t.code + "家庭医生签约服务团队" + (i + 1), "FAMILY_DOCTOR_TEAM", t.id, Date.valueOf(formed));
                    int size = i < extra ? 3 : 2;
                    for (int m = 0; m < size; m++) {
                        UUID p = person(person, category, null, null, "JUNIOR", null, "DOCTOR");
                        row(member, Uuid7.next(), id, p, m == 0 ? "LEADER" : "MEMBER", Date.valueOf(formed));
                    }
                }
                List<UUID> stations = new ArrayList<>();
                String[] kinds = { "ENTERPRISE", "FAMILY_FARM", "COOPERATIVE" };
                for (int i = 0; i < TECH_GROUP_SERVED; i++) {
                    Place v = villages.get((i * 3) % VILLAGES);
                    stations.add(organisation(org, v.code + "农业经营主体" + (i + 1), kinds[i % kinds.length], v.id, null));
                }
                org.executeBatch();
                int extraTechnicians = TECH_GROUP_TECHNICIANS - 3 * TECH_GROUPS;
                int extraServed = TECH_GROUP_SERVED - 2 * TECH_GROUPS;
                int nextStation = 0;
                for (int i = 0; i < TECH_GROUPS; i++) {
                    Place t = townships.get(i % TOWNSHIPS);
                    UUID id = Uuid7.next();
                    row(team, id, t.code + "产业技术服务组" + (i + 1), "INDUSTRY_TECH_GROUP", t.id, Date.valueOf(formed));
                    int size = i < extraTechnicians ? 4 : 3;
                    for (int m = 0; m < size; m++) {
                        UUID p = person(person, category, null, null, "INTERMEDIATE", null, "AGRICULTURAL_TECHNICIAN");
                        row(member, Uuid7.next(), id, p, m == 0 ? "LEADER" : "MEMBER", Date.valueOf(formed));
                    }
                    for (int s = 0; s < (i < extraServed ? 3 : 2); s++) {
                        row(served, id, stations.get(nextStation++));
                    }
                }
                for (String county : COUNTIES) {
                    row(team, Uuid7.next(), county + "乡村振兴服务团", "COUNTY_SERVICE_TEAM", counties.get(county), Date.valueOf(formed));
                }
                flush(person, category, team, member, served);
            }
        }

        // ---- cultivation ---------------------------------------------------------------------

        /** A Party secretary who is also committee director (一肩挑) in every village: all leadership teams complete. */
        private Map<String, UUID> leadership() throws SQLException {
            Map<String, UUID> leaders = new HashMap<>();
            try (PreparedStatement person = personInsert(); PreparedStatement category = categoryInsert();
                    PreparedStatement assignment = assignmentInsert(); PreparedStatement transition = transitionInsert()) {
                for (Place v : villages) {
                    UUID p = person(person, category, "CPC_MEMBER", v.committee, null, null, "VILLAGE_COMMITTEE_MEMBER");
                    LocalDate since = LocalDate.of(2021, 1, 15);
                    assign(assignment, transition, p, "VILLAGE_PARTY_SECRETARY", v.committee, v, null, null, since, null);
                    assign(assignment, transition, p, "VILLAGE_COMMITTEE_DIRECTOR", v.committee, v, null, null, since, null);
                    leaders.put(v.code, p);
                }
                flush(person, category, assignment, transition);
            }
            return leaders;
        }

        private List<UUID> reserveCadres() throws SQLException {
            List<UUID> reserves = new ArrayList<>();
            try (PreparedStatement person = personInsert(); PreparedStatement category = categoryInsert()) {
                for (int i = 0; i < RESERVE_CADRES; i++) {
                    Place v = villages.get(i % VILLAGES);
                    reserves.add(person(person, category, i % 2 == 0 ? "CPC_MEMBER" : "CYL_MEMBER", v.committee, null, null,
                            "RESERVE_CADRE"));
                }
                flush(person, category);
            }
            return reserves;
        }

        private void training(List<UUID> leaders, List<UUID> reserves) throws SQLException {
            UUID city = divisionId("640400");
            UUID school = organisationId("固原职业技术学校（演示）");
            List<UUID> trainees = new ArrayList<>(leaders);
            trainees.addAll(reserves);
            try (PreparedStatement programme = insert("training_programme", "id", "name", "type", "provider_organisation_id",
                    "division_id", "year");
                    PreparedStatement session = insert("training_session", "id", "programme_id", "title", "starts_on", "ends_on",
                            "head_count");
                    PreparedStatement enrolment = insert("training_enrolment", "id", "session_id", "person_id", "status", "enrolled_on",
                            "target_degree", "institution_id", "expected_graduation", "study_status")) {
                UUID degree = Uuid7.next();
                UUID special = Uuid7.next();
                row(programme, degree, "村“两委”班子学历提升行动", "DEGREE_UPGRADE", school, city, 2022);
                row(programme, special, "乡村振兴专题培训班", "SPECIAL_CLASS", null, city, 2022);
                Map<String, UUID> onboarding = new HashMap<>();
                Map<String, UUID> skills = new HashMap<>();
                for (String county : COUNTIES) {
                    onboarding.put(county, Uuid7.next());
                    skills.put(county, Uuid7.next());
                    row(programme, onboarding.get(county), "村干部任职培训", "ONBOARDING", null, counties.get(county), 2021);
                    row(programme, skills.get(county), "纺织、养殖、冷凉蔬菜、特色农业能力素质培训", "SKILLS", null, counties.get(county), 2021);
                }
                programme.executeBatch();

                UUID degreeSession = Uuid7.next();
                row(session, degreeSession, degree, "2022级", Date.valueOf("2022-09-01"), Date.valueOf("2025-07-01"), 0);
                List<UUID> specialSessions = List.of(Uuid7.next(), Uuid7.next());
                row(session, specialSessions.get(0), special, "第1期", Date.valueOf("2022-06-06"), Date.valueOf("2022-06-10"), 0);
                row(session, specialSessions.get(1), special, "第2期", Date.valueOf("2023-06-05"), Date.valueOf("2023-06-09"), 0);
                List<UUID> onboardingSessions = new ArrayList<>();
                for (int i = 0; i < ONBOARDING_SESSIONS; i++) {
                    UUID id = Uuid7.next();
                    LocalDate start = day(2021, 2024);
                    row(session, id, onboarding.get(COUNTIES[i % COUNTIES.length]), "第" + (i + 1) + "期", Date.valueOf(start),
                            Date.valueOf(start.plusDays(3)), 0);
                    onboardingSessions.add(id);
                }
                int headCount = SKILLS_PERSON_TIMES / SKILLS_SESSIONS;
                for (int i = 0; i < SKILLS_SESSIONS; i++) {
                    LocalDate start = day(2021, 2024);
                    int here = i == 0 ? SKILLS_PERSON_TIMES - headCount * (SKILLS_SESSIONS - 1) : headCount;
                    row(session, Uuid7.next(), skills.get(COUNTIES[i % COUNTIES.length]), "第" + (i + 1) + "期", Date.valueOf(start),
                            Date.valueOf(start.plusDays(2)), here);
                }
                session.executeBatch();

                for (int i = 0; i < DEGREE_UPGRADE; i++) {
                    row(enrolment, Uuid7.next(), degreeSession, leaders.get(i), "ENROLLED", Date.valueOf("2022-08-20"),
                            "JUNIOR_COLLEGE", school, Date.valueOf("2025-07-01"), "STUDYING");
                }
                int perSpecial = SPECIAL_CLASS_TRAINEES / SPECIAL_CLASSES;
                for (int i = 0; i < SPECIAL_CLASS_TRAINEES; i++) {
                    row(enrolment, Uuid7.next(), specialSessions.get(i / perSpecial), reserves.get(i), "COMPLETED",
                            Date.valueOf("2022-05-20"), null, null, null, null);
                }
                // 7,730 attendances over 91 sessions: most sessions 85, the rest 84, each a distinct slice of the trainees.
                int base = ONBOARDING_PERSON_TIMES / ONBOARDING_SESSIONS;
                int fuller = ONBOARDING_PERSON_TIMES % ONBOARDING_SESSIONS;
                int next = 0;
                for (int s = 0; s < ONBOARDING_SESSIONS; s++) {
                    int here = s < fuller ? base + 1 : base;
                    for (int k = 0; k < here; k++) {
                        row(enrolment, Uuid7.next(), onboardingSessions.get(s), trainees.get((next + k) % trainees.size()),
                                "COMPLETED", Date.valueOf("2021-01-01"), null, null, null, null);
                    }
                    next += here;
                }
                enrolment.executeBatch();
                enrolments += DEGREE_UPGRADE + SPECIAL_CLASS_TRAINEES + ONBOARDING_PERSON_TIMES;
            }
        }

        // ---- introduction and platforms ------------------------------------------------------

        private void introduction() throws SQLException {
            UUID city = divisionId("640400");
            try (PreparedStatement person = personInsert(); PreparedStatement category = categoryInsert();
                    PreparedStatement demand = insert("talent_demand", "id", "division_id", "division_level", "organisation_id", "year",
                            "position", "field", "quantity");
                    PreparedStatement programme = insert("recruitment_programme", "id", "name", "kind", "year", "quota",
                            "division_id");
                    PreparedStatement placement = insert("placement", "id", "programme_id", "person_id", "organisation_id",
                            "placed_on", "demand_id")) {
                int perDemand = 5;
                List<UUID> demands = new ArrayList<>();
                for (Place t : townships) {
                    UUID id = Uuid7.next();
                    row(demand, id, t.id, "TOWNSHIP", t.government, 2022, "急需紧缺专业技术人才", "农业技术、卫生、教育", perDemand);
                    demands.add(id);
                }
                demand.executeBatch();
                Map<String, UUID> programmes = new HashMap<>();
                Object[][] kinds = { { "URGENT_TALENT", "急需紧缺人才引进", URGENT_RECRUITED },
                        { "SELECTED_GRADUATE", "新录用选调生到村锻炼", SELECTED_GRADUATES },
                        { "SPECIAL_POST_TEACHER", "农村教师特岗计划", SPECIAL_POST_TEACHERS },
                        { "THREE_SUPPORTS_ONE_ASSISTANCE", "“三支一扶”计划", THREE_SUPPORTS },
                        { "WESTERN_VOLUNTEER", "大学生志愿服务西部计划", WESTERN_VOLUNTEERS } };
                for (Object[] k : kinds) {
                    UUID id = Uuid7.next();
                    row(programme, id, k[1], k[0], 2022, k[2], city);
                    programmes.put((String) k[0], id);
                }
                programme.executeBatch();
                for (Object[] k : kinds) {
                    String kind = (String) k[0];
                    for (int i = 0; i < (int) k[2]; i++) {
                        Place t = townships.get(i % TOWNSHIPS);
                        boolean fillsDemand = kind.equals("URGENT_TALENT") && i < TOWNSHIPS * perDemand;
                        UUID host = kind.equals("SPECIAL_POST_TEACHER") ? t.school : fillsDemand ? t.government : t.clinic;
                        UUID p = person(person, category, null, null, null, null,
                                kind.equals("SELECTED_GRADUATE") ? "SELECTED_GRADUATE" : "PROGRAMME_VOLUNTEER");
                        if (i % 500 == 499) {
                            flush(person, category);
                        }
                        row(placement, Uuid7.next(), programmes.get(kind), p, host, Date.valueOf(day(2021, 2024)),
                                fillsDemand ? demands.get(i % TOWNSHIPS) : null);
                        placements++;
                    }
                }
                flush(person, category, placement);
            }
            partnership();
            returnees();
        }

        private void partnership() throws SQLException {
            UUID city = divisionId("640400");
            try (PreparedStatement person = personInsert(); PreparedStatement category = categoryInsert();
                    PreparedStatement partnership = insert("partnership", "id", "partner_organisation_id", "local_organisation_id",
                            "division_id", "started_on");
                    PreparedStatement expert = insert("partnership_expert", "id", "partnership_id", "person_id", "joined_on")) {
                UUID id = Uuid7.next();
                row(partnership, id, organisationId("西北农林科技大学乡村振兴学院固原分院（演示）"), organisationId("固原职业技术学校（演示）"), city,
                        Date.valueOf("2021-05-01"));
                List<UUID> experts = new ArrayList<>();
                for (int i = 0; i < PARTNERSHIP_EXPERTS; i++) {
                    experts.add(person(person, category, null, null, "SENIOR", null, "EXPERT"));
                }
                flush(person, category, partnership);
                for (UUID e : experts) {
                    row(expert, Uuid7.next(), id, e, Date.valueOf("2021-05-01"));
                }
                expert.executeBatch();
            }
        }

        /** People of Guyuan who came back and founded something (引凤还巢), one venture each. */
        private void returnees() throws SQLException {
            String[] kinds = { "PICKING_GARDEN", "BIOTECH", "FARM", "PROCESSING", "TOURISM", "E_COMMERCE", "COOPERATIVE" };
            try (PreparedStatement person = personInsert(); PreparedStatement category = categoryInsert();
                    PreparedStatement venture = insert("venture", "id", "founder_id", "name", "kind", "division_id", "founded_on",
                            "people_employed")) {
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < RETURNEE_FOUNDERS; i++) {
                    Place v = villages.get((i * 11) % VILLAGES);
                    UUID p = person(person, category, null, null, null, v.id, "RETURNEE", "ENTREPRENEUR");
                    rows.add(new Object[] { Uuid7.next(), p, v.code + "返乡创业项目" + (i + 1), kinds[i % kinds.length], v.id,
                            Date.valueOf(day(2021, 2024)), 3 + random.nextInt(40) });
                }
                flush(person, category);
                for (Object[] r : rows) {
                    row(venture, r);
                }
                venture.executeBatch();
            }
        }

        private void platforms() throws SQLException {
            try (PreparedStatement workstation = insert("workstation", "id", "kind", "name", "host_organisation_id", "division_id",
                    "opened_on")) {
                Object[][] kinds = { { "WORKSTATION", "乡村人才工作站", WORKSTATIONS }, { "INCUBATOR", "乡村人才孵化园", INCUBATORS },
                        { "TALENT_HOME", "乡村人才之家", TALENT_HOMES } };
                int n = 0;
                for (Object[] k : kinds) {
                    for (int i = 0; i < (int) k[2]; i++) {
                        Place t = townships.get((n++ * 5) % TOWNSHIPS);
                        row(workstation, Uuid7.next(), k[0], t.code + k[1], t.government, t.id, Date.valueOf(day(2021, 2023)));
                    }
                }
                workstation.executeBatch();
            }
            try (PreparedStatement person = personInsert(); PreparedStatement category = categoryInsert();
                    PreparedStatement assignment = assignmentInsert(); PreparedStatement transition = transitionInsert()) {
                for (int i = 0; i < SPECIAL_AGRI_TECHNICIANS; i++) {
                    Place v = villages.get((i * 13) % VILLAGES);
                    UUID p = person(person, category, null, null, null, v.id, "LOCAL_EXPERT");
                    assign(assignment, transition, p, "SPECIAL_AGRICULTURAL_TECHNICIAN", v.committee, v, null, null,
                            day(2021, 2024), null);
                }
                flush(person, category, assignment, transition);
            }
            projects();
        }

        /** 17 projects around the "5+4" industries whose funding adds up exactly to the report's 7.3 million yuan. */
        private void projects() throws SQLException {
            try (PreparedStatement industry = c.prepareStatement("insert into industry (id, code, name_zh, name_en, sort_order) "
                    + "values (?, ?, ?, ?, ?) on conflict (code) do nothing")) {
                for (int i = 0; i < INDUSTRIES.length; i++) {
                    row(industry, Uuid7.next(), INDUSTRIES[i][0], INDUSTRIES[i][1], INDUSTRIES[i][2], i + 1);
                }
                industry.executeBatch();
            }
            try (PreparedStatement project = insert("talent_project", "id", "title", "industry_id", "lead_organisation_id",
                    "division_id", "funding_amount", "funding_level", "year", "status")) {
                BigDecimal given = BigDecimal.ZERO;
                for (int i = 0; i < TALENT_PROJECTS; i++) {
                    Place t = townships.get((i * 3) % TOWNSHIPS);
                    BigDecimal amount = i == TALENT_PROJECTS - 1 ? TALENT_PROJECT_FUNDING.subtract(given)
                            : new BigDecimal(200_000 + 10_000 * random.nextInt(20)).setScale(2);
                    given = given.add(amount);
                    row(project, Uuid7.next(), INDUSTRIES[i % INDUSTRIES.length][1] + "人才项目" + (i + 1),
                            single("select id from industry where code = ?", INDUSTRIES[i % INDUSTRIES.length][0]), t.government, t.id,
                            amount, i % 3 == 0 ? "REGION" : "CITY", 2021 + i % 4, "FUNDED");
                }
                project.executeBatch();
            }
        }

        // ---- people and assignments ------------------------------------------------------------

        private UUID person(PreparedStatement person, PreparedStatement category, String party, UUID employer, String titleLevel,
                UUID home, String... categories) throws SQLException {
            UUID id = Uuid7.next();
            String region = ID_REGIONS[random.nextInt(ID_REGIONS.length)];
            LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(365 * 35));
            boolean male = random.nextInt(10) < 7;
            String number = idNumber(region, birth, male);
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            row(person, id, name, male ? "MALE" : "FEMALE", random.nextInt(3) == 0 ? "HUI" : "HAN", Date.valueOf(birth),
                    pii.encrypt(number), pii.hash(number), party, titleLevel, employer, home);
            for (String cat : categories) {
                row(category, id, cat);
            }
            people++;
            return id;
        }

        /** A synthetic, valid GB 11643 number no other demo person has. */
        private String idNumber(String region, LocalDate birth, boolean male) {
            while (true) {
                int sequence = (idSequence++ % 500) * 2 + (male ? 1 : 0);
                String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
                int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
                int sum = 0;
                for (int i = 0; i < 17; i++) {
                    sum += (body.charAt(i) - '0') * weights[i];
                }
                String number = body + "10X98765432".charAt(sum % 11);
                if (idNumbers.add(number)) {
                    return number;
                }
            }
        }

        private void assign(PreparedStatement assignment, PreparedStatement transition, UUID person, String role, UUID host,
                Place where, UUID sender, String level, LocalDate start, String party) throws SQLException {
            UUID id = Uuid7.next();
            String hostLevel = where.code.length() == 12 ? "VILLAGE" : "TOWNSHIP";
            row(assignment, id, person, party, role, host, where.id, hostLevel, sender, level,
                    level == null ? null : start.getYear(), Date.valueOf(start), Date.valueOf(start.plusYears(2)), "ACTIVE");
            row(transition, Uuid7.next(), id, null, "PLANNED", Date.valueOf(start));
            row(transition, Uuid7.next(), id, "PLANNED", "ACTIVE", Date.valueOf(start));
            assignments++;
        }

        // ---- JDBC helpers ----------------------------------------------------------------------

        private PreparedStatement insert(String table, String... columns) throws SQLException {
            return c.prepareStatement("insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")");
        }

        private PreparedStatement personInsert() throws SQLException {
            return insert("person", "id", "name", "gender", "ethnic_group", "birth_date", "national_id_cipher", "national_id_hash",
                    "political_status", "title_level", "employer_id", "home_division_id");
        }

        private PreparedStatement categoryInsert() throws SQLException {
            return insert("person_category", "person_id", "category");
        }

        private PreparedStatement organisationInsert() throws SQLException {
            return insert("organisation", "id", "name", "type", "division_id", "hospital_grade");
        }

        private PreparedStatement assignmentInsert() throws SQLException {
            return insert("assignment", "id", "person_id", "person_party", "role", "host_organisation_id", "host_division_id",
                    "host_level", "sending_organisation_id", "sending_level", "batch_year", "start_date", "planned_end_date",
                    "status");
        }

        private PreparedStatement transitionInsert() throws SQLException {
            return c.prepareStatement("insert into assignment_transition (id, assignment_id, from_status, to_status, effective_on, "
                    + "actor, occurred_at) values (?, ?, ?, ?, ?, 'demo-data', now())");
        }

        private UUID organisation(PreparedStatement org, String name, String type, UUID division, String grade) throws SQLException {
            UUID id = Uuid7.next();
            row(org, id, name, type, division, grade);
            organisations++;
            return id;
        }

        private UUID divisionId(String code) throws SQLException {
            return single("select id from division where code = ?", code);
        }

        private UUID organisationId(String name) throws SQLException {
            return single("select id from organisation where name = ?", name);
        }

        private UUID single(String sql, String value) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, value);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return (UUID) r.getObject(1);
                }
            }
        }

        private void row(PreparedStatement statement, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
        }

        private void flush(PreparedStatement... statements) throws SQLException {
            for (PreparedStatement s : statements) {
                s.executeBatch();
            }
        }

        /** A day in the years given, inclusive. */
        private LocalDate day(int fromYear, int toYear) {
            LocalDate from = LocalDate.of(fromYear, 1, 1);
            return from.plusDays(random.nextInt((int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay())));
        }
    }
}
