package org.ruraltalent.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo data set reproduces every figure of the city's report through the overview. Other
 * tests share the database, so the demo's figures are what loading it adds to the overview.
 */
@QuarkusTest
class DemoDataTest {

    private static final Map<String, Object> REPORT = Map.ofEntries(
            Map.entry("dispatch.village-cadres", 1720), Map.entry("dispatch.first-secretaries", 709),
            Map.entry("dispatch.st-commissioners", 839), Map.entry("dispatch.st-commissioners-city", 44),
            Map.entry("dispatch.teachers", 1000), Map.entry("dispatch.doctors", 233),
            Map.entry("dispatch.family-doctor-teams", 607), Map.entry("dispatch.family-doctor-members", 1350),
            Map.entry("dispatch.tech-groups", 131), Map.entry("dispatch.tech-group-technicians", 455),
            Map.entry("dispatch.tech-group-served", 288), Map.entry("cultivation.complete-townships", 62),
            Map.entry("cultivation.complete-villages", 793), Map.entry("cultivation.reserve-cadres", 2412),
            Map.entry("cultivation.degree-upgrade", 750), Map.entry("cultivation.special-classes", 2),
            Map.entry("cultivation.special-class-trainees", 200), Map.entry("cultivation.onboarding-sessions", 91),
            Map.entry("cultivation.onboarding-person-times", 7730), Map.entry("cultivation.skills-person-times", 17000),
            Map.entry("introduction.demand-catalogues", 62), Map.entry("introduction.urgent-recruited", 350),
            Map.entry("introduction.selected-graduates", 29), Map.entry("introduction.special-post-teachers", 50),
            Map.entry("introduction.three-supports", 830), Map.entry("introduction.western-volunteers", 155),
            Map.entry("introduction.partnerships", 1), Map.entry("introduction.returnee-founders", 220),
            Map.entry("platforms.workstations", 4), Map.entry("platforms.service-teams", 5),
            Map.entry("platforms.talent-projects", 17), Map.entry("platforms.talent-project-funding", "7300000.00"));

    private static Map<String, Object> overview() {
        List<Map<String, Object>> figures = given().queryParam("division", "640400").queryParam("from", "2021-01-01")
                .queryParam("to", "2025-04-30").get("/api/v1/statistics/overview").then().statusCode(200).extract().path("figures");
        Map<String, Object> values = new HashMap<>();
        figures.forEach(f -> values.put((String) f.get("key"), f.get("value")));
        return values;
    }

    @Test
    void reproducesEveryFigureOfTheReportAndLoadsOnce() {
        Map<String, Object> before = overview();
        given().post("/api/v1/demo-data").then().statusCode(201).body("created", equalTo(true));
        Map<String, Object> after = overview();
        REPORT.forEach((key, expected) -> {
            if (expected instanceof String amount) {
                assertEquals(new BigDecimal(amount), new BigDecimal((String) after.get(key)).subtract(new BigDecimal((String) before.get(key))), key);
            } else {
                assertEquals(((Number) expected).longValue(), ((Number) after.get(key)).longValue() - ((Number) before.get(key)).longValue(), key);
            }
        });
        given().post("/api/v1/demo-data").then().statusCode(200).body("created", equalTo(false));
        assertEquals(after, overview());
    }

    @Test
    void demoPeopleReadBackWithMaskedValidIdNumbers() {
        given().post("/api/v1/demo-data").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().queryParam("category", "RESERVE_CADRE").queryParam("limit", 5).get("/api/v1/personnel").then().statusCode(200)
                .body("items[0].nationalId", matchesPattern("6404[0-9]{2}\\*{8}[0-9]{3}[0-9X]"));
    }

    @Test
    void onlyAdministratorsLoadIt() {
        given().header("Authorization", Tokens.bearer("op", "640400", "operator")).post("/api/v1/demo-data").then().statusCode(403);
    }
}
