package org.ruraltalent.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.common.NationalIds;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The demo data set reproduces every figure of the city's report through the overview. Other
 * tests share the database and leave their own records under Guyuan, so the demo's figures are
 * what loading it adds: the overview after the load minus the overview before, for the report's
 * city and period. The class loads the demo once, whichever test runs first.
 */
@QuarkusTest
class DemoDataTest {

    private static final String CITY = "640400";
    private static final String FROM = "2021-01-01";
    private static final String TO = "2025-04-30";
    private static final int COUNTIES = 5;

    /** The report's table (DESIGN.md); "1,000+" read as 1,000, "750+" as 750 and so on. */
    private static final Map<String, Object> REPORT = Map.ofEntries(
            Map.entry("dispatch.village-cadres", 1720), Map.entry("dispatch.first-secretaries", 709),
            Map.entry("dispatch.st-commissioners", 839), Map.entry("dispatch.st-commissioners-city", 44),
            Map.entry("dispatch.teachers", 1000), Map.entry("dispatch.doctors", 233),
            Map.entry("dispatch.family-doctor-teams", 607), Map.entry("dispatch.family-doctor-members", 1350),
            Map.entry("dispatch.tech-groups", 131), Map.entry("dispatch.tech-group-technicians", 455),
            Map.entry("dispatch.tech-group-served", 288),
            Map.entry("cultivation.complete-townships", 62), Map.entry("cultivation.complete-villages", 793),
            Map.entry("cultivation.reserve-cadres", 2412), Map.entry("cultivation.degree-upgrade", 750),
            Map.entry("cultivation.special-classes", 2), Map.entry("cultivation.special-class-trainees", 200),
            Map.entry("cultivation.onboarding-sessions", 91), Map.entry("cultivation.onboarding-person-times", 7730),
            Map.entry("cultivation.skills-person-times", 17000),
            Map.entry("introduction.urgent-recruited", 350), Map.entry("introduction.selected-graduates", 29),
            Map.entry("introduction.special-post-teachers", 50), Map.entry("introduction.three-supports", 830),
            Map.entry("introduction.western-volunteers", 155), Map.entry("introduction.partnerships", 1),
            Map.entry("introduction.returnee-founders", 220),
            Map.entry("platforms.workstations", 4), Map.entry("platforms.talent-projects", 17),
            Map.entry("platforms.talent-project-funding", "7300000.00"));

    /** Figures the report does not give, as the demo's plan has them. */
    private static final Map<String, Object> PLAN = Map.of(
            "introduction.demand-catalogues", DemoPlan.TOWNSHIPS,
            "introduction.partnership-experts", DemoPlan.PARTNERSHIP_EXPERTS,
            "introduction.ventures", DemoPlan.RETURNEE_FOUNDERS + DemoPlan.SECOND_VENTURES,
            "platforms.incubators", DemoPlan.INCUBATORS,
            "platforms.talent-homes", DemoPlan.TALENT_HOMES,
            "platforms.service-teams", DemoPlan.SERVICE_TEAMS,
            "platforms.special-agri-technicians", DemoPlan.SPECIAL_AGRI_TECHNICIANS);

    /** The one load of this class: the overviews of the city and each county before and after, and the answer. */
    private record Load(Map<String, Map<String, Object>> before, ExtractableResponse<Response> answer,
            Map<String, Map<String, Object>> after) {
    }

    private static Load load;

    private static synchronized Load load() {
        if (load == null) {
            Map<String, Map<String, Object>> before = overviews();
            ExtractableResponse<Response> answer = given().post("/api/v1/demo-data").then().extract();
            load = new Load(before, answer, overviews());
        }
        return load;
    }

    private static Map<String, Map<String, Object>> overviews() {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        all.put(CITY, overview(CITY));
        DemoPlan.COUNTIES.forEach(c -> all.put(c.code(), overview(c.code())));
        return all;
    }

    private static Map<String, Object> overview(String division) {
        List<Map<String, Object>> figures = given().queryParam("division", division).queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/statistics/overview").then().statusCode(200).extract().path("figures");
        Map<String, Object> values = new HashMap<>();
        figures.forEach(f -> values.put((String) f.get("key"), f.get("value")));
        return values;
    }

