package org.ruraltalent.assignment;

import static io.restassured.RestAssured.given;
import static org.ruraltalent.support.Races.assertOneWonAndEveryLoserNamesIt;
import static org.ruraltalent.support.Races.race;
import static org.ruraltalent.support.Races.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.RepeatedTest;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The database holds the assignment rules when requests race past the service's own checks. */
@QuarkusTest
class AssignmentRaceTest {

    private static final int RACERS = 8;

    private static Map<String, Object> assignment(String person, String role, String host, String sender) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("role", role);
        body.put("hostOrganisationId", host);
        body.put("sendingOrganisationId", sender);
        body.put("sendingLevel", "COUNTY");
        body.put("startDate", "2022-01-01");
        return body;
    }

    @RepeatedTest(10)
    void racingActivationsLeaveOneActiveFirstSecretaryPerVillage() throws Exception {
        String village = TestData.village(TestData.YUANZHOU);
        String branch = TestData.organisation("VILLAGE_PARTY_BRANCH", village);
        String sender = TestData.organisation("GOVERNMENT_AGENCY", TestData.YUANZHOU);
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            planned.add(given().contentType(ContentType.JSON)
                    .body(assignment(TestData.partyMember("竞" + i, sender), "FIRST_SECRETARY", branch, sender))
                    .post("/api/v1/assignments").then().statusCode(201).extract().<String>path("id"));
        }
        List<Response> responses = race(planned.stream().<java.util.concurrent.Callable<Response>>map(id -> () -> given()
                .header("If-Match", "\"0\"").post("/api/v1/assignments/" + id + "/activate")).toList());
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 200).count(), () -> statuses(responses));
        assertEquals(RACERS - 1, responses.stream().filter(r -> r.statusCode() == 409).count(), () -> statuses(responses));
        assertOneWonAndEveryLoserNamesIt(responses, 200, "one-active-first-secretary-per-village");
        assertEquals(1, given().queryParam("division", village).queryParam("status", "ACTIVE").get("/api/v1/assignments")
                .then().extract().<List<?>>path("items").size());
    }

    @RepeatedTest(10)
    void racingResidenciesLeaveOneActivePerPerson() throws Exception {
        String sender = TestData.organisation("GOVERNMENT_AGENCY", TestData.YUANZHOU);
        String person = TestData.partyMember("驻村竞争", sender);
        List<java.util.concurrent.Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String committee = TestData.organisation("VILLAGE_COMMITTEE", TestData.village(TestData.YUANZHOU));
            Map<String, Object> body = assignment(person, "WORK_TEAM_MEMBER", committee, sender);
            body.put("status", "ACTIVE");
            requests.add(() -> given().contentType(ContentType.JSON).body(body).post("/api/v1/assignments"));
        }
        List<Response> responses = race(requests);
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count(), () -> statuses(responses));
        assertEquals(RACERS - 1, responses.stream().filter(r -> r.statusCode() == 409).count(), () -> statuses(responses));
        assertOneWonAndEveryLoserNamesIt(responses, 201, "one-active-village-residency-per-person");
        assertEquals(1, given().queryParam("person", person).queryParam("status", "ACTIVE").get("/api/v1/assignments")
                .then().extract().<List<?>>path("items").size());
    }
}
