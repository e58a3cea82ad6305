package org.ruraltalent.recruitment;

import static io.restassured.RestAssured.given;
import static org.ruraltalent.support.Races.count;
import static org.ruraltalent.support.Races.race;
import static org.ruraltalent.support.Races.statuses;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;


import org.junit.jupiter.api.RepeatedTest;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The database holds a programme's quota and a demand's quantity when placements race past the
 * service's own checks: however many arrive at once, exactly as many as there are places win.
 */
@QuarkusTest
class RecruitmentRaceTest {

    private static final int RACERS = 8;

    private static String programme(int quota) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "竞争计划" + System.nanoTime(), "kind", "URGENT_TALENT", "year", 2023, "quota", quota,
                        "divisionCode", TestData.YUANZHOU))
                .post("/api/v1/recruitment-programmes").then().statusCode(201).extract().path("id");
    }

    private static List<Callable<Response>> placements(String programme, String organisation, String demand) {
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Map<String, Object> body = demand == null
                    ? Map.of("personId", TestData.person("应聘" + i), "organisationId", organisation, "placedOn", "2023-08-01")
                    : Map.of("personId", TestData.person("应聘" + i), "organisationId", organisation, "placedOn", "2023-08-01",
                            "demandId", demand);
            requests.add(() -> given().contentType(ContentType.JSON).body(body)
                    .post("/api/v1/recruitment-programmes/" + programme + "/placements"));
        }
        return requests;
    }

    @RepeatedTest(10)
    void racingPlacementsNeverExceedTheQuota() throws Exception {
        String programme = programme(3);
        String school = TestData.organisation("SCHOOL", TestData.YUANZHOU);
        List<Response> responses = race(placements(programme, school, null));
        assertEquals(3, count(responses, 201), () -> statuses(responses));
        assertEquals(RACERS - 3, count(responses, 422), () -> statuses(responses));
        responses.stream().filter(r -> r.statusCode() == 422)
                .forEach(r -> r.then().body("rule", equalTo("programme-quota-not-exceeded")));
        given().get("/api/v1/recruitment-programmes/" + programme).then().statusCode(200)
                .body("placedCount", equalTo(3)).body("remaining", equalTo(0));
        given().get("/api/v1/recruitment-programmes/" + programme + "/placements").then().statusCode(200)
                .body("items.size()", equalTo(3));
    }

    @RepeatedTest(10)
    void racingPlacementsNeverExceedADemandsQuantity() throws Exception {
        String programme = programme(100);
        String township = TestData.township(TestData.YUANZHOU);
        String clinic = TestData.organisation("HEALTH_CENTRE", township);
        String demand = given().contentType(ContentType.JSON)
                .body(Map.of("divisionCode", township, "organisationId", clinic, "year", 2023, "position", "全科医生", "quantity", 2))
                .post("/api/v1/talent-demands").then().statusCode(201).extract().path("id");
        List<Response> responses = race(placements(programme, clinic, demand));
        assertEquals(2, count(responses, 201), () -> statuses(responses));
        assertEquals(RACERS - 2, count(responses, 422), () -> statuses(responses));
        responses.stream().filter(r -> r.statusCode() == 422)
                .forEach(r -> r.then().body("rule", equalTo("demand-quantity-not-exceeded")));
        given().get("/api/v1/talent-demands/" + demand).then().statusCode(200)
                .body("filledCount", equalTo(2)).body("status", equalTo("FILLED"));
        given().get("/api/v1/recruitment-programmes/" + programme).then().body("placedCount", equalTo(2));
    }
}
