package org.ruraltalent.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruraltalent.support.FeedReader;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Every transition of an assignment, legal and illegal, and each rule's problem body. */
@QuarkusTest
class AssignmentLifecycleTest {

    private String village;
    private String branch;
    private String sender;

    @BeforeEach
    void village() {
        village = TestData.village(TestData.XIJI);
        branch = TestData.organisation("VILLAGE_PARTY_BRANCH", village);
        sender = TestData.organisation("GOVERNMENT_AGENCY", TestData.GUYUAN);
    }

    private Map<String, Object> firstSecretary(String personId) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("role", "FIRST_SECRETARY");
        body.put("hostOrganisationId", branch);
        body.put("sendingOrganisationId", sender);
        body.put("sendingLevel", "CITY");
        body.put("batchYear", 2021);
        body.put("startDate", "2021-07-01");
        body.put("plannedEndDate", "2023-06-30");
        return body;
    }

    private Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/assignments");
    }

    private String planned() {
        return create(firstSecretary(TestData.partyMember("书记", sender))).then().statusCode(201).extract().path("id");
    }

    private Response act(String id, String action, String etag, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).header("If-Match", etag);
        return (body == null ? request : request.body(body)).post("/api/v1/assignments/" + id + "/" + action);
    }

    /** A new party member's first secretary post, ACTIVE from its creation. */
    private Map<String, Object> activeFirstSecretaryPost() {
        Map<String, Object> post = firstSecretary(TestData.partyMember("驻村", sender));
        post.put("status", "ACTIVE");
        return post;
    }

    /** A PLANNED work team post for the same person, in another village. */
    private static Map<String, Object> teamPostElsewhere(Map<String, Object> post, String role) {
        Map<String, Object> team = new HashMap<>(post);
        team.remove("status");
        team.put("role", role);
        team.put("hostOrganisationId", TestData.organisation("VILLAGE_COMMITTEE", TestData.village(TestData.XIJI)));
        return team;
    }

    @Test
    void walksPlannedActiveCompletedAndRecordsEachStep() {
        String id = planned();
        act(id, "activate", "\"0\"", Map.of()).then().statusCode(200).body("status", equalTo("ACTIVE")).header("ETag", "\"1\"");
        act(id, "extend", "\"1\"", Map.of("plannedEndDate", "2024-06-30")).then().statusCode(200)
                .body("plannedEndDate", equalTo("2024-06-30"));
        act(id, "complete", "\"2\"", Map.of("endDate", "2024-06-30")).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("actualEndDate", equalTo("2024-06-30"));
        given().get("/api/v1/assignments/" + id + "/history").then().statusCode(200)
                .body("to", equalTo(List.of("PLANNED", "ACTIVE", "ACTIVE", "COMPLETED")))
                .body("from[1]", equalTo("PLANNED"))
                .body("actor[3]", equalTo("test-admin"));
    }

    @Test
    void recallNeedsAReasonAndRecordsIt() {
        String id = planned();
        act(id, "activate", "\"0\"", null).then().statusCode(200);
        act(id, "recall", "\"1\"", Map.of("endDate", "2022-03-15")).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        act(id, "recall", "\"1\"", Map.of("endDate", "2022-03-15", "reason", "工作需要")).then().statusCode(200)
                .body("status", equalTo("RECALLED")).body("endReason", equalTo("工作需要"));
    }

    @Test
    void cancelsOnlyWhilePlanned() {
        String id = planned();
        act(id, "cancel", "\"0\"", Map.of("reason", "人选调整")).then().statusCode(200).body("status", equalTo("CANCELLED"));
        act(id, "activate", "\"1\"", null).then().statusCode(409)
                .body("type", equalTo("urn:rural-talent:problem:invalid-state"))
                .body("currentState", equalTo("CANCELLED"));
    }

    @ParameterizedTest(name = "{0} from PLANNED is refused")
    @CsvSource({ "complete", "recall" })
    void refusesEndingWhatNeverStarted(String action) {
        String id = planned();
        Map<String, Object> body = action.equals("recall") ? Map.of("endDate", "2022-01-01", "reason", "x")
                : Map.of("endDate", "2022-01-01");
        act(id, action, "\"0\"", body).then().statusCode(409)
                .body("currentState", equalTo("PLANNED"));
    }

    @Test
    void refusesActivatingTwiceAndCancellingWhatIsActive() {
        String id = planned();
        act(id, "activate", "\"0\"", null).then().statusCode(200);
        act(id, "activate", "\"1\"", null).then().statusCode(409).body("currentState", equalTo("ACTIVE"));
        act(id, "cancel", "\"1\"", null).then().statusCode(409).body("currentState", equalTo("ACTIVE"));
    }

    @Test
    void lifecycleActionsNeedIfMatch() {
        String id = planned();
        given().post("/api/v1/assignments/" + id + "/activate").then().statusCode(428);
        act(id, "activate", "\"5\"", null).then().statusCode(412);
    }

    @Test
    void refusesEndBeforeStartAndShorterExtension() {
        Map<String, Object> body = firstSecretary(TestData.partyMember("日期", sender));
        body.put("plannedEndDate", "2020-01-01");
        create(body).then().statusCode(400).body("errors[0].field", equalTo("plannedEndDate"));
        String id = planned();
        act(id, "extend", "\"0\"", Map.of("plannedEndDate", "2022-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("plannedEndDate"));
        act(id, "activate", "\"0\"", null).then().statusCode(200);
        act(id, "complete", "\"1\"", Map.of("endDate", "2020-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
    }

    @Test
    void secondActiveFirstSecretaryOfAVillageIsAConflictNamingTheHolder() {
        String first = planned();
        act(first, "activate", "\"0\"", null).then().statusCode(200);
        String second = planned();
        act(second, "activate", "\"0\"", null).then().statusCode(409)
                .body("rule", equalTo("one-active-first-secretary-per-village"))
                .body("conflictingId", equalTo(first));
    }

    @Test
    void secondActiveResidencyOfAPersonIsAConflictNamingIt() {
        Map<String, Object> post = activeFirstSecretaryPost();
        String first = create(post).then().statusCode(201).extract().path("id");
        Map<String, Object> team = teamPostElsewhere(post, "WORK_TEAM_MEMBER");
        team.put("status", "ACTIVE");
        create(team).then().statusCode(409)
                .body("rule", equalTo("one-active-village-residency-per-person"))
                .body("conflictingId", equalTo(first));
    }

    @Test
    void activatingASecondResidencyIsAConflictNamingItAndChangesNothing() {
        Map<String, Object> post = activeFirstSecretaryPost();
        String first = create(post).then().statusCode(201).extract().path("id");
        String second = create(teamPostElsewhere(post, "WORK_TEAM_LEADER")).then().statusCode(201)
                .body("status", equalTo("PLANNED")).extract().path("id");

        act(second, "activate", "\"0\"", null).then().statusCode(409)
                .body("rule", equalTo("one-active-village-residency-per-person"))
                .body("conflictingId", equalTo(first));

        given().get("/api/v1/assignments/" + second).then().statusCode(200)
                .body("status", equalTo("PLANNED")).header("ETag", "\"0\"");
        given().get("/api/v1/assignments/" + second + "/history").then().statusCode(200)
                .body("to", equalTo(List.of("PLANNED")));
    }

    @Test
    void firstSecretaryMustBeACpcMemberHostedByAVillage() {
        String masses = given().contentType(ContentType.JSON)
                .body(Map.of("name", "群众", "nationalId", TestData.nationalId(), "politicalStatus", "MASSES", "employerId", sender))
                .post("/api/v1/personnel").then().statusCode(201).extract().path("id");
        create(firstSecretary(masses)).then().statusCode(422)
                .body("type", equalTo("urn:rural-talent:problem:rule-violation"))
                .body("rule", equalTo("first-secretary-is-cpc-member"));
        Map<String, Object> township = firstSecretary(TestData.partyMember("乡镇", sender));
        township.put("hostOrganisationId", TestData.organisation("TOWNSHIP_GOVERNMENT", TestData.township(TestData.XIJI)));
        create(township).then().statusCode(422).body("rule", equalTo("first-secretary-hosted-by-village"));
    }

    @Test
    void activeFirstSecretaryCannotLeaveTheParty() {
        String person = TestData.partyMember("党员", sender);
        Map<String, Object> body = firstSecretary(person);
        body.put("status", "ACTIVE");
        create(body).then().statusCode(201);
        String etag = given().get("/api/v1/personnel/" + person).header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("politicalStatus", "MASSES"))
                .patch("/api/v1/personnel/" + person)
                .then().statusCode(422).body("rule", equalTo("first-secretary-is-cpc-member"));
    }

    @Test
    void dispatchedRolesNameTheirSenderAndLocalPostsDoNot() {
        Map<String, Object> body = firstSecretary(TestData.partyMember("派出", sender));
        body.remove("sendingLevel");
        create(body).then().statusCode(400).body("errors[0].field", equalTo("sendingLevel"));
        Map<String, Object> local = firstSecretary(TestData.partyMember("本地", sender));
        local.put("role", "VILLAGE_PARTY_SECRETARY");
        create(local).then().statusCode(400).body("errors[0].field", equalTo("sendingOrganisationId"));
        local.remove("sendingOrganisationId");
        local.remove("sendingLevel");
        create(local).then().statusCode(201).body("sender", equalTo(null));
    }

    /** The village's ACTIVE first secretary, and a PLANNED successor from 2023-07-01 (version 0). */
    private List<String> activeAndSuccessor() {
        String outgoing = planned();
        act(outgoing, "activate", "\"0\"", null).then().statusCode(200);
        Map<String, Object> successor = firstSecretary(TestData.partyMember("接任", sender));
        successor.put("startDate", "2023-07-01");
        successor.put("plannedEndDate", "2025-06-30");
        return List.of(outgoing, create(successor).then().statusCode(201).extract().<String>path("id"));
    }

    @Test
    void rotationReplacesTheFirstSecretaryAtomically() {
        List<String> pair = activeAndSuccessor();
        String outgoing = pair.get(0);
        String incoming = pair.get(1);
        act(incoming, "rotate-in", "\"0\"", Map.of("replacing", outgoing, "on", "2023-07-01")).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("startDate", equalTo("2023-07-01"));
        given().get("/api/v1/assignments/" + outgoing).then()
                .body("status", equalTo("COMPLETED")).body("actualEndDate", equalTo("2023-07-01"));
    }

    /** A rotation changes two assignments in one transaction: the trail and the feed hold both, under one request. */
    @Test
    void aRotationIsAuditedAndAnnouncedForBothAssignments() {
        List<String> pair = activeAndSuccessor();
        String outgoing = pair.get(0);
        String incoming = pair.get(1);
        String cursor = FeedReader.drain(null, null, new ArrayList<>());
        String request = "req-rotate-" + System.nanoTime();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").header("X-Request-Id", request)
                .body(Map.of("replacing", outgoing, "on", "2023-07-01"))
                .post("/api/v1/assignments/" + incoming + "/rotate-in").then().statusCode(200);

        List<Map<String, Object>> audited = given().queryParam("requestId", request).get("/api/v1/audit-events")
                .then().statusCode(200).extract().path("items");
        List<String> trail = audited.stream().filter(e -> "assignment".equals(e.get("resourceType")))
                .map(e -> e.get("resourceId") + " " + e.get("action")).sorted().toList();
        assertEquals(Stream.of(outgoing + " UPDATE", incoming + " UPDATE").sorted().toList(), trail);
        List<Map<String, Object>> announced = new ArrayList<>();
        FeedReader.drain(cursor, null, announced);
        List<String> feed = announced.stream().filter(e -> "assignment".equals(e.get("resourceType")))
                .map(e -> e.get("resourceId") + "@" + e.get("version")).sorted().toList();
        assertEquals(Stream.of(outgoing + "@2", incoming + "@1").sorted().toList(), feed);
    }

    @Test
    void failedRotationChangesNothing() {
        String outgoing = planned();
        act(outgoing, "activate", "\"0\"", null).then().statusCode(200);
        Map<String, Object> elsewhere = firstSecretary(TestData.partyMember("别村", sender));
        elsewhere.put("hostOrganisationId", TestData.organisation("VILLAGE_PARTY_BRANCH", TestData.village(TestData.XIJI)));
        String otherVillageSecretary = create(elsewhere).then().statusCode(201).extract().path("id");
        act(otherVillageSecretary, "rotate-in", "\"0\"", Map.of("replacing", outgoing, "on", "2023-07-01")).then().statusCode(422);
        given().get("/api/v1/assignments/" + outgoing).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void exportsPageByPageAndRefusesMoreRowsThanTheLimit() {
        // In tests an export reads 2 rows a page and takes at most 5 (application.properties).
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(planned());
        }
        String csv = given().accept("text/csv").queryParam("host", branch).get("/api/v1/assignments/export")
                .then().statusCode(200).header("Content-Disposition", startsWith("attachment")).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(4, lines.size(), csv);
        assertEquals(ids.stream().sorted().toList(), lines.subList(1, 4).stream().map(line -> line.substring(0, 36)).toList());
        assertTrue(lines.subList(1, 4).stream().allMatch(line -> line.contains("书记")), csv);
        for (int i = 0; i < 3; i++) {
            planned();
        }
        given().accept("text/csv").queryParam("host", branch).get("/api/v1/assignments/export")
                .then().statusCode(422).body("detail", containsString("5"));
    }

    @Test
    void listsByFiltersAndFromThePerson() {
        String person = TestData.partyMember("过滤", sender);
        Map<String, Object> body = firstSecretary(person);
        body.put("status", "ACTIVE");
        String id = create(body).then().statusCode(201).extract().path("id");
        given().queryParam("division", TestData.XIJI).queryParam("role", "FIRST_SECRETARY").queryParam("sendingLevel", "CITY")
                .queryParam("status", "ACTIVE").queryParam("batchYear", 2021).queryParam("activeOn", "2022-01-01")
                .queryParam("person", person)
                .get("/api/v1/assignments").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().queryParam("activeOn", "2021-06-30").queryParam("person", person).get("/api/v1/assignments")
                .then().body("items", equalTo(List.of()));
        given().queryParam("division", TestData.YUANZHOU).queryParam("person", person).get("/api/v1/assignments")
                .then().body("items.id", not(hasItem(id)));
        given().get("/api/v1/personnel/" + person + "/assignments").then().statusCode(200).body("items[0].id", equalTo(id))
                .body("items[0].hostDivisionCode", equalTo(village)).body("items[0].sender.id", notNullValue());
    }

    @ParameterizedTest
    @CsvSource({ "role,CAPTAIN", "status,DONE", "activeOn,yesterday", "batchYear,1800", "person,x", "division,123" })
    void badListParametersAreNamed(String param, String value) {
        given().queryParam(param, value).get("/api/v1/assignments").then().statusCode(400).body("errors[0].field", equalTo(param));
    }
}
