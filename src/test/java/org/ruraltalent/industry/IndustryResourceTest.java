package org.ruraltalent.industry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class IndustryResourceTest {

    private static String code() {
        return "IND_" + System.nanoTime();
    }

    @Test
    void adminsMaintainTheList() {
        String code = code();
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameZh", "冷凉蔬菜", "nameEn", "Cool-climate vegetables", "sortOrder", 3))
                .post("/api/v1/industries");
        created.then().statusCode(201).header("ETag", "\"0\"").body("code", equalTo(code)).body("active", equalTo(true))
                .body("sortOrder", equalTo(3));
        String id = created.path("id");
        given().queryParam("code", code).get("/api/v1/industries").then().body("items.id", equalTo(List.of(id)));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("nameZh", "冷凉蔬菜产业", "active", false))
                .patch("/api/v1/industries/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("nameZh", equalTo("冷凉蔬菜产业")).body("active", equalTo(false));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("nameEn", "x"))
                .patch("/api/v1/industries/" + id).then().statusCode(412);
        given().queryParam("code", code).queryParam("active", true).get("/api/v1/industries").then().body("items.size()", equalTo(0));
        given().header("Authorization", Tokens.bearer("viewer", TestData.XIJI, "viewer")).get("/api/v1/industries/" + id)
                .then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void onlyAdminsMayChangeIt() {
        String code = code();
        for (String role : List.of("operator", "integration")) {
            given().header("Authorization", Tokens.bearer("city-" + role, TestData.GUYUAN, role)).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "nameZh", "肉牛", "nameEn", "Beef cattle")).post("/api/v1/industries")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:rural-talent:problem:forbidden"));
        }
        String id = given().contentType(ContentType.JSON).body(Map.of("code", code, "nameZh", "肉牛", "nameEn", "Beef cattle"))
                .post("/api/v1/industries").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("city-operator", TestData.GUYUAN, "operator")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("nameZh", "肉牛产业")).patch("/api/v1/industries/" + id)
                .then().statusCode(403);
        given().get("/api/v1/industries/" + id).then().body("nameZh", equalTo("肉牛"));
    }

    @Test
    void aCodeIsUniqueAndWellFormed() {
        String code = code();
        given().contentType(ContentType.JSON).body(Map.of("code", code, "nameZh", "枸杞", "nameEn", "Goji"))
                .post("/api/v1/industries").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("code", code, "nameZh", "枸杞", "nameEn", "Goji"))
                .post("/api/v1/industries").then().statusCode(409).body("errors[0].field", equalTo("code"));
        given().contentType(ContentType.JSON).body(Map.of("code", "cool veg", "nameZh", "蔬菜", "nameEn", "Veg"))
                .post("/api/v1/industries").then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().contentType(ContentType.JSON).body(Map.of("code", code() + "X", "nameZh", "蔬菜", "nameEn", "Veg", "sortOrder", -1))
                .post("/api/v1/industries").then().statusCode(400).body("errors[0].field", equalTo("sortOrder"));
        given().contentType(ContentType.JSON).body(Map.of("code", code())).post("/api/v1/industries").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("nameZh", "nameEn"));
        given().queryParam("active", "maybe").get("/api/v1/industries").then().statusCode(400)
                .body("errors[0].field", equalTo("active"));
    }
}
