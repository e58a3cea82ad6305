package org.ruraltalent.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Funding is exact from JSON to the database and back, and so are its sums. */
@QuarkusTest
class TalentProjectResourceTest {

    /** 17 amounts that add up to exactly 7,300,000.00 yuan; added as doubles they come to 7300000.000000001. */
    private static final List<String> SEVENTEEN = List.of("424955.88", "332692.27", "483792.54", "321068.48", "489370.57",
            "319998.83", "369108.27", "466569.06", "478415.70", "443476.16", "405410.29", "456230.06", "496481.95", "452063.44",
            "421326.90", "400585.11", "538454.49");

    /** A fresh industry only this test uses, so sums filtered by it count this test's projects alone. */
    private static String industry() {
        String code = "TEST_" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("code", code, "nameZh", "测试产业", "nameEn", "Test industry"))
                .post("/api/v1/industries").then().statusCode(201);
        return code;
    }

    private static Map<String, Object> project(String industry, String lead, Object amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "人才项目" + System.nanoTime());
        body.put("industryCode", industry);
        body.put("leadOrganisationId", lead);
        body.put("fundingAmount", amount);
        body.put("fundingLevel", "CITY");
        body.put("year", 2023);
        return body;
    }

    private static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/talent-projects")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void fundingTravelsAsAnExactDecimalString() {
        String lead = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        String person = TestData.person("项目负责人");
        Map<String, Object> body = project(industry(), lead, "7300000");
        body.put("personIds", Set.of(person));
        var created = given().contentType(ContentType.JSON).body(body).post("/api/v1/talent-projects");
        String id = created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/talent-projects/" + created.path("id")))
                .body("fundingAmount", equalTo("7300000.00"))
                .body("divisionCode", equalTo(TestData.YUANZHOU))
                .body("status", equalTo("PROPOSED"))
                .body("people.id", equalTo(List.of(person)))
                .extract().path("id");
        String json = given().get("/api/v1/talent-projects/" + id).then().statusCode(200).header("ETag", "\"0\"").extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"fundingAmount\":\"7300000.00\""), json);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("fundingAmount", "0.10", "status", "FUNDED", "personIds", Set.of()))
                .patch("/api/v1/talent-projects/" + id)
                .then().statusCode(200).body("fundingAmount", equalTo("0.10")).body("status", equalTo("FUNDED"))
                .body("people.size()", equalTo(0)).header("ETag", not(equalTo("\"0\"")));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", "旧版本"))
                .patch("/api/v1/talent-projects/" + id).then().statusCode(412);
    }

    @Test
    void tenCentsAndTwentyCentsSumToThirtyCents() {
        assertNotEquals(0.30, 0.10 + 0.20);
        String industry = industry();
        String lead = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        create(project(industry, lead, "0.10"));
        create(project(industry, lead, "0.20"));
        given().queryParam("groupBy", "industry").queryParam("industry", industry).get("/api/v1/talent-projects/sums")
                .then().statusCode(200)
                .body("groupBy", equalTo("industry"))
                .body("groups.size()", equalTo(1))
                .body("groups[0].key", equalTo(industry))
                .body("groups[0].label", equalTo("测试产业"))
                .body("groups[0].projects", equalTo(2))
                .body("groups[0].funding", equalTo("0.30"))
                .body("funding", equalTo("0.30"));
    }

    @Test
    void seventeenProjectsSumToExactlySevenPointThreeMillion() {
        double asDoubles = 0;
        for (String amount : SEVENTEEN) {
            asDoubles += Double.parseDouble(amount);
        }
        assertNotEquals(7300000.00, asDoubles, 0.0);
        assertNotEquals(0, SEVENTEEN.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(BigDecimal.valueOf(asDoubles)));

        String industry = industry();
        String city = TestData.organisation("GOVERNMENT_AGENCY", TestData.GUYUAN);
        for (int i = 0; i < SEVENTEEN.size(); i++) {
            Map<String, Object> body = project(industry, city, SEVENTEEN.get(i));
            body.put("fundingLevel", i < 10 ? "CITY" : "REGION");
            body.put("year", i < 5 ? 2021 : 2022);
            body.put("status", "FUNDED");
            create(body);
        }
        given().queryParam("groupBy", "industry").queryParam("industry", industry).get("/api/v1/talent-projects/sums")
                .then().statusCode(200).body("projects", equalTo(17)).body("funding", equalTo("7300000.00"))
                .body("groups[0].funding", equalTo("7300000.00"));
        given().queryParam("groupBy", "level").queryParam("industry", industry).get("/api/v1/talent-projects/sums")
                .then().statusCode(200)
                .body("groups.key", equalTo(List.of("CITY", "REGION")))
                .body("groups.label", equalTo(List.of("市级", "自治区级")))
                .body("groups.projects", equalTo(List.of(10, 7)))
                .body("funding", equalTo("7300000.00"));
        given().queryParam("groupBy", "year").queryParam("industry", industry).get("/api/v1/talent-projects/sums")
                .then().statusCode(200)
                .body("groups.key", equalTo(List.of("2021", "2022")))
                .body("groups.projects", equalTo(List.of(5, 12)))
                .body("funding", equalTo("7300000.00"));
        given().queryParam("groupBy", "year").queryParam("industry", industry).queryParam("year", 2021)
                .get("/api/v1/talent-projects/sums").then().statusCode(200)
                .body("groups[0].funding", equalTo(sum(SEVENTEEN.subList(0, 5))));
    }

    private static String sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2).toPlainString();
    }

    @Test
    void cancelledProjectsAreLeftOutOfSumsUnlessAskedFor() {
        String industry = industry();
        String lead = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        create(project(industry, lead, "100.00"));
        Map<String, Object> cancelled = project(industry, lead, "50.00");
        cancelled.put("status", "CANCELLED");
        create(cancelled);
        given().queryParam("groupBy", "industry").queryParam("industry", industry).get("/api/v1/talent-projects/sums")
                .then().body("funding", equalTo("100.00")).body("projects", equalTo(1));
        given().queryParam("groupBy", "industry").queryParam("industry", industry).queryParam("status", "CANCELLED")
                .get("/api/v1/talent-projects/sums").then().body("funding", equalTo("50.00"));
        given().queryParam("groupBy", "industry").queryParam("industry", industry).queryParam("year", 1999)
                .get("/api/v1/talent-projects/sums").then().statusCode(200)
                .body("groups.size()", equalTo(0)).body("projects", equalTo(0)).body("funding", equalTo("0.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"123.456\"", "\"-1.00\"", "\"-0.01\"", "123.45", "7300000", "\"abc\"", "\"1e3\"", "\"\"",
            "\"1234567890123.00\"", "true", "[\"1.00\"]" })
    void badAmountIsA400NamingFundingAmount(String amount) {
        String industry = industry();
        String lead = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        String title = "坏金额" + System.nanoTime();
        String json = "{\"title\": \"" + title + "\", \"industryCode\": \"" + industry + "\", \"leadOrganisationId\": \"" + lead
                + "\", \"fundingAmount\": " + amount + ", \"fundingLevel\": \"CITY\", \"year\": 2023}";
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(json).post("/api/v1/talent-projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("fundingAmount"));
        given().queryParam("industry", industry).get("/api/v1/talent-projects").then().body("items.size()", equalTo(0));
    }

    @Test
    void aJsonNumberIsRefusedWithAMessageAskingForAString() {
        Map<String, Object> body = project(industry(), TestData.organisation("ENTERPRISE", TestData.YUANZHOU), 0.1);
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body).post("/api/v1/talent-projects")
                .then().statusCode(400).body("errors[0].field", equalTo("fundingAmount"))
                .body("errors[0].code", equalTo("DecimalString"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("\"7300000.00\""));
    }

    @Test
    void unknownOrRetiredIndustryAndUnknownPeopleAreNamed() {
        String lead = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        given().contentType(ContentType.JSON).body(project("NO_SUCH_INDUSTRY", lead, "1.00")).post("/api/v1/talent-projects")
                .then().statusCode(400).body("errors[0].field", equalTo("industryCode"));
        String retired = industry();
        String id = given().queryParam("code", retired).get("/api/v1/industries").then().extract().path("items[0].id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("active", false))
                .patch("/api/v1/industries/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(project(retired, lead, "1.00")).post("/api/v1/talent-projects")
                .then().statusCode(400).body("errors[0].field", equalTo("industryCode"));
        Map<String, Object> body = project(industry(), lead, "1.00");
        body.put("personIds", Set.of("01900000-0000-7000-8000-000000000000"));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/talent-projects")
                .then().statusCode(400).body("errors[0].field", equalTo("personIds"));
        given().contentType(ContentType.JSON).body(project(industry(), "01900000-0000-7000-8000-000000000000", "1.00"))
                .post("/api/v1/talent-projects").then().statusCode(400).body("errors[0].field", equalTo("leadOrganisationId"));
    }

    @Test
    void sumsNeedAKnownGrouping() {
        given().get("/api/v1/talent-projects/sums").then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().queryParam("groupBy", "colour").get("/api/v1/talent-projects/sums")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().queryParam("groupBy", "year").queryParam("industry", "NO_SUCH").get("/api/v1/talent-projects/sums")
                .then().statusCode(400).body("errors[0].field", equalTo("industry"));
        given().queryParam("groupBy", "year").queryParam("division", "999999").get("/api/v1/talent-projects/sums")
                .then().statusCode(400).body("errors[0].field", equalTo("division"));
    }

    @Test
    void aCountyTokenSeesAndSumsOnlyItsOwnCountysProjects() {
        String industry = industry();
        String yuanzhou = create(project(industry, TestData.organisation("ENTERPRISE", TestData.YUANZHOU), "1.00"));
        String xiji = create(project(industry, TestData.organisation("ENTERPRISE", TestData.XIJI), "2.00"));
        String viewer = Tokens.bearer("yuanzhou-viewer", TestData.YUANZHOU, "viewer");
        given().header("Authorization", viewer).get("/api/v1/talent-projects/" + xiji).then().statusCode(404);
        given().header("Authorization", viewer).get("/api/v1/talent-projects/" + yuanzhou).then().statusCode(200);
        given().header("Authorization", viewer).queryParam("industry", industry).get("/api/v1/talent-projects")
                .then().statusCode(200).body("items.id", equalTo(List.of(yuanzhou)));
        given().header("Authorization", viewer).queryParam("groupBy", "industry").queryParam("industry", industry)
                .get("/api/v1/talent-projects/sums").then().statusCode(200).body("funding", equalTo("1.00"))
                .body("projects", equalTo(1));
        given().queryParam("groupBy", "industry").queryParam("industry", industry).get("/api/v1/talent-projects/sums")
                .then().body("funding", equalTo("3.00"));
    }

    @Test
    void listFiltersAndPagesByKeyset() {
        String industry = industry();
        String lead = TestData.organisation("ENTERPRISE", TestData.XIJI);
        String person = TestData.person("项目成员");
        String first = create(project(industry, lead, "1.00"));
        Map<String, Object> withPerson = project(industry, lead, "2.00");
        withPerson.put("personIds", Set.of(person));
        withPerson.put("fundingLevel", "COUNTY");
        String second = create(withPerson);
        String cursor = given().queryParam("industry", industry).queryParam("limit", 1).get("/api/v1/talent-projects")
                .then().statusCode(200).body("items.id", equalTo(List.of(first))).extract().path("nextCursor");
        given().queryParam("industry", industry).queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/talent-projects")
                .then().statusCode(200).body("items.id", equalTo(List.of(second))).body("nextCursor", equalTo(null));
        given().queryParam("person", person).get("/api/v1/talent-projects").then().body("items.id", equalTo(List.of(second)));
        given().queryParam("industry", industry).queryParam("level", "COUNTY").get("/api/v1/talent-projects")
                .then().body("items.id", equalTo(List.of(second)));
        given().queryParam("lead", lead).queryParam("division", TestData.XIJI).get("/api/v1/talent-projects")
                .then().body("items.size()", equalTo(2));
        given().queryParam("level", "NATIONAL").get("/api/v1/talent-projects").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
    }
}
