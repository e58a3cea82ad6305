package org.ruraltalent.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The introduction and platform figures of the overview on a hand-built township. */
@QuarkusTest
class IntroductionAndPlatformFiguresTest {

    private static String post(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String figure(String key) {
        return "figures.find { it.key == '" + key + "' }.value";
    }

    @Test
    void countsRecruitsReturneesPlatformsAndExactFunding() {
        String township = TestData.township(TestData.PENGYANG);
        String school = TestData.organisation("SCHOOL", township);
        String farm = TestData.organisation("FAMILY_FARM", township);
        String teachers = post("/api/v1/recruitment-programmes", Map.of("name", "特岗计划", "kind", "SPECIAL_POST_TEACHER",
                "year", 2022, "quota", 5, "divisionCode", township));
        String threeSupports = post("/api/v1/recruitment-programmes", Map.of("name", "三支一扶", "kind",
                "THREE_SUPPORTS_ONE_ASSISTANCE", "year", 2022, "quota", 5, "divisionCode", township));
        for (String program : List.of(teachers, teachers, threeSupports)) {
            post("/api/v1/recruitment-programmes/" + program + "/placements",
                    Map.of("personId", TestData.person("招募"), "organisationId", school, "placedOn", "2022-09-01"));
        }
        String founder = post("/api/v1/personnel", Map.of("name", "返乡", "nationalId", TestData.nationalId(),
                "homeDivisionCode", township, "categories", List.of("RETURNEE")));
        for (String name : List.of("采摘园", "生物科技")) {
            post("/api/v1/ventures", Map.of("founderId", founder, "name", name + System.nanoTime(), "kind", "PICKING_GARDEN",
                    "divisionCode", township, "foundedOn", "2022-04-18", "peopleEmployed", 5));
        }
        post("/api/v1/workstations", Map.of("kind", "WORKSTATION", "name", "人才工作站", "hostOrganisationId", farm,
                "divisionCode", township, "openedOn", "2022-01-01"));
        post("/api/v1/workstations", Map.of("kind", "TALENT_HOME", "name", "人才之家", "hostOrganisationId", farm,
                "divisionCode", township, "openedOn", "2022-01-01"));
        post("/api/v1/teams", Map.of("name", "服务团", "type", "COUNTY_SERVICE_TEAM", "divisionCode", township));
        String industry = "I" + System.nanoTime();
        post("/api/v1/industries", Map.of("code", industry, "nameZh", "冷凉蔬菜", "nameEn", "Cool-climate vegetables"));
        for (String amount : List.of("0.10", "0.20", "7299999.70")) {
            post("/api/v1/talent-projects", Map.of("title", "项目" + System.nanoTime(), "industryCode", industry,
                    "leadOrganisationId", farm, "fundingAmount", amount, "fundingLevel", "CITY", "year", 2022));
        }

        given().queryParam("division", township).queryParam("from", "2022-01-01").queryParam("to", "2022-12-31")
                .get("/api/v1/statistics/overview").then().statusCode(200)
                .body(figure("introduction.special-post-teachers"), equalTo(2))
                .body(figure("introduction.three-supports"), equalTo(1))
                .body(figure("introduction.western-volunteers"), equalTo(0))
                .body(figure("introduction.returnee-founders"), equalTo(1))
                .body(figure("introduction.ventures"), equalTo(2))
                .body(figure("platforms.workstations"), equalTo(1))
                .body(figure("platforms.talent-homes"), equalTo(1))
                .body(figure("platforms.service-teams"), equalTo(1))
                .body(figure("platforms.counties-with-service-team"), equalTo(1))
                .body(figure("platforms.talent-projects"), equalTo(3))
                .body(figure("platforms.talent-project-funding"), equalTo("7300000.00"));
        given().queryParam("division", township).queryParam("groupBy", "kind").get("/api/v1/statistics/introduction").then()
                .statusCode(200)
                .body("rows.find { it.key == 'SPECIAL_POST_TEACHER' }.values.people", equalTo(2))
                .body("rows.find { it.key == 'THREE_SUPPORTS_ONE_ASSISTANCE' }.values.placements", equalTo(1));
        given().queryParam("division", township).queryParam("groupBy", "industry").get("/api/v1/statistics/platforms").then()
                .statusCode(200)
                .body("rows[0].key", equalTo(industry)).body("rows[0].label", equalTo("冷凉蔬菜"))
                .body("rows[0].values.projects", equalTo(3)).body("rows[0].values.fundingYuan", equalTo("7300000.00"));
        given().queryParam("division", township).queryParam("groupBy", "category").get("/api/v1/statistics/dispatch").then()
                .statusCode(200);
        given().queryParam("groupBy", "industry").get("/api/v1/statistics/introduction").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        given().queryParam("division", township).queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .get("/api/v1/statistics/overview").then().statusCode(200)
                .body(figure("introduction.special-post-teachers"), equalTo(0))
                .body(figure("platforms.talent-project-funding"), equalTo("0.00"));
    }
}
