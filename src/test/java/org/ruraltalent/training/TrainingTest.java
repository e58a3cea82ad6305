package org.ruraltalent.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.ruraltalent.support.Races;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class TrainingTest {

    static String programme(String type, String division) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "培训" + System.nanoTime(), "type", type, "divisionCode", division, "year", 2023,
                        "targetCategories", List.of("VILLAGE_COMMITTEE_MEMBER")))
                .post("/api/v1/training-programmes").then().statusCode(201).extract().path("id");
    }

    static String session(String programme, String startsOn, String endsOn, Integer capacity, int headCount) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "第1期", "startsOn", startsOn, "endsOn", endsOn, "headCount", headCount));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/training-programmes/" + programme + "/sessions")
                .then().statusCode(201).extract().path("id");
    }

    static Response enrol(String programme, String session, String person) {
        return given().contentType(ContentType.JSON).body(Map.of("personId", person, "enrolledOn", "2023-04-01"))
                .post("/api/v1/training-programmes/" + programme + "/sessions/" + session + "/enrolments");
    }

    private static String path(String programme, String session) {
        return "/api/v1/training-programmes/" + programme + "/sessions/" + session;
    }

    @Test
    void enrolsOncePerPersonAndRecordsResults() {
        String p = programme("ONBOARDING", TestData.XIJI);
        String s = session(p, "2023-04-10", "2023-04-14", 10, 0);
        String person = TestData.person("学员");
        String enrolment = enrol(p, s, person).then().statusCode(201).body("status", equalTo("ENROLLED")).extract().path("id");
        enrol(p, s, person).then().statusCode(409).body("conflictingId", equalTo(enrolment))
                .body("rule", equalTo("one-enrolment-per-person-and-session"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "COMPLETED", "hours", 32.0, "result", "合格", "certificateNumber", "GY-2023-1"))
                .patch(path(p, s) + "/enrolments/" + enrolment).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("certificateNumber", equalTo("GY-2023-1"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("status", "ENROLLED"))
                .patch(path(p, s) + "/enrolments/" + enrolment).then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().get("/api/v1/personnel/" + person + "/trainings").then().statusCode(200)
                .body("[0].programmeId", equalTo(p)).body("[0].enrolment.status", equalTo("COMPLETED"));
    }

    @Test
    void refusesEnrolmentWhenFullClosedOrOver() {
        String p = programme("SKILLS", TestData.XIJI);
        String full = session(p, "2023-04-10", "2023-04-14", 1, 0);
        enrol(p, full, TestData.person("一")).then().statusCode(201);
        enrol(p, full, TestData.person("二")).then().statusCode(422).body("rule", equalTo("session-capacity"));
        String over = session(p, "2023-01-01", "2023-01-02", null, 0);
        enrol(p, over, TestData.person("三")).then().statusCode(422).body("rule", equalTo("enrolment-before-session-ends"));
        String open = session(p, "2023-04-10", "2023-04-14", null, 0);
        given().header("If-Match", "\"0\"").post(path(p, open) + "/close").then().statusCode(200).body("closed", equalTo(true));
        enrol(p, open, TestData.person("四")).then().statusCode(422).body("rule", equalTo("session-open-for-enrolment"));
    }

    @Test
    void withdrawingFreesTheSeat() {
        String p = programme("SKILLS", TestData.XIJI);
        String s = session(p, "2023-04-10", "2023-04-14", 1, 0);
        String e = enrol(p, s, TestData.person("退出")).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "WITHDRAWN"))
                .patch(path(p, s) + "/enrolments/" + e).then().statusCode(200);
        given().get(path(p, s)).then().body("enrolledCount", equalTo(0));
        enrol(p, s, TestData.person("替补")).then().statusCode(201);
        given().get(path(p, s)).then().body("enrolledCount", equalTo(1));
    }

    @RepeatedTest(10)
    void racingEnrolmentsOfOnePersonLeaveOneAndEveryLoserNamesIt() throws Exception {
        String p = programme("SKILLS", TestData.YUANZHOU);
        String s = session(p, "2023-04-10", "2023-04-14", null, 0);
        String person = TestData.person("重复报名");
        List<Response> responses = Races.race(8, () -> enrol(p, s, person));
        Races.assertOneWonAndEveryLoserNamesIt(responses, 201, "one-enrolment-per-person-and-session");
        given().get(path(p, s)).then().body("enrolledCount", equalTo(1));
    }

    @RepeatedTest(10)
    void racingEnrolmentsNeverPassTheCapacity() throws Exception {
        String p = programme("SKILLS", TestData.YUANZHOU);
        String s = session(p, "2023-04-10", "2023-04-14", 3, 0);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(TestData.person("抢" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (String person : people) {
                Callable<Response> call = () -> {
                    start.await();
                    return enrol(p, s, person);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> f : futures) {
                statuses.add(f.get().statusCode());
            }
            assertEquals(3, statuses.stream().filter(c -> c == 201).count(), statuses::toString);
            assertEquals(5, statuses.stream().filter(c -> c == 422).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        given().get(path(p, s)).then().body("enrolledCount", equalTo(3));
        given().queryParam("limit", 200).get(path(p, s) + "/enrolments").then().body("items.size()", equalTo(3));
    }

    @Test
    void bulkAttendanceIsAllOrNothing() {
        String p = programme("ONBOARDING", TestData.XIJI);
        String s = session(p, "2023-04-10", "2023-04-14", null, 0);
        String a = TestData.person("甲");
        String b = TestData.person("乙");
        enrol(p, s, a).then().statusCode(201);
        enrol(p, s, b).then().statusCode(201);
        String stranger = TestData.person("外人");
        String etag = given().get(path(p, s)).header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("records", List.of(Map.of("personId", a, "status", "COMPLETED", "hours", 30),
                        Map.of("personId", stranger, "status", "COMPLETED"))))
                .post(path(p, s) + "/attendance").then().statusCode(400)
                .body("errors.field", equalTo(List.of("records[1].personId")));
        given().queryParam("status", "ENROLLED").get(path(p, s) + "/enrolments").then().body("items.size()", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("records", List.of(Map.of("personId", a, "status", "COMPLETED", "hours", 30),
                        Map.of("personId", b, "status", "ATTENDED"))))
                .post(path(p, s) + "/attendance").then().statusCode(200).body("status", equalTo(List.of("COMPLETED", "ATTENDED")));
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("records", List.of(Map.of("personId", a, "status", "COMPLETED"))))
                .post(path(p, s) + "/attendance").then().statusCode(412);
    }

    @Test
    void degreeUpgradeCarriesTheStudy() {
        String school = TestData.organisation("SCHOOL", TestData.GUYUAN);
        String p = given().contentType(ContentType.JSON)
                .body(Map.of("name", "学历提升" + System.nanoTime(), "type", "DEGREE_UPGRADE", "divisionCode", TestData.GUYUAN,
                        "year", 2022, "providerOrganisationId", school))
                .post("/api/v1/training-programmes").then().statusCode(201).extract().path("id");
        String s = session(p, "2022-09-01", "2025-07-01", null, 0);
        String person = TestData.person("村干部");
        enrol(p, s, person).then().statusCode(400).body("errors[0].field", equalTo("degree"));
        String e = given().contentType(ContentType.JSON)
                .body(Map.of("personId", person, "enrolledOn", "2022-08-01",
                        "degree", Map.of("targetDegree", "JUNIOR_COLLEGE", "expectedGraduation", "2025-07-01")))
                .post(path(p, s) + "/enrolments").then().statusCode(201)
                .body("degree.studyStatus", equalTo("STUDYING")).body("degree.institution.id", equalTo(school))
                .extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("degree", Map.of("targetDegree", "JUNIOR_COLLEGE", "studyStatus", "GRADUATED")))
                .patch(path(p, s) + "/enrolments/" + e).then().statusCode(400).body("errors[0].field", equalTo("degree.actualGraduation"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("degree", Map.of("targetDegree", "JUNIOR_COLLEGE", "studyStatus", "GRADUATED", "actualGraduation", "2025-07-01")))
                .patch(path(p, s) + "/enrolments/" + e).then().statusCode(200).body("degree.studyStatus", equalTo("GRADUATED"));
    }

    /**
     * A hand-built county: two onboarding sessions in 2023 (one with 40 untracked farmers), one
     * in 2022. Person A attends both 2023 sessions, B attends one and withdraws from nothing, C
     * only enrols, D withdraws. Right answers: 2023 = 2 sessions, 3 attendances + 40 head count
     * = 43 person-times, 2 people.
     */
    @Test
    void countsPersonTimesAndPeopleTheDesignWay() {
        String county = TestData.township(TestData.XIJI);
        String p = programme("ONBOARDING", county);
        String s1 = session(p, "2023-03-01", "2023-03-03", null, 40);
        String s2 = session(p, "2023-09-01", "2023-09-03", null, 0);
        String old = session(p, "2022-05-01", "2022-05-03", null, 7);
        String a = TestData.person("A");
        String b = TestData.person("B");
        String c = TestData.person("C");
        String d = TestData.person("D");
        for (String s : List.of(s1, s2, old)) {
            for (String person : List.of(a, b, c, d)) {
                given().contentType(ContentType.JSON).body(Map.of("personId", person, "enrolledOn", "2022-01-01"))
                        .post(path(p, s) + "/enrolments").then().statusCode(201);
            }
        }
        mark(p, s1, Map.of(a, "COMPLETED", b, "ATTENDED", d, "WITHDRAWN"));
        mark(p, s2, Map.of(a, "FAILED", d, "WITHDRAWN"));
        mark(p, old, Map.of(a, "COMPLETED", b, "COMPLETED", c, "COMPLETED"));
        given().queryParam("division", county).queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .get("/api/v1/statistics/training").then().statusCode(200)
                .body("programmes", equalTo(1)).body("sessions", equalTo(2)).body("attendances", equalTo(3))
                .body("headCount", equalTo(40)).body("personTimes", equalTo(43)).body("people", equalTo(2));
        given().queryParam("division", county).get("/api/v1/statistics/training").then()
                .body("sessions", equalTo(3)).body("personTimes", equalTo(3 + 40 + 3 + 7)).body("people", equalTo(3));
    }

    private static void mark(String p, String s, Map<String, String> statuses) {
        List<Map<String, Object>> records = new ArrayList<>();
        statuses.forEach((person, status) -> records.add(Map.of("personId", person, "status", status)));
        String etag = given().get(path(p, s)).header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("records", records))
                .post(path(p, s) + "/attendance").then().statusCode(200);
    }

    @Test
    void aPartnershipProvidesExpertLectures() {
        String partnership = given().contentType(ContentType.JSON)
                .body(Map.of("partnerOrganisationId", TestData.organisation("UNIVERSITY", TestData.GUYUAN), "localOrganisationId",
                        TestData.organisation("SCHOOL", TestData.GUYUAN), "startedOn", "2021-09-01"))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id");
        String lecture = given().contentType(ContentType.JSON)
                .body(Map.of("name", "专家授课", "type", "EXPERT_LECTURE", "divisionCode", TestData.GUYUAN, "year", 2023,
                        "partnershipId", partnership))
                .post("/api/v1/training-programmes").then().statusCode(201).body("partnershipId", equalTo(partnership))
                .extract().path("id");
        given().queryParam("partnership", partnership).get("/api/v1/training-programmes").then().statusCode(200)
                .body("items.id", equalTo(List.of(lecture)));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "技能", "type", "SKILLS", "divisionCode", TestData.GUYUAN, "year", 2023, "partnershipId", partnership))
                .post("/api/v1/training-programmes").then().statusCode(400).body("errors[0].field", equalTo("partnershipId"));
    }

    @Test
    void sessionsBelongToTheirProgrammeAndBadInputIsNamed() {
        String p = programme("EXPERT_LECTURE", TestData.XIJI);
        String other = programme("EXPERT_LECTURE", TestData.XIJI);
        String s = session(p, "2023-04-10", "2023-04-14", null, 0);
        // The 404 names what is missing: the session under another programme, the programme when it is unknown.
        given().get(path(other, s)).then().statusCode(404).body("detail", containsString(s));
        String unknown = "01900000-0000-7000-8000-00000000abcd";
        given().get(path(unknown, s)).then().statusCode(404).body("detail", containsString(unknown));
        given().get(path(p, unknown)).then().statusCode(404).body("detail", containsString(unknown));
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "startsOn", "2023-04-10", "endsOn", "2023-04-01"))
                .post("/api/v1/training-programmes/" + p + "/sessions").then().statusCode(400).body("errors[0].field", equalTo("endsOn"));
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "startsOn", "2023-04-10", "endsOn", "2023-04-11", "capacity", 0))
                .post("/api/v1/training-programmes/" + p + "/sessions").then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        given().queryParam("type", "PARTY").get("/api/v1/training-programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().queryParam("from", "2023-13-01").get("/api/v1/statistics/training").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("category", "VILLAGE_COMMITTEE_MEMBER").queryParam("division", TestData.XIJI).queryParam("limit", 200)
                .get("/api/v1/training-programmes").then().statusCode(200).body("items.id", hasItem(p));
    }
}
