package org.ruraltalent.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A hand-built township whose right answers are spelled out here, counted through
 * /api/v1/statistics/overview: people once, year boundaries, sending level, and scope.
 */
@QuarkusTest
class StatisticsOverviewTest {

    private String township;
    private String v1;
    private String v2;

    private static String post(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String person(String name, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "nationalId", TestData.nationalId()));
        body.putAll(extra);
        return post("/api/v1/personnel", body);
    }

    private static void assign(String person, String role, String host, String sender, String level, String start, String end) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", person, "role", role, "hostOrganisationId", host,
                "startDate", start, "status", "ACTIVE"));
        if (sender != null) {
            body.put("sendingOrganisationId", sender);
            body.put("sendingLevel", level);
        }
        String id = post("/api/v1/assignments", body);
        if (end != null) {
            given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("endDate", end))
                    .post("/api/v1/assignments/" + id + "/complete").then().statusCode(200);
        }
    }

    @BeforeEach
    void county() {
        township = TestData.township(TestData.XIJI);
        v1 = TestData.villageIn(township);
        v2 = TestData.villageIn(township);
        String branch1 = TestData.organisation("VILLAGE_PARTY_BRANCH", v1);
        String committee1 = TestData.organisation("VILLAGE_COMMITTEE", v1);
        String committee2 = TestData.organisation("VILLAGE_COMMITTEE", v2);
        String clinic = TestData.organisation("HEALTH_CENTRE", township);
        String school = TestData.organisation("SCHOOL", township);
        String agency = TestData.organisation("GOVERNMENT_AGENCY", TestData.GUYUAN);
        String hospital = post("/api/v1/organisations", Map.of("name", "二甲医院" + System.nanoTime(), "type", "HOSPITAL",
                "divisionCode", TestData.GUYUAN, "hospitalGrade", "GRADE_2A"));
        String lesserHospital = post("/api/v1/organisations", Map.of("name", "二乙医院" + System.nanoTime(), "type", "HOSPITAL",
                "divisionCode", TestData.GUYUAN, "hospitalGrade", "GRADE_2B"));
        Map<String, Object> party = Map.of("politicalStatus", "CPC_MEMBER", "employerId", agency);

        // Dispatch, 2021-2023: A first secretary (city), B work-team member (county, twice: counted once),
        // C first secretary before the period, D and E commissioners (city, county), F a qualifying
        // doctor, G a junior doctor, I a doctor from a hospital below grade 2A, H a teacher.
        String a = person("A", party);
        assign(a, "FIRST_SECRETARY", branch1, agency, "CITY", "2021-07-01", null);
        String b = person("B", party);
        assign(b, "WORK_TEAM_MEMBER", committee2, agency, "COUNTY", "2021-03-01", "2021-12-31");
        assign(b, "WORK_TEAM_MEMBER", committee2, agency, "COUNTY", "2022-03-01", "2023-03-01");
        String c = person("C", party);
        assign(c, "FIRST_SECRETARY", TestData.organisation("VILLAGE_PARTY_BRANCH", v2), agency, "CITY", "2020-01-01", "2020-12-31");
        assign(person("D", Map.of()), "ST_COMMISSIONER", committee1, agency, "CITY", "2021-05-01", null);
        assign(person("E", Map.of()), "ST_COMMISSIONER", committee2, agency, "COUNTY", "2023-12-31", null);
        assign(person("F", Map.of("titleLevel", "INTERMEDIATE")), "VISITING_DOCTOR", clinic, hospital, "CITY", "2022-01-01", null);
        assign(person("G", Map.of("titleLevel", "JUNIOR")), "VISITING_DOCTOR", clinic, hospital, "CITY", "2022-01-01", null);
        assign(person("I", Map.of("titleLevel", "SENIOR")), "VISITING_DOCTOR", clinic, lesserHospital, "CITY", "2022-01-01", null);
        assign(person("H", Map.of()), "VISITING_TEACHER", school, agency, "COUNTY", "2024-01-01", null);

        // Leadership: v1 complete (one person holds both posts), v2 has no director.
        String leader = person("书记", Map.of());
        assign(leader, "VILLAGE_PARTY_SECRETARY", committee1, null, null, "2019-01-01", null);
        assign(leader, "VILLAGE_COMMITTEE_DIRECTOR", committee1, null, null, "2019-01-01", null);
        assign(person("书记2", Map.of()), "VILLAGE_PARTY_SECRETARY", committee2, null, null, "2019-01-01", null);
        person("后备1", Map.of("categories", List.of("RESERVE_CADRE"), "employerId", committee1));
        person("后备2", Map.of("categories", List.of("RESERVE_CADRE"), "homeDivisionCode", v2));
        // Lives in v1 but works for the city: counted where the employer is, so not in the township.
        person("后备3", Map.of("categories", List.of("RESERVE_CADRE"), "homeDivisionCode", v1, "employerId", agency));

        // Teams: a family-doctor team of two, a tech group of three serving two organisations.
        String doctors = post("/api/v1/teams", Map.of("name", "家医团队", "type", "FAMILY_DOCTOR_TEAM", "divisionCode", township));
        String group = post("/api/v1/teams", Map.of("name", "技术组", "type", "INDUSTRY_TECH_GROUP", "divisionCode", township,
                "servedOrganisationIds", List.of(TestData.organisation("FAMILY_FARM", v1), TestData.organisation("ENTERPRISE", v2))));
        member(doctors, person("医1", Map.of()), 0);
        member(doctors, person("医2", Map.of()), 1);
        for (int i = 0; i < 3; i++) {
            member(group, person("技" + i, Map.of()), i);
        }

        // Training in 2022: an onboarding session with two attendances and 10 untracked attendees; a special
        // class that t1 attended and t2 enrolled in without attending; a skills session of 5 untracked attendees.
        String t1 = person("学1", Map.of());
        String t2 = person("学2", Map.of());
        String onboarding = session("ONBOARDING", 10);
        for (String t : List.of(t1, t2)) {
            post(onboarding + "/enrolments", Map.of("personId", t, "enrolledOn", "2022-04-01"));
        }
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("records", List.of(Map.of("personId", t1, "status", "COMPLETED"), Map.of("personId", t2, "status", "ATTENDED"))))
                .post(onboarding + "/attendance").then().statusCode(200);
        String special = session("SPECIAL_CLASS", 0);
        for (String t : List.of(t1, t2)) {
            post(special + "/enrolments", Map.of("personId", t, "enrolledOn", "2022-04-01"));
        }
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("records", List.of(Map.of("personId", t1, "status", "ATTENDED"))))
                .post(special + "/attendance").then().statusCode(200);
        session("SKILLS", 5);
    }

    /** A programme of the type in the township with one session in May 2022; answers the session's path. */
    private String session(String type, int headCount) {
        String programme = post("/api/v1/training-programmes", Map.of("name", type + "培训", "type", type,
                "divisionCode", township, "year", 2022));
        String session = post("/api/v1/training-programmes/" + programme + "/sessions",
                Map.of("title", "第1期", "startsOn", "2022-05-01", "endsOn", "2022-05-03", "headCount", headCount));
        return "/api/v1/training-programmes/" + programme + "/sessions/" + session;
    }

    private static void member(String team, String person, int version) {
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("personId", person, "joinedOn", "2021-01-01")).post("/api/v1/teams/" + team + "/members")
                .then().statusCode(201);
    }

    private ValidatableResponse overview(Map<String, Object> params) {
        return given().queryParams(params).get("/api/v1/statistics/overview").then().statusCode(200);
    }

    private static String figure(String key) {
        return "figures.find { it.key == '" + key + "' }.value";
    }

    @Test
    void countsEveryFigureOfTheTownship() {
        overview(Map.of("division", township, "from", "2021-01-01", "to", "2023-12-31"))
                .body("asOf", notNullValue())
                .body(figure("dispatch.village-cadres"), equalTo(2))
                .body(figure("dispatch.first-secretaries"), equalTo(1))
                .body(figure("dispatch.st-commissioners"), equalTo(2))
                .body(figure("dispatch.st-commissioners-city"), equalTo(1))
                .body(figure("dispatch.teachers"), equalTo(0))
                .body(figure("dispatch.doctors"), equalTo(1))
                .body(figure("dispatch.family-doctor-teams"), equalTo(1))
                .body(figure("dispatch.family-doctor-members"), equalTo(2))
                .body(figure("dispatch.tech-groups"), equalTo(1))
                .body(figure("dispatch.tech-group-technicians"), equalTo(3))
                .body(figure("dispatch.tech-group-served"), equalTo(2))
                .body(figure("cultivation.complete-villages"), equalTo(1))
                .body(figure("cultivation.complete-townships"), equalTo(0))
                .body(figure("cultivation.reserve-cadres"), equalTo(2))
                .body(figure("cultivation.onboarding-sessions"), equalTo(1))
                .body(figure("cultivation.onboarding-person-times"), equalTo(12))
                .body(figure("cultivation.special-classes"), equalTo(1))
                .body(figure("cultivation.special-class-trainees"), equalTo(1))
                .body(figure("cultivation.skills-person-times"), equalTo(5))
                .body("figures.find { it.key == 'dispatch.first-secretaries' }.zh", equalTo("其中第一书记"));
    }

    @Test
    void yearBoundariesAndSendingLevelNarrowTheCounts() {
        overview(Map.of("division", township, "from", "2020-01-01", "to", "2020-12-31"))
                .body(figure("dispatch.first-secretaries"), equalTo(1))
                .body(figure("dispatch.village-cadres"), equalTo(1))
                .body(figure("cultivation.onboarding-person-times"), equalTo(0));
        overview(Map.of("division", township, "from", "2023-12-31", "to", "2024-12-31"))
                .body(figure("dispatch.st-commissioners"), equalTo(1))
                .body(figure("dispatch.teachers"), equalTo(1));
        overview(Map.of("division", township, "from", "2021-01-01", "to", "2023-12-31", "sendingLevel", "COUNTY"))
                .body(figure("dispatch.village-cadres"), equalTo(1))
                .body(figure("dispatch.first-secretaries"), equalTo(0))
                .body(figure("dispatch.st-commissioners"), equalTo(1));
    }

    @Test
    void countsOnlyWithinTheCallersScope() {
        given().header("Authorization", Tokens.bearer("yuanzhou", TestData.YUANZHOU, "viewer"))
                .queryParam("division", township).get("/api/v1/statistics/overview").then().statusCode(200)
                .body(figure("dispatch.village-cadres"), equalTo(0))
                .body(figure("cultivation.reserve-cadres"), equalTo(0));
        given().header("Authorization", Tokens.bearer("xiji", TestData.XIJI, "viewer"))
                .queryParam("division", township).get("/api/v1/statistics/overview").then().statusCode(200)
                .body(figure("cultivation.reserve-cadres"), equalTo(2));
    }

    @Test
    void answersCsvAndXlsxWithChineseHeaders() {
        given().accept("text/csv").queryParam("division", township).get("/api/v1/statistics/overview").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(containsString("指标")).body(containsString("dispatch.first-secretaries,选派,其中第一书记"));
        byte[] xlsx = given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("division", township).get("/api/v1/statistics/overview").then().statusCode(200)
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals('P', (char) xlsx[0]);
        org.junit.jupiter.api.Assertions.assertEquals('K', (char) xlsx[1]);
    }

    @Test
    void breaksDispatchDownByRoleYearAndTownship() {
        given().queryParam("division", township).queryParam("from", "2021-01-01").queryParam("to", "2023-12-31")
                .queryParam("groupBy", "role").get("/api/v1/statistics/dispatch").then().statusCode(200)
                .body("measures", equalTo(List.of("people", "assignments")))
                .body("rows.find { it.key == 'WORK_TEAM_MEMBER' }.values.people", equalTo(1))
                .body("rows.find { it.key == 'WORK_TEAM_MEMBER' }.values.assignments", equalTo(2))
                .body("rows.find { it.key == 'FIRST_SECRETARY' }.label", equalTo("驻村第一书记"));
        given().queryParam("division", township).queryParam("groupBy", "year").queryParam("sendingLevel", "COUNTY")
                .get("/api/v1/statistics/dispatch").then().statusCode(200)
                .body("rows.key", equalTo(List.of("2021", "2022", "2023", "2024")))
                .body("rows.find { it.key == '2021' }.values.assignments", equalTo(1));
        given().queryParam("division", TestData.XIJI).queryParam("groupBy", "township").queryParam("from", "2021-01-01")
                .queryParam("to", "2023-12-31").get("/api/v1/statistics/dispatch").then().statusCode(200)
                .body("rows.find { it.key == '" + township + "' }.values.people", equalTo(7));
        given().queryParam("division", township).queryParam("groupBy", "type").get("/api/v1/statistics/training/breakdown")
                .then().statusCode(200)
                .body("rows.find { it.key == 'ONBOARDING' }.values.personTimes", equalTo(12))
                .body("rows.find { it.key == 'ONBOARDING' }.values.people", equalTo(2))
                .body("rows.find { it.key == 'ONBOARDING' }.values.headCount", equalTo(10));
        given().accept("text/csv").queryParam("division", township).queryParam("groupBy", "month")
                .get("/api/v1/statistics/training/breakdown").then().statusCode(200)
                .body(containsString("人次 Person-times")).body(containsString("2022-05,2022-05,3,3,15,18,2"));
        given().queryParam("groupBy", "galaxy").get("/api/v1/statistics/dispatch").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }

    @Test
    void breaksTrainingDownByTownshipWithTheCountysOwnSessionsLast() {
        String programme = post("/api/v1/training-programmes", Map.of("name", "县级培训", "type", "SKILLS",
                "divisionCode", TestData.XIJI, "year", 2022));
        post("/api/v1/training-programmes/" + programme + "/sessions",
                Map.of("title", "第1期", "startsOn", "2022-06-01", "endsOn", "2022-06-02", "headCount", 4));
        given().queryParam("division", TestData.XIJI).queryParam("groupBy", "township")
                .get("/api/v1/statistics/training/breakdown").then().statusCode(200)
                .body("rows.find { it.key == '" + township + "' }.values", equalTo(Map.of("sessions", 3, "attendances", 3,
                        "headCount", 15, "personTimes", 18, "people", 2)))
                .body("rows[-1].key", equalTo(""))
                .body("rows[-1].values.headCount", greaterThanOrEqualTo(4));
    }

    @Test
    void badCriteriaAreProblems() {
        given().accept("text/csv").queryParam("from", "2021-02-30").get("/api/v1/statistics/overview").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("\"from\""));
        given().queryParam("from", "2022-01-01").queryParam("to", "2021-01-01").get("/api/v1/statistics/overview")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("sendingLevel", "TOWN").get("/api/v1/statistics/overview").then().statusCode(400)
                .body("errors[0].field", equalTo("sendingLevel"));
    }
}
