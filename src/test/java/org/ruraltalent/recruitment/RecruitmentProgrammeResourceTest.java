package org.ruraltalent.recruitment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class RecruitmentProgrammeResourceTest {

    private static String programme(String kind, int quota, String division) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "计划" + System.nanoTime(), "kind", kind, "year", 2023, "quota", quota, "divisionCode", division))
                .post("/api/v1/recruitment-programmes").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> placement(String person, String organisation) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("organisationId", organisation);
        body.put("placedOn", "2023-08-01");
        return body;
    }

    private static Response place(String programme, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/recruitment-programmes/" + programme + "/placements");
    }

    @Test
    void programmeShowsItsQuotaAndWhatRemains() {
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("name", "2023年西部计划", "kind", "WESTERN_VOLUNTEER", "year", 2023, "quota", 155, "divisionCode", TestData.GUYUAN))
                .post("/api/v1/recruitment-programmes");
        created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith("/api/v1/recruitment-programmes/" + created.path("id")))
                .body("quota", equalTo(155)).body("placedCount", equalTo(0)).body("remaining", equalTo(155))
                .body("divisionName", equalTo("固原市"));
        given().queryParam("kind", "WESTERN_VOLUNTEER").queryParam("year", 2023).queryParam("division", TestData.GUYUAN)
                .queryParam("limit", 200).get("/api/v1/recruitment-programmes")
                .then().statusCode(200).body("items.id", hasItem(created.<String>path("id")));
    }

    @Test
    void placementCreatesTheAssignmentInTheSameRequest() {
        String program = programme("THREE_SUPPORTS_ONE_ASSISTANCE", 5, TestData.YUANZHOU);
        String committee = TestData.organisation("VILLAGE_COMMITTEE", TestData.village(TestData.YUANZHOU));
        String person = TestData.person("三支一扶");
        Map<String, Object> body = placement(person, committee);
        body.put("assignment", Map.of("role", "PROGRAMME_VOLUNTEER", "startDate", "2023-08-01", "plannedEndDate", "2025-07-31",
                "status", "ACTIVE"));
        Response placed = place(program, body);
        placed.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith("/api/v1/recruitment-programmes/" + program + "/placements/" + placed.path("id")))
                .body("status", equalTo("PLACED")).body("person.id", equalTo(person)).body("assignmentId", notNullValue());
        given().get("/api/v1/assignments/" + placed.path("assignmentId")).then().statusCode(200)
                .body("person.id", equalTo(person)).body("host.id", equalTo(committee))
                .body("role", equalTo("PROGRAMME_VOLUNTEER")).body("status", equalTo("ACTIVE")).body("batchYear", equalTo(2023));
        given().get("/api/v1/recruitment-programmes/" + program + "/placements/" + placed.path("id"))
                .then().statusCode(200).header("ETag", "\"0\"").body("assignmentId", equalTo(placed.path("assignmentId")));
        given().get("/api/v1/recruitment-programmes/" + program).then().body("placedCount", equalTo(1))
                .header("ETag", "\"1\"");
    }

    @Test
    void aRefusedAssignmentKeepsNoPlacementEither() {
        String program = programme("URGENT_TALENT", 5, TestData.YUANZHOU);
        String enterprise = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        String person = TestData.person("特派员");
        Map<String, Object> body = placement(person, enterprise);
        body.put("assignment", Map.of("role", "ST_COMMISSIONER", "startDate", "2023-08-01"));
        place(program, body).then().statusCode(400).body("errors[0].field", equalTo("assignment.sendingOrganisationId"));
        body.put("assignment", Map.of("startDate", "2023-08-01"));
        place(program, body).then().statusCode(400).body("errors.field", hasItem("assignment.role"));
        body.put("assignment", Map.of("role", "PROGRAMME_VOLUNTEER", "startDate", "2023-08-01", "plannedEndDate", "2023-01-01"));
        place(program, body).then().statusCode(400).body("errors[0].field", equalTo("assignment.plannedEndDate"));
        given().get("/api/v1/recruitment-programmes/" + program + "/placements").then().body("items.size()", equalTo(0));
        given().get("/api/v1/recruitment-programmes/" + program).then().body("placedCount", equalTo(0));
        given().queryParam("person", person).get("/api/v1/assignments").then().body("items.size()", equalTo(0));
    }

    @Test
    void aPersonIsPlacedOncePerProgramme() {
        String program = programme("SELECTED_GRADUATE", 5, TestData.YUANZHOU);
        String committee = TestData.organisation("VILLAGE_COMMITTEE", TestData.village(TestData.YUANZHOU));
        String person = TestData.person("选调生");
        String first = place(program, placement(person, committee)).then().statusCode(201).extract().path("id");
        place(program, placement(person, committee)).then().statusCode(409)
                .body("rule", equalTo("one-placement-per-person-and-programme")).body("conflictingId", equalTo(first));
    }

    @Test
    void withdrawingAPlacementFreesItsPlace() {
        String program = programme("SPECIAL_POST_TEACHER", 1, TestData.YUANZHOU);
        String school = TestData.organisation("SCHOOL", TestData.YUANZHOU);
        String first = place(program, placement(TestData.person("特岗甲"), school)).then().statusCode(201).extract().path("id");
        Map<String, Object> second = placement(TestData.person("特岗乙"), school);
        place(program, second).then().statusCode(422).body("rule", equalTo("programme-quota-not-exceeded"));
        String url = "/api/v1/recruitment-programmes/" + program + "/placements/" + first + "/withdraw";
        given().contentType(ContentType.JSON).body(Map.of("withdrawnOn", "2023-09-01")).post(url).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("withdrawnOn", "2023-07-01")).post(url)
                .then().statusCode(400).body("errors[0].field", equalTo("withdrawnOn"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("withdrawnOn", "2023-09-01", "reason", "辞职"))
                .post(url).then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("辞职"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("withdrawnOn", "2023-09-02")).post(url)
                .then().statusCode(409).body("currentState", equalTo("WITHDRAWN"));
        given().get("/api/v1/recruitment-programmes/" + program).then().body("placedCount", equalTo(0)).body("remaining", equalTo(1));
        place(program, second).then().statusCode(201);
        given().queryParam("status", "WITHDRAWN").get("/api/v1/recruitment-programmes/" + program + "/placements")
                .then().body("items.id", equalTo(List.of(first)));
    }

    @Test
    void theQuotaCannotGoBelowThePlacementsMade() {
        String program = programme("RETURNEE", 3, TestData.YUANZHOU);
        String farm = TestData.organisation("FAMILY_FARM", TestData.YUANZHOU);
        place(program, placement(TestData.person("返乡甲"), farm)).then().statusCode(201);
        place(program, placement(TestData.person("返乡乙"), farm)).then().statusCode(201);
        String etag = given().get("/api/v1/recruitment-programmes/" + program).then().header("ETag", "\"2\"").extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("quota", 1))
                .patch("/api/v1/recruitment-programmes/" + program)
                .then().statusCode(422).body("rule", equalTo("programme-quota-not-exceeded"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("quota", 5))
                .patch("/api/v1/recruitment-programmes/" + program).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("quota", 2, "note", "压缩名额"))
                .patch("/api/v1/recruitment-programmes/" + program)
                .then().statusCode(200).body("quota", equalTo(2)).body("remaining", equalTo(0)).body("note", equalTo("压缩名额"));
    }

    @Test
    void placementsStayInTheProgrammesDivisionAndNameUnknownReferences() {
        String program = programme("URGENT_TALENT", 5, TestData.XIJI);
        String outside = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        String person = TestData.person("引进");
        place(program, placement(person, outside)).then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
        String inside = TestData.organisation("ENTERPRISE", TestData.XIJI);
        String unknown = "01900000-0000-7000-8000-000000000000";
        place(program, placement(unknown, inside)).then().statusCode(400).body("errors[0].field", equalTo("personId"));
        Map<String, Object> body = placement(person, inside);
        body.put("demandId", unknown);
        place(program, body).then().statusCode(400).body("errors[0].field", equalTo("demandId"));
        place(unknown, placement(person, inside)).then().statusCode(404);
        given().get("/api/v1/recruitment-programmes/" + program + "/placements/" + unknown).then().statusCode(404);
    }

    @Test
    void badProgrammeInputIsNamed() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("name", "x", "kind", "PIRATES", "year", 2023, "quota", 5, "divisionCode", TestData.GUYUAN))
                .post("/api/v1/recruitment-programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("WESTERN_VOLUNTEER"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "RETURNEE", "year", 2023, "quota", 0, "divisionCode", TestData.GUYUAN))
                .post("/api/v1/recruitment-programmes").then().statusCode(400).body("errors[0].field", equalTo("quota"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "RETURNEE", "year", "soon", "quota", 1, "divisionCode", TestData.GUYUAN))
                .post("/api/v1/recruitment-programmes").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "长".repeat(201), "kind", "RETURNEE", "year", 2023, "quota", 1, "divisionCode", TestData.GUYUAN))
                .post("/api/v1/recruitment-programmes").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "RETURNEE", "year", 2023, "quota", 1, "divisionCode", "640499"))
                .post("/api/v1/recruitment-programmes").then().statusCode(400).body("errors[0].field", equalTo("divisionCode"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/recruitment-programmes").then().statusCode(400)
                .body("errors.field", hasItems("name", "kind", "year", "quota", "divisionCode"));
        String program = programme("RETURNEE", 1, TestData.GUYUAN);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/recruitment-programmes/" + program + "/placements")
                .then().statusCode(400).body("errors.field", hasItems("personId", "organisationId", "placedOn"));
        given().queryParam("status", "LOST").get("/api/v1/recruitment-programmes/" + program + "/placements")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("kind", "LOST").get("/api/v1/recruitment-programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aCountyTokenCannotSeeAnotherCountysProgrammes() {
        String program = programme("URGENT_TALENT", 5, TestData.YUANZHOU);
        String placed = place(program, placement(TestData.person("原州"), TestData.organisation("ENTERPRISE", TestData.YUANZHOU)))
                .then().statusCode(201).extract().path("id");
        String xiji = Tokens.bearer("xiji-viewer", TestData.XIJI, "viewer");
        given().header("Authorization", xiji).get("/api/v1/recruitment-programmes/" + program).then().statusCode(404);
        given().header("Authorization", xiji).get("/api/v1/recruitment-programmes/" + program + "/placements").then().statusCode(404);
        given().header("Authorization", xiji).get("/api/v1/recruitment-programmes/" + program + "/placements/" + placed)
                .then().statusCode(404);
        given().header("Authorization", xiji).queryParam("limit", 200).get("/api/v1/recruitment-programmes").then().statusCode(200)
                .body("items.divisionCode.findAll { it != '640422' }.size()", equalTo(0));
        String operator = Tokens.bearer("xiji-operator", TestData.XIJI, "operator");
        given().header("Authorization", operator).contentType(ContentType.JSON)
                .body(placement(TestData.person("越权"), TestData.organisation("ENTERPRISE", TestData.XIJI)))
                .post("/api/v1/recruitment-programmes/" + program + "/placements").then().statusCode(404);
    }
}
