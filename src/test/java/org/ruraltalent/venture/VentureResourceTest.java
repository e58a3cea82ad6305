package org.ruraltalent.venture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class VentureResourceTest {

    private static String returnee(String home) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "返乡人", "nationalId", TestData.nationalId(), "homeDivisionCode", home, "categories",
                        List.of("RETURNEE", "ENTREPRENEUR")))
                .post("/api/v1/personnel").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> venture(String founder, String division) {
        Map<String, Object> body = new HashMap<>();
        body.put("founderId", founder);
        body.put("name", "樱桃采摘园" + System.nanoTime());
        body.put("kind", "PICKING_GARDEN");
        body.put("divisionCode", division);
        body.put("foundedOn", "2022-04-18");
        body.put("peopleEmployed", 12);
        return body;
    }

    @Test
    void aReturneeRecordsWhatTheyFounded() {
        String founder = returnee(TestData.XIJI);
        var created = given().contentType(ContentType.JSON).body(venture(founder, TestData.XIJI)).post("/api/v1/ventures");
        created.then().statusCode(201).header("ETag", "\"0\"").body("founder.id", equalTo(founder))
                .body("kind", equalTo("PICKING_GARDEN")).body("peopleEmployed", equalTo(12)).body("divisionName", equalTo("西吉县"));
        String id = created.path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("peopleEmployed", 20, "kind", "TOURISM"))
                .patch("/api/v1/ventures/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("peopleEmployed", equalTo(20)).body("kind", equalTo("TOURISM"));
        given().queryParam("founder", founder).queryParam("kind", "TOURISM").queryParam("foundedIn", 2022)
                .queryParam("division", TestData.XIJI).get("/api/v1/ventures").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().queryParam("founder", founder).queryParam("foundedIn", 2021).get("/api/v1/ventures").then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void theFounderMustBeAReturnee() {
        String notReturnee = TestData.person("本地人");
        given().contentType(ContentType.JSON).body(venture(notReturnee, TestData.XIJI)).post("/api/v1/ventures")
                .then().statusCode(422).body("rule", equalTo("founder-is-returnee"));
        given().queryParam("founder", notReturnee).get("/api/v1/ventures").then().body("items.size()", equalTo(0));
    }

    @Test
    void badVentureInputIsNamed() {
        String founder = returnee(TestData.XIJI);
        Map<String, Object> body = venture(founder, TestData.XIJI);
        body.put("kind", "CASINO");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/ventures").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        body = venture(founder, TestData.XIJI);
        body.put("peopleEmployed", -1);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/ventures").then().statusCode(400)
                .body("errors[0].field", equalTo("peopleEmployed"));
        body = venture(founder, TestData.XIJI);
        body.put("foundedOn", LocalDate.now().plusDays(5).toString());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/ventures").then().statusCode(400)
                .body("errors[0].field", equalTo("foundedOn"));
        body = venture(founder, TestData.XIJI);
        body.put("foundedOn", "last spring");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/ventures").then().statusCode(400)
                .body("errors[0].field", equalTo("foundedOn"));
        body = venture("01900000-0000-7000-8000-000000000000", TestData.XIJI);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/ventures").then().statusCode(400)
                .body("errors[0].field", equalTo("founderId"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/ventures").then().statusCode(400)
                .body("errors.field", hasItems("founderId", "name", "kind", "divisionCode", "foundedOn"));
        given().queryParam("foundedIn", "yesterday").get("/api/v1/ventures").then().statusCode(400)
                .body("errors[0].field", equalTo("foundedIn"));
    }

    @Test
    void aCountyTokenCannotSeeAnotherCountysVentures() {
        String founder = returnee(TestData.YUANZHOU);
        String id = given().contentType(ContentType.JSON).body(venture(founder, TestData.YUANZHOU)).post("/api/v1/ventures")
                .then().statusCode(201).extract().path("id");
        String xiji = Tokens.bearer("xiji-viewer", TestData.XIJI, "viewer");
        given().header("Authorization", xiji).get("/api/v1/ventures/" + id).then().statusCode(404);
        given().header("Authorization", xiji).queryParam("founder", founder).get("/api/v1/ventures").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().header("Authorization", Tokens.bearer("yz", TestData.YUANZHOU, "viewer")).queryParam("founder", founder)
                .get("/api/v1/ventures").then().body("items.id", equalTo(List.of(id)));
    }
}
