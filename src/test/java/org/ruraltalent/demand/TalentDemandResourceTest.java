package org.ruraltalent.demand;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

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
class TalentDemandResourceTest {

    private static Map<String, Object> demand(String division, String organisation, int quantity) {
        Map<String, Object> body = new HashMap<>();
        body.put("divisionCode", division);
        body.put("organisationId", organisation);
        body.put("year", 2023);
        body.put("position", "农技推广员");
        body.put("field", "马铃薯栽培");
        body.put("educationRequired", "JUNIOR_COLLEGE");
        body.put("titleLevelRequired", "JUNIOR");
        body.put("quantity", quantity);
        return body;
    }

    private static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/talent-demands")
                .then().statusCode(201).extract().path("id");
    }

    private static Response fill(String programme, String organisation, String demand) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("personId", TestData.person("到岗"), "organisationId", organisation, "placedOn", "2023-08-01", "demandId", demand))
                .post("/api/v1/recruitment-programmes/" + programme + "/placements");
    }

    private static String status(String demand) {
        return given().get("/api/v1/talent-demands/" + demand).then().statusCode(200).extract().path("status");
    }

    private static String etag(String demand) {
        return given().get("/api/v1/talent-demands/" + demand).header("ETag");
    }

    @Test
    void statusFollowsThePlacementsUntilClosedByHand() {
        String township = TestData.township(TestData.XIJI);
        String station = TestData.organisation("GOVERNMENT_AGENCY", township);
        String demand = create(demand(township, station, 2));
        String programme = given().contentType(ContentType.JSON)
                .body(Map.of("name", "急需人才引进", "kind", "URGENT_TALENT", "year", 2023, "quota", 10, "divisionCode", TestData.XIJI))
                .post("/api/v1/recruitment-programmes").then().statusCode(201).extract().path("id");
        given().get("/api/v1/talent-demands/" + demand).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("OPEN")).body("filledCount", equalTo(0)).body("divisionCode", equalTo(township))
                .body("educationRequired", equalTo("JUNIOR_COLLEGE"));
        String first = fill(programme, station, demand).then().statusCode(201).extract().path("id");
        given().get("/api/v1/talent-demands/" + demand).then().header("ETag", "\"1\"")
                .body("status", equalTo("PARTLY_FILLED")).body("filledCount", equalTo(1));
        fill(programme, station, demand).then().statusCode(201);
        org.junit.jupiter.api.Assertions.assertEquals("FILLED", status(demand));
        fill(programme, station, demand).then().statusCode(422).body("rule", equalTo("demand-quantity-not-exceeded"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("withdrawnOn", "2023-09-01"))
                .post("/api/v1/recruitment-programmes/" + programme + "/placements/" + first + "/withdraw").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals("PARTLY_FILLED", status(demand));

        String url = "/api/v1/talent-demands/" + demand;
        given().post(url + "/close").then().statusCode(428);
        given().header("If-Match", "\"0\"").post(url + "/close").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag(demand)).body(Map.of("closedOn", "2023-12-31"))
                .post(url + "/close").then().statusCode(200).body("status", equalTo("CLOSED")).body("closedOn", equalTo("2023-12-31"))
                .body("filledCount", equalTo(1));
        fill(programme, station, demand).then().statusCode(422).body("rule", equalTo("closed-demand-takes-no-placements"));
        given().header("If-Match", etag(demand)).post(url + "/close").then().statusCode(409).body("currentState", equalTo("CLOSED"));
        given().header("If-Match", etag(demand)).post(url + "/reopen").then().statusCode(200).body("status", equalTo("PARTLY_FILLED"))
                .body("closedOn", equalTo(null));
        given().queryParam("status", "PARTLY_FILLED").queryParam("division", township).get("/api/v1/talent-demands")
                .then().statusCode(200).body("items.id", equalTo(List.of(demand)));
    }

    @Test
    void theQuantityCannotGoBelowThePlacementsFillingIt() {
        String township = TestData.township(TestData.XIJI);
        String clinic = TestData.organisation("HEALTH_CENTRE", township);
        String demand = create(demand(township, clinic, 3));
        String programme = given().contentType(ContentType.JSON)
                .body(Map.of("name", "卫生人才", "kind", "URGENT_TALENT", "year", 2023, "quota", 10, "divisionCode", TestData.XIJI))
                .post("/api/v1/recruitment-programmes").then().statusCode(201).extract().path("id");
        fill(programme, clinic, demand).then().statusCode(201);
        fill(programme, clinic, demand).then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", etag(demand)).body(Map.of("quantity", 1))
                .patch("/api/v1/talent-demands/" + demand).then().statusCode(422)
                .body("rule", equalTo("demand-quantity-not-below-filled"));
        given().contentType(ContentType.JSON).header("If-Match", etag(demand)).body(Map.of("quantity", 2, "position", "全科医生"))
                .patch("/api/v1/talent-demands/" + demand).then().statusCode(200)
                .body("status", equalTo("FILLED")).body("position", equalTo("全科医生"));
        given().contentType(ContentType.JSON).body(Map.of("quantity", 5)).patch("/api/v1/talent-demands/" + demand)
                .then().statusCode(428);
    }

    @Test
    void aDemandIsListedByATownshipOrCountyForAnOrganisationThere() {
        String village = TestData.village(TestData.XIJI);
        String committee = TestData.organisation("VILLAGE_COMMITTEE", village);
        given().contentType(ContentType.JSON).body(demand(village, committee, 1)).post("/api/v1/talent-demands")
                .then().statusCode(400).body("errors[0].field", equalTo("divisionCode"));
        String elsewhere = TestData.organisation("SCHOOL", TestData.YUANZHOU);
        given().contentType(ContentType.JSON).body(demand(TestData.XIJI, elsewhere, 1)).post("/api/v1/talent-demands")
                .then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
        create(demand(TestData.XIJI, committee, 1));
    }

    @Test
    void badDemandInputIsNamed() {
        String school = TestData.organisation("SCHOOL", TestData.XIJI);
        Map<String, Object> body = demand(TestData.XIJI, school, 0);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/talent-demands").then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        body = demand(TestData.XIJI, school, 1);
        body.put("educationRequired", "KINDERGARTEN");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/talent-demands").then().statusCode(400)
                .body("errors[0].field", equalTo("educationRequired"));
        body = demand(TestData.XIJI, school, 1);
        body.put("quantity", "many");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/talent-demands").then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        body = demand(TestData.XIJI, school, 1);
        body.put("requirements", "长".repeat(1001));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/talent-demands").then().statusCode(400)
                .body("errors[0].field", equalTo("requirements"));
        body = demand(TestData.XIJI, "01900000-0000-7000-8000-000000000000", 1);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/talent-demands").then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/talent-demands").then().statusCode(400)
                .body("errors.field", hasItems("divisionCode", "organisationId", "year", "position", "quantity"));
        given().queryParam("status", "HALF").get("/api/v1/talent-demands").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("year", "1800").get("/api/v1/talent-demands").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void aCountyTokenCannotSeeAnotherCountysDemands() {
        String school = TestData.organisation("SCHOOL", TestData.YUANZHOU);
        String demand = create(demand(TestData.YUANZHOU, school, 1));
        String xiji = Tokens.bearer("xiji-viewer", TestData.XIJI, "viewer");
        given().header("Authorization", xiji).get("/api/v1/talent-demands/" + demand).then().statusCode(404);
        given().header("Authorization", xiji).queryParam("organisation", school).get("/api/v1/talent-demands")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("organisation", school).get("/api/v1/talent-demands").then().body("items.id", equalTo(List.of(demand)));
        given().header("Authorization", Tokens.bearer("xiji-operator", TestData.XIJI, "operator")).contentType(ContentType.JSON)
                .body(demand(TestData.YUANZHOU, school, 1)).post("/api/v1/talent-demands").then().statusCode(400)
                .body("errors[0].field", equalTo("divisionCode"));
    }
}
