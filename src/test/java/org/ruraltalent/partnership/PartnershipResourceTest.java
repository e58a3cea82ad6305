package org.ruraltalent.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class PartnershipResourceTest {

    private static String partnership(String university, String local) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("partnerOrganisationId", university, "localOrganisationId", local, "startedOn", "2021-09-01",
                        "note", "乡村振兴学院固原分院"))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id");
    }

    private static String etag(String id) {
        return given().get("/api/v1/partnerships/" + id).header("ETag");
    }

    private static Response addExpert(String id, String person) {
        return given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("personId", person, "joinedOn", "2022-03-01"))
                .post("/api/v1/partnerships/" + id + "/experts");
    }

    @Test
    void aUniversityProvidesExpertsOverTime() {
        String university = TestData.organisation("UNIVERSITY", TestData.GUYUAN);
        String school = TestData.organisation("SCHOOL", TestData.YUANZHOU);
        String id = partnership(university, school);
        given().get("/api/v1/partnerships/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("partner.id", equalTo(university)).body("local.id", equalTo(school))
                .body("divisionCode", equalTo(TestData.YUANZHOU));
        String professor = TestData.person("教授");
        String lecturer = TestData.person("讲师");
        String period = addExpert(id, professor).then().statusCode(201).body("person.id", equalTo(professor)).extract().path("id");
        addExpert(id, lecturer).then().statusCode(201);
        addExpert(id, professor).then().statusCode(409).body("rule", equalTo("one-open-period-per-expert-and-partnership"))
                .body("conflictingId", equalTo(period));
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("leftOn", "2022-12-31"))
                .post("/api/v1/partnerships/" + id + "/experts/" + period + "/leave").then().statusCode(200);
        given().get("/api/v1/partnerships/" + id + "/experts").then().body("person.id", equalTo(List.of(lecturer)));
        given().queryParam("includePast", true).get("/api/v1/partnerships/" + id + "/experts").then().body("size()", equalTo(2));
        given().queryParam("expert", lecturer).get("/api/v1/partnerships").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("partner", university).queryParam("division", TestData.YUANZHOU).get("/api/v1/partnerships")
                .then().body("items.id", equalTo(List.of(id)));
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("endedOn", "2026-08-31"))
                .patch("/api/v1/partnerships/" + id).then().statusCode(200).body("endedOn", equalTo("2026-08-31"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("note", "旧"))
                .patch("/api/v1/partnerships/" + id).then().statusCode(412);
    }

    @Test
    void badPartnershipInputIsNamed() {
        String school = TestData.organisation("SCHOOL", TestData.YUANZHOU);
        given().contentType(ContentType.JSON)
                .body(Map.of("partnerOrganisationId", school, "localOrganisationId", school, "startedOn", "2021-09-01"))
                .post("/api/v1/partnerships").then().statusCode(400).body("errors[0].field", equalTo("localOrganisationId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("partnerOrganisationId", "01900000-0000-7000-8000-000000000000", "localOrganisationId", school,
                        "startedOn", "2021-09-01"))
                .post("/api/v1/partnerships").then().statusCode(400).body("errors[0].field", equalTo("partnerOrganisationId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("partnerOrganisationId", TestData.organisation("UNIVERSITY", TestData.GUYUAN), "localOrganisationId", school,
                        "startedOn", "2021-09-01", "note", "长".repeat(1001)))
                .post("/api/v1/partnerships").then().statusCode(400).body("errors[0].field", equalTo("note"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/partnerships").then().statusCode(400)
                .body("errors.field", hasItems("partnerOrganisationId", "localOrganisationId", "startedOn"));
        String id = partnership(TestData.organisation("UNIVERSITY", TestData.GUYUAN), school);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("endedOn", "2020-01-01"))
                .patch("/api/v1/partnerships/" + id).then().statusCode(400).body("errors[0].field", equalTo("endedOn"));
        given().queryParam("partner", "x").get("/api/v1/partnerships").then().statusCode(400).body("errors[0].field", equalTo("partner"));
    }

    @Test
    void aCountyTokenCannotSeeAnotherCountysPartnerships() {
        String id = partnership(TestData.organisation("UNIVERSITY", TestData.GUYUAN), TestData.organisation("SCHOOL", TestData.YUANZHOU));
        String xiji = Tokens.bearer("xiji-viewer", TestData.XIJI, "viewer");
        given().header("Authorization", xiji).get("/api/v1/partnerships/" + id).then().statusCode(404);
        given().header("Authorization", xiji).queryParam("limit", 200).get("/api/v1/partnerships").then().statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.size()", equalTo(0));
        given().header("Authorization", Tokens.bearer("yz", TestData.YUANZHOU, "viewer")).get("/api/v1/partnerships/" + id)
                .then().statusCode(200);
    }
}
