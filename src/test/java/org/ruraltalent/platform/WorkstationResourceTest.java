package org.ruraltalent.platform;

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
class WorkstationResourceTest {

    private static String workstation(String kind, String division) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "name", "人才工作站" + System.nanoTime(), "hostOrganisationId",
                        TestData.organisation("GOVERNMENT_AGENCY", division), "divisionCode", division, "openedOn", "2022-06-01"))
                .post("/api/v1/workstations").then().statusCode(201).extract().path("id");
    }

    private static String etag(String id) {
        return given().get("/api/v1/workstations/" + id).header("ETag");
    }

    private static Response join(String id, String person, String on) {
        return given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("personId", person, "joinedOn", on))
                .post("/api/v1/workstations/" + id + "/members");
    }

    @Test
    void residentsComeAndGoAndMoveTheETagOn() {
        String station = workstation("WORKSTATION", TestData.GUYUAN);
        given().get("/api/v1/workstations/" + station).then().statusCode(200).header("ETag", "\"0\"")
                .body("kind", equalTo("WORKSTATION")).body("divisionCode", equalTo(TestData.GUYUAN));
        String expert = TestData.person("驻站专家");
        String graduate = TestData.person("驻站青年");
        String membership = join(station, expert, "2022-06-01").then().statusCode(201).extract().path("id");
        join(station, graduate, "2022-07-01").then().statusCode(201);
        join(station, expert, "2022-08-01").then().statusCode(409)
                .body("rule", equalTo("one-open-residency-per-person-and-workstation")).body("conflictingId", equalTo(membership));
        join(station, TestData.person("早到"), "2022-01-01").then().statusCode(400).body("errors[0].field", equalTo("joinedOn"));
        given().get("/api/v1/workstations/" + station).then().header("ETag", "\"2\"");
        given().queryParam("member", graduate).get("/api/v1/workstations").then().body("items.id", equalTo(List.of(station)));
        String leave = "/api/v1/workstations/" + station + "/members/" + membership + "/leave";
        given().contentType(ContentType.JSON).body(Map.of("leftOn", "2023-06-01")).post(leave).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etag(station)).body(Map.of("leftOn", "2021-06-01")).post(leave)
                .then().statusCode(400).body("errors[0].field", equalTo("leftOn"));
        given().contentType(ContentType.JSON).header("If-Match", etag(station)).body(Map.of("leftOn", "2023-06-01")).post(leave)
                .then().statusCode(200).body("leftOn", equalTo("2023-06-01"));
        given().get("/api/v1/workstations/" + station + "/members").then().body("person.id", equalTo(List.of(graduate)));
        given().queryParam("includePast", true).get("/api/v1/workstations/" + station + "/members")
                .then().body("person.id", equalTo(List.of(expert, graduate)));
        join(station, expert, "2023-07-01").then().statusCode(201);
    }

    @Test
    void aWorkstationIsChangedWithIfMatch() {
        String station = workstation("TALENT_HOME", TestData.XIJI);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("closedOn", "2020-01-01"))
                .patch("/api/v1/workstations/" + station).then().statusCode(400).body("errors[0].field", equalTo("closedOn"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "西吉县人才之家", "closedOn", "2025-12-31"))
                .patch("/api/v1/workstations/" + station).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("西吉县人才之家")).body("closedOn", equalTo("2025-12-31"));
        given().queryParam("kind", "TALENT_HOME").queryParam("division", TestData.XIJI).queryParam("limit", 200)
                .get("/api/v1/workstations").then().body("items.id", org.hamcrest.Matchers.hasItem(station));
    }

    @Test
    void badWorkstationInputIsNamed() {
        String host = TestData.organisation("ENTERPRISE", TestData.XIJI);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "LIBRARY", "name", "x", "hostOrganisationId", host, "divisionCode", TestData.XIJI, "openedOn", "2022-01-01"))
                .post("/api/v1/workstations").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "INCUBATOR", "name", "x", "hostOrganisationId", "nope", "divisionCode", TestData.XIJI, "openedOn", "2022-01-01"))
                .post("/api/v1/workstations").then().statusCode(400).body("errors[0].field", equalTo("hostOrganisationId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "INCUBATOR", "name", "x", "hostOrganisationId", "01900000-0000-7000-8000-000000000000",
                        "divisionCode", TestData.XIJI, "openedOn", "2022-01-01"))
                .post("/api/v1/workstations").then().statusCode(400).body("errors[0].field", equalTo("hostOrganisationId"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/workstations").then().statusCode(400)
                .body("errors.field", hasItems("kind", "name", "hostOrganisationId", "divisionCode", "openedOn"));
        String station = workstation("INCUBATOR", TestData.XIJI);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("joinedOn", "2022-07-01"))
                .post("/api/v1/workstations/" + station + "/members").then().statusCode(400).body("errors[0].field", equalTo("personId"));
        given().queryParam("includePast", "sometimes").get("/api/v1/workstations/" + station + "/members").then().statusCode(400)
                .body("errors[0].field", equalTo("includePast"));
    }

    @Test
    void aCountyTokenCannotSeeAnotherCountysWorkstations() {
        String station = workstation("INCUBATOR", TestData.YUANZHOU);
        String xiji = Tokens.bearer("xiji-viewer", TestData.XIJI, "viewer");
        given().header("Authorization", xiji).get("/api/v1/workstations/" + station).then().statusCode(404);
        given().header("Authorization", xiji).get("/api/v1/workstations/" + station + "/members").then().statusCode(404);
        given().header("Authorization", xiji).queryParam("limit", 200).get("/api/v1/workstations").then().statusCode(200)
                .body("items.findAll { it.id == '" + station + "' }.size()", equalTo(0));
    }
}