    /** What the load added to a figure of a division. */
    private static BigDecimal added(String division, String key) {
        return new BigDecimal(load().after().get(division).get(key).toString())
                .subtract(new BigDecimal(load().before().get(division).get(key).toString()));
    }

    @Test
    void reproducesEveryFigureOfTheReport() {
        REPORT.forEach((key, expected) -> assertEquals(new BigDecimal(expected.toString()), added(CITY, key), key));
    }

    @Test
    void hasEveryCountyWithAServiceTeam() {
        // Counties are counted once whoever formed their teams, so this one is not a difference.
        assertEquals(COUNTIES, ((Number) load().after().get(CITY).get("platforms.counties-with-service-team")).intValue());
    }

    @Test
    void addsThePlannedFiguresTheReportDoesNotGive() {
        PLAN.forEach((key, expected) -> assertEquals(new BigDecimal(expected.toString()), added(CITY, key), key));
    }

    @Test
    void spreadsOverTheFiveCounties() {
        for (DemoPlan.County county : DemoPlan.COUNTIES) {
            String code = county.code();
            assertEquals(BigDecimal.valueOf(county.townships()), added(code, "cultivation.complete-townships"), code);
            assertEquals(BigDecimal.valueOf(county.villages()), added(code, "cultivation.complete-villages"), code);
            assertEquals(BigDecimal.valueOf(county.specialAgriTechnicians()), added(code, "platforms.special-agri-technicians"), code);
            assertEquals(BigDecimal.valueOf(county.serviceTeams()), added(code, "platforms.service-teams"), code);
            for (String key : List.of("dispatch.first-secretaries", "dispatch.st-commissioners", "dispatch.teachers",
                    "dispatch.doctors", "dispatch.family-doctor-teams", "dispatch.tech-groups", "cultivation.reserve-cadres",
                    "cultivation.onboarding-person-times", "cultivation.skills-person-times", "introduction.three-supports",
                    "introduction.returnee-founders")) {
                assertTrue(added(code, key).signum() > 0, code + " " + key);
            }
        }
    }

    @Test
    void answersCreatedWithTheRowsItWrote() {
        ExtractableResponse<Response> answer = load().answer();
        assertEquals(201, answer.statusCode());
        assertEquals("LOADED", answer.path("state"));
        assertTrue(answer.header("Location").endsWith(DemoData.OVERVIEW));
        assertEquals(DemoPlan.TOWNSHIPS + DemoPlan.VILLAGES, answer.<Integer> path("rows.division"));
        assertTrue(answer.<Integer> path("rows.person") > DemoPlan.RESERVE_CADRES);
    }

    @Test
    void loadingAgainChangesNothing() {
        load();
        given().post("/api/v1/demo-data").then().statusCode(200).body("state", equalTo("ALREADY_LOADED")).body("rows", equalTo(Map.of()));
        assertEquals(load().after().get(CITY), overview(CITY));
    }

    @Test
    void demoPeopleReadBackWithMaskedValidIdNumbers() {
        load();
        // Only the demo makes people in Longde (640423); the tests make theirs elsewhere.
        List<String> masked = given().queryParam("division", "640423").queryParam("category", "RESERVE_CADRE").queryParam("limit", 5)
                .get("/api/v1/personnel").then().statusCode(200).body("items", not(empty()))
                .body("items.nationalId", everyItem(matchesPattern("64042[2-5]\\*{8}[0-9]{3}[0-9X]")))
                .extract().path("items.nationalId");
        String id = given().queryParam("division", "640423").queryParam("category", "RESERVE_CADRE").queryParam("limit", 1)
                .get("/api/v1/personnel").then().extract().path("items[0].id");
        Map<String, Object> person = given().header("Authorization", Tokens.bearer("reader", CITY, "viewer", "pii-reader"))
                .get("/api/v1/personnel/" + id).then().statusCode(200).extract().path("$");
        NationalIds.Parsed number = NationalIds.parse((String) person.get("nationalId")).orElseThrow();
        assertEquals(LocalDate.parse((String) person.get("birthDate")), number.birthDate());
        assertEquals(number.male() ? "MALE" : "FEMALE", person.get("gender"));
        assertEquals(NationalIds.mask(number.number()), masked.get(0));
    }

    @Test
    void onlyAdministratorsLoadIt() {
        given().header("Authorization", Tokens.bearer("op", CITY, "operator")).post("/api/v1/demo-data").then().statusCode(403);
    }
}
