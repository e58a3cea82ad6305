package org.ruraltalent.division;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DivisionResourceTest {

    @Test
    void shipsGuyuanAndItsFiveCountyLevelUnits() {
        given().queryParam("parent", "640400").queryParam("limit", 200)
                .get("/api/v1/divisions")
                .then().statusCode(200)
                .body("items.code", hasItems("640402", "640422", "640423", "640424", "640425"))
                .body("items.findAll { it.level == 'COUNTY' }.size()", equalTo(5));
    }

    @Test
    void createsTownshipUnderCountyWithLocationAndEtag() {
        String code = TestData.township(TestData.YUANZHOU);
        given().get("/api/v1/divisions/" + code)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("parentCode", equalTo(TestData.YUANZHOU))
                .body("path", equalTo("/640000/640400/640402/" + code + "/"));
    }

    @Test
    void rejectsTownshipCodeThatDoesNotExtendItsCounty() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("code", "640422001", "name", "错镇", "level", "TOWNSHIP", "parentCode", "640402"))
                .post("/api/v1/divisions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", startsWith("must start with the parent code digits 640402"));
    }
}
