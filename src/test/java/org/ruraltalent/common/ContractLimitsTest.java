package org.ruraltalent.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ruraltalent.support.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The limits the published contract states are the limits the service enforces: one character
 * or one unit past a documented maximum is a 400 problem naming the field. Each limit is read
 * from openapi.yaml, so the contract and the check cannot drift apart.
 */
@QuarkusTest
class ContractLimitsTest {

    private static JsonNode contract;

    @BeforeAll
    static void readContract() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
    }

    private static int documented(String schema, String field, String keyword) {
        JsonNode limit = contract.at("/components/schemas/" + schema + "/properties/" + field + "/" + keyword);
        assertEquals(true, limit.isNumber(), schema + "." + field + " documents no " + keyword);
        return limit.asInt();
    }

    private static void refusedNaming(String path, Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body).post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest
    @CsvSource({ "name, 马", "homeDivisionCode, 6", "professionalTitle, 职", "mobile, 1", "nationalId, 6" })
    void aPersonFieldLongerThanDocumentedIsRefused(String field, String character) {
        int max = documented("PersonCreate", field, "maxLength");
        Map<String, Object> body = new HashMap<>(Map.of("name", "限长" + System.nanoTime(), "nationalId", TestData.nationalId()));
        body.put(field, character.repeat(max + 1));
        refusedNaming("/api/v1/personnel", body, field);
    }

    @ParameterizedTest
    @CsvSource({ "divisionCode, 6", "creditCode, 1", "name, 单" })
    void anOrganisationFieldLongerThanDocumentedIsRefused(String field, String character) {
        int max = documented("OrganisationCreate", field, "maxLength");
        Map<String, Object> body = new HashMap<>(Map.of("name", "限长单位" + System.nanoTime(), "type", "ENTERPRISE",
                "divisionCode", TestData.YUANZHOU));
        body.put(field, character.repeat(max + 1));
        refusedNaming("/api/v1/organisations", body, field);
    }

    @Test
    void aSessionCapacityAboveTheDocumentedMaximumIsRefused() {
        int max = documented("TrainingSessionCreate", "capacity", "maximum");
        String programme = given().contentType(ContentType.JSON)
                .body(Map.of("name", "限额培训" + System.nanoTime(), "type", "SKILLS", "divisionCode", TestData.YUANZHOU,
                        "year", 2023))
                .post("/api/v1/training-programmes").then().statusCode(201).extract().path("id");
        String sessions = "/api/v1/training-programmes/" + programme + "/sessions";
        Map<String, Object> body = new HashMap<>(Map.of("title", "第1期", "startsOn", "2023-05-01", "endsOn", "2023-05-03",
                "capacity", max + 1));
        refusedNaming(sessions, body, "capacity");
        body.put("capacity", max);
        given().contentType(ContentType.JSON).body(body).post(sessions).then().statusCode(201);
    }

    @Test
    void aQueryParameterLongerThanDocumentedIsRefused() {
        JsonNode name = null;
        for (JsonNode parameter : contract.at("/paths/~1api~1v1~1personnel/get/parameters")) {
            if ("name".equals(parameter.path("name").asText())) {
                name = parameter;
            }
        }
        int max = name.at("/schema/maxLength").asInt();
        assertEquals(QueryValues.MAX_LENGTH, max);
        given().header("Accept-Language", "en").queryParam("name", "马".repeat(max + 1)).get("/api/v1/personnel")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must be at most " + max + " characters"));
        given().queryParam("name", "马".repeat(max)).get("/api/v1/personnel").then().statusCode(200);
    }

    @Test
    void anIfMatchThatIsNoETagIsRefusedNamingIt() {
        String id = TestData.person("标签" + System.nanoTime());
        given().contentType(ContentType.JSON).header("If-Match", "version 0")
                .body(Map.of("professionalTitle", "农艺师")).patch("/api/v1/personnel/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"")
                .body(Map.of("professionalTitle", "农艺师")).patch("/api/v1/personnel/" + id)
                .then().statusCode(200);
    }
}
