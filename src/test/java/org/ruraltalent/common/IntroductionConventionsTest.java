package org.ruraltalent.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The API conventions hold on every collection of introduction and platforms: bounded limits,
 * cursors only the service issued, unreadable or unknown bodies named, 404 problems for unknown
 * ids, writes only for writing roles, and safe retries.
 */
@QuarkusTest
class IntroductionConventionsTest {

    private static final String UNKNOWN = "01900000-0000-7000-8000-000000000000";

    @ParameterizedTest
    @ValueSource(strings = { "industries", "talent-demands", "recruitment-programmes", "ventures", "workstations",
            "talent-projects", "partnerships" })
    void listsAreBoundedAndKeysetPaged(String collection) {
        String path = "/api/v1/" + collection;
        for (String limit : new String[] { "0", "201", "ten" }) {
            given().queryParam("limit", limit).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
        for (String cursor : new String[] { "not-a-cursor", "azE6bm90LWEtdXVpZA" }) {
            given().queryParam("cursor", cursor).get(path).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        }
        given().queryParam("division", "999999").get(path).then().statusCode(collection.equals("industries") ? 200 : 400);
        given().queryParam("limit", 1).get(path).then().statusCode(200).body("items", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "industries", "talent-demands", "recruitment-programmes", "ventures", "workstations",
            "talent-projects", "partnerships" })
    void badBodiesAreNamedProblemsNeverAServerError(String collection) {
        String path = "/api/v1/" + collection;
        given().contentType(ContentType.JSON).body("{\"name\": ").post(path).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:rural-talent:problem:malformed-request"))
                .body(not(containsString("Exception")));
        given().contentType(ContentType.JSON).post(path).then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.JSON).body("{\"nickname\": \"x\"}").post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("nickname"));
        given().contentType(ContentType.JSON).body("[]").post(path).then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.XML).body("<x/>").post(path).then().statusCode(415);
        given().get(path + "/" + UNKNOWN).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:rural-talent:problem:not-found"));
        given().get(path + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}").patch(path + "/" + UNKNOWN).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("viewer", TestData.GUYUAN, "viewer")).contentType(ContentType.JSON).body("{}")
                .post(path).then().statusCode(403);
    }

    @Test
    void aRetriedPlacementTakesOnePlace() {
        String programme = given().contentType(ContentType.JSON)
                .body(Map.of("name", "重试计划", "kind", "URGENT_TALENT", "year", 2023, "quota", 2, "divisionCode", TestData.YUANZHOU))
                .post("/api/v1/recruitment-programmes").then().statusCode(201).extract().path("id");
        Map<String, Object> body = Map.of("personId", TestData.person("重试"), "organisationId",
                TestData.organisation("ENTERPRISE", TestData.YUANZHOU), "placedOn", "2023-08-01");
        String key = "placement-" + System.nanoTime();
        String path = "/api/v1/recruitment-programmes/" + programme + "/placements";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(path)
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(path)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().get("/api/v1/recruitment-programmes/" + programme).then().body("placedCount", equalTo(1));
    }
}
