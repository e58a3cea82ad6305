package org.ruraltalent.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What each role may do to each kind of resource, and how a division scope hides everything outside it. */
@QuarkusTest
class RolesAndScopeTest {

    private static final String XIJI_OPERATOR = Tokens.bearer("xiji-operator", TestData.XIJI, "operator");
    private static final String YUANZHOU_OPERATOR = Tokens.bearer("yuanzhou-operator", TestData.YUANZHOU, "operator");

    private static String token(String role) {
        return role.equals("admin") || role.equals("auditor") ? Tokens.bearer("t-" + role, null, role)
                : Tokens.bearer("t-" + role, TestData.GUYUAN, role);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "admin, GET, /api/v1/personnel, 200", "operator, GET, /api/v1/personnel, 200", "viewer, GET, /api/v1/personnel, 200",
            "auditor, GET, /api/v1/personnel, 200", "integration, GET, /api/v1/personnel, 200",
            "pii-reader, GET, /api/v1/personnel, 403",
            "viewer, GET, /api/v1/organisations, 200", "viewer, GET, /api/v1/divisions, 200", "viewer, GET, /api/v1/code-tables, 200",
            "admin, GET, /api/v1/audit-events, 200", "auditor, GET, /api/v1/audit-events, 200",
            "operator, GET, /api/v1/audit-events, 403", "viewer, GET, /api/v1/audit-events, 403",
            "integration, GET, /api/v1/audit-events, 403",
            "viewer, POST, /api/v1/organisations, 403", "auditor, POST, /api/v1/organisations, 403",
            "operator, POST, /api/v1/organisations, 201", "integration, POST, /api/v1/organisations, 201",
            "admin, POST, /api/v1/organisations, 201",
            "viewer, POST, /api/v1/personnel, 403", "operator, POST, /api/v1/personnel, 201",
            "viewer, POST, /api/v1/divisions, 403", "operator, POST, /api/v1/divisions, 201" })
    void rolesDecideWhatACallerMayDo(String role, String method, String path, int status) {
        var request = given().header("Authorization", token(role)).contentType(ContentType.JSON);
        if (method.equals("GET")) {
            request.get(path).then().statusCode(status);
            return;
        }
        String organisation = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        Map<String, Object> body = switch (path) {
            case "/api/v1/organisations" -> Map.of("name", "角色测试", "type", "ENTERPRISE", "divisionCode", TestData.YUANZHOU);
            case "/api/v1/personnel" -> Map.of("name", "角色测试", "nationalId", TestData.nationalId(), "employerId", organisation);
            default -> Map.of("code", "640402" + String.format("%03d", (int) (Math.random() * 1000)), "name", "角色镇",
                    "level", "TOWNSHIP", "parentCode", TestData.YUANZHOU);
        };
        int actual = request.body(body).post(path).then().extract().statusCode();
        if (status == 201 && actual == 409) {
            return; // a random township code already taken: the role was allowed
        }
        org.junit.jupiter.api.Assertions.assertEquals(status, actual);
    }

    @Test
    void operatorWithoutDivisionClaimSeesNothing() {
        given().header("Authorization", Tokens.bearer("nowhere", null, "operator")).get("/api/v1/personnel")
                .then().statusCode(403).body("type", equalTo("urn:rural-talent:problem:forbidden"));
        given().header("Authorization", Tokens.bearer("nowhere", "999999", "viewer")).get("/api/v1/personnel")
                .then().statusCode(403);
    }

    @Test
    void aTokenNamingADivisionNotYetAddedSeesNothingUntilItIs() {
        String code = null;
        for (int i = 0; i < 50 && code == null; i++) {
            String drawn = TestData.XIJI + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 1000));
            code = given().get("/api/v1/divisions/" + drawn).statusCode() == 404 ? drawn : null;
        }
        String early = Tokens.bearer("early", code, "viewer");
        given().header("Authorization", early).get("/api/v1/personnel").then().statusCode(403)
                .body("type", equalTo("urn:rural-talent:problem:forbidden"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "新设镇", "level", "TOWNSHIP", "parentCode", TestData.XIJI))
                .post("/api/v1/divisions").then().statusCode(201);
        given().header("Authorization", early).get("/api/v1/personnel").then().statusCode(200)
                .body("items", equalTo(List.of())); // nobody is located in the new township yet
    }

    @Test
    void scopedOperatorCannotSeeAnotherCountysPersonByIdListOrUpdate() {
        String xijiEmployer = TestData.organisation("TOWNSHIP_GOVERNMENT", TestData.township(TestData.XIJI));
        Map<String, Object> body = new HashMap<>(Map.of("name", "西吉人", "nationalId", TestData.nationalId(), "employerId", xijiEmployer));
        String id = given().contentType(ContentType.JSON).body(body).post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", XIJI_OPERATOR).get("/api/v1/personnel/" + id).then().statusCode(200);
        given().header("Authorization", YUANZHOU_OPERATOR).get("/api/v1/personnel/" + id)
                .then().statusCode(404).body("type", equalTo("urn:rural-talent:problem:not-found"));
        given().header("Authorization", YUANZHOU_OPERATOR).queryParam("employer", xijiEmployer).get("/api/v1/personnel")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", YUANZHOU_OPERATOR).queryParam("division", TestData.XIJI).get("/api/v1/personnel")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", YUANZHOU_OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("name", "改名")).patch("/api/v1/personnel/" + id)
                .then().statusCode(404);
        given().header("Authorization", YUANZHOU_OPERATOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/v1/personnel/" + id + "/deactivate")
                .then().statusCode(404);
        given().get("/api/v1/personnel/" + id).then().body("name", equalTo("西吉人")).body("status", equalTo("ACTIVE"));
    }

    @Test
    void scopedOperatorCannotPlaceRecordsInAnotherCounty() {
        String yuanzhouOrg = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        given().header("Authorization", XIJI_OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "越界", "type", "ENTERPRISE", "divisionCode", TestData.YUANZHOU))
                .post("/api/v1/organisations").then().statusCode(400).body("errors[0].field", equalTo("divisionCode"));
        given().header("Authorization", XIJI_OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "越界", "nationalId", TestData.nationalId(), "employerId", yuanzhouOrg))
                .post("/api/v1/personnel").then().statusCode(400).body("errors[0].field", equalTo("employerId"));
        given().header("Authorization", XIJI_OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "无处", "nationalId", TestData.nationalId()))
                .post("/api/v1/personnel").then().statusCode(400).body("errors[0].field", equalTo("homeDivisionCode"));
        given().header("Authorization", XIJI_OPERATOR).get("/api/v1/organisations/" + yuanzhouOrg).then().statusCode(404);
        given().header("Authorization", XIJI_OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("code", "640402998", "name", "越界镇", "level", "TOWNSHIP", "parentCode", TestData.YUANZHOU))
                .post("/api/v1/divisions").then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
    }

    @Test
    void scopedListsHoldOnlyRecordsInScope() {
        String xijiOrg = TestData.organisation("COOPERATIVE", TestData.XIJI);
        String yuanzhouOrg = TestData.organisation("COOPERATIVE", TestData.YUANZHOU);
        given().header("Authorization", XIJI_OPERATOR).queryParam("type", "COOPERATIVE").queryParam("limit", 200)
                .get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items.divisionCode.findAll { !it.startsWith('640422') }", equalTo(List.of()))
                .body("items.id", hasItem(xijiOrg))
                .body("items.id", not(hasItem(yuanzhouOrg)));
    }

    @Test
    void fullNumbersOnlyForPiiReaders() {
        String nationalId = TestData.nationalId();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "看号", "nationalId", nationalId, "mobile", "13912345678"))
                .post("/api/v1/personnel").then().statusCode(201).extract().path("id");
        given().get("/api/v1/personnel/" + id).then()
                .body("nationalId", equalTo(nationalId.substring(0, 6) + "********" + nationalId.substring(14)))
                .body("birthDate", equalTo(null))
                .body("mobile", equalTo("139****5678"));
        given().header("Authorization", Tokens.bearer("hr", null, "admin", "pii-reader")).get("/api/v1/personnel/" + id).then()
                .body("nationalId", equalTo(nationalId))
                .body("birthDate", equalTo(nationalId.substring(6, 10) + "-" + nationalId.substring(10, 12) + "-" + nationalId.substring(12, 14)))
                .body("mobile", equalTo("13912345678"));
    }
}
