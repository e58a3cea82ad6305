package org.ruraltalent.personnel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class PersonResourceTest {

    private static Map<String, Object> person(String name, String nationalId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("nationalId", nationalId);
        return body;
    }

    @Test
    void registersPersonAndDerivesBirthDateAndGenderFromNationalId() {
        String id = TestData.nationalId(TestData.YUANZHOU, LocalDate.of(1985, 7, 15), true);
        Map<String, Object> body = person("马志强", id);
        body.put("mobile", "13895012345");
        body.put("categories", List.of("CADRE", "RESERVE_CADRE"));
        body.put("politicalStatus", "CPC_MEMBER");
        Response created = given().contentType(ContentType.JSON).body(body).post("/api/v1/personnel");
        created.then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("birthDate", nullValue())
                .body("birthYear", equalTo(1985))
                .body("gender", equalTo("MALE"))
                .body("nationalId", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                .body("mobile", equalTo("138****2345"))
                .body("categories", containsInAnyOrder("CADRE", "RESERVE_CADRE"))
                .body("status", equalTo("ACTIVE"));
        given().get(created.header("Location")).then().statusCode(200).body("name", equalTo("马志强"));
    }

    @Test
    void rejectsSecondPersonWithSameNationalId() {
        String id = TestData.nationalId();
        given().contentType(ContentType.JSON).body(person("甲", id)).post("/api/v1/personnel").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(person("乙", id.toLowerCase()))
                .post("/api/v1/personnel")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rural-talent:problem:duplicate"))
                .body("errors[0].field", equalTo("nationalId"))
                .body("detail", equalTo("A person with this national ID number is already registered."));
    }

    @Test
    void rejectsBirthDateThatDisagreesWithNationalId() {
        String id = TestData.nationalId(TestData.YUANZHOU, LocalDate.of(1990, 1, 2), false);
        Map<String, Object> body = person("王芳", id);
        body.put("birthDate", "1990-01-03");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/personnel")
                .then().statusCode(400).body("errors[0].field", equalTo("birthDate"));
        given().queryParam("nationalId", id).get("/api/v1/personnel").then().statusCode(200).body("items", empty());
    }

    @Test
    void findsPersonByExactNationalIdWithoutStoringItInClear() {
        String id = TestData.nationalId();
        String personId = given().contentType(ContentType.JSON).body(person("李明", id)).post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");
        given().queryParam("nationalId", id).get("/api/v1/personnel")
                .then().statusCode(200).body("items.id", equalTo(List.of(personId)));
    }

    @Test
    void filtersByCategoryDivisionAndEmployer() {
        String township = TestData.township(TestData.XIJI);
        String employer = TestData.organisation("TOWNSHIP_GOVERNMENT", township);
        Map<String, Object> body = person("张伟", TestData.nationalId());
        body.put("employerId", employer);
        body.put("categories", List.of("ST_COMMISSIONER"));
        String id = given().contentType(ContentType.JSON).body(body).post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");
        TestData.person("不相干");

        // With the employer too, so other records in Xiji (the demo data set has hundreds) stay out of the page.
        given().queryParam("division", TestData.XIJI).queryParam("category", "ST_COMMISSIONER").queryParam("employer", employer)
                .get("/api/v1/personnel").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().queryParam("division", TestData.XIJI).queryParam("category", "TEACHER").queryParam("employer", employer)
                .get("/api/v1/personnel").then().statusCode(200).body("items", empty());
        given().queryParam("employer", employer).get("/api/v1/personnel")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().queryParam("division", TestData.YUANZHOU).queryParam("employer", employer).get("/api/v1/personnel")
                .then().statusCode(200).body("items", empty());
        given().queryParam("division", TestData.GUYUAN).queryParam("employer", employer).get("/api/v1/personnel")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    /**
     * A page is read as rows in one statement, a person alone as an entity: both must show the
     * same person, with employer, home, categories and specialties, and empty sets for none.
     */
    @Test
    void listShowsEachPersonAsReadingThemAloneDoes() {
        String employer = TestData.organisation("TOWNSHIP_GOVERNMENT", TestData.township(TestData.XIJI));
        String prefix = "行" + System.nanoTime();
        Map<String, Object> full = person(prefix + "甲", TestData.nationalId());
        full.put("employerId", employer);
        full.put("homeDivisionCode", TestData.YUANZHOU);
        full.put("mobile", "13895012345");
        full.put("categories", List.of("TEACHER", "CADRE", "ST_COMMISSIONER"));
        full.put("specialties", List.of("马铃薯种植", "中药材", "肉牛养殖"));
        full.put("professionalTitle", "农艺师");
        full.put("titleLevel", "INTERMEDIATE");
        String fullId = given().contentType(ContentType.JSON).body(full).post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");
        String bareId = given().contentType(ContentType.JSON).body(person(prefix + "乙", TestData.nationalId()))
                .post("/api/v1/personnel").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> items = given().queryParam("name", prefix).get("/api/v1/personnel")
                .then().statusCode(200).extract().path("items");
        assertEquals(2, items.size());
        assertEquals(given().get("/api/v1/personnel/" + fullId).then().statusCode(200).extract().as(Map.class), items.get(0));
        assertEquals(given().get("/api/v1/personnel/" + bareId).then().statusCode(200).extract().as(Map.class), items.get(1));
        // In the order the categories are declared, specialties by text: the same whichever way the person was read.
        assertEquals(List.of("CADRE", "TEACHER", "ST_COMMISSIONER"), items.get(0).get("categories"));
        assertEquals(List.of("中药材", "肉牛养殖", "马铃薯种植"), items.get(0).get("specialties"));
        assertEquals(employer, ((Map<?, ?>) items.get(0).get("employer")).get("id"));
        assertEquals(List.of(), items.get(1).get("categories"));
        assertEquals(List.of(), items.get(1).get("specialties"));
    }

    /** Division filters follow a person's place as it changes: their employer moving, their home, their categories. */
    @Test
    void divisionFilterFollowsEmployerHomeAndCategoriesAsTheyChange() {
        String name = "迁移" + System.nanoTime();
        String employer = TestData.organisation("SCHOOL", TestData.township(TestData.XIJI));
        Map<String, Object> body = person(name + "甲", TestData.nationalId());
        body.put("employerId", employer);
        body.put("categories", List.of("TEACHER"));
        String employed = given().contentType(ContentType.JSON).body(body).post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> homeBody = person(name + "乙", TestData.nationalId());
        homeBody.put("homeDivisionCode", TestData.village(TestData.YUANZHOU));
        homeBody.put("categories", List.of("TEACHER"));
        String atHome = given().contentType(ContentType.JSON).body(homeBody).post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");

        assertPeople(TestData.XIJI, "TEACHER", name, List.of(employed));
        assertPeople(TestData.YUANZHOU, "TEACHER", name, List.of(atHome));
        assertPeople(TestData.PENGYANG, null, name, List.of());

        // The employer moves to Pengyang: its people go with it, in every filter.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("divisionCode", TestData.township(TestData.PENGYANG)))
                .patch("/api/v1/organisations/" + employer).then().statusCode(200);
        assertPeople(TestData.XIJI, "TEACHER", name, List.of());
        assertPeople(TestData.PENGYANG, "TEACHER", name, List.of(employed));
        assertPeople(TestData.PENGYANG, null, name, List.of(employed));

        // The other moves home, and becomes a technician as well.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("homeDivisionCode", TestData.village(TestData.PENGYANG),
                        "categories", List.of("TEACHER", "AGRICULTURAL_TECHNICIAN")))
                .patch("/api/v1/personnel/" + atHome).then().statusCode(200);
        assertPeople(TestData.YUANZHOU, "TEACHER", name, List.of());
        assertPeople(TestData.PENGYANG, "AGRICULTURAL_TECHNICIAN", name, List.of(atHome));
        assertPeople(TestData.GUYUAN, "TEACHER", name, List.of(employed, atHome));
    }

    private static void assertPeople(String division, String category, String namePrefix, List<String> expected) {
        var request = given().queryParam("division", division).queryParam("name", namePrefix);
        if (category != null) {
            request.queryParam("category", category);
        }
        request.get("/api/v1/personnel").then().statusCode(200)
                .body("items.id", expected.isEmpty() ? empty() : containsInAnyOrder(expected.toArray()));
    }

    @Test
    void nameFilterTakesWildcardsLiterally() {
        String unique = "百分" + System.nanoTime();
        String id = TestData.person(unique + "%强");
        given().queryParam("name", "%" + unique.substring(2)).get("/api/v1/personnel").then().statusCode(200).body("items", empty());
        given().queryParam("name", unique + "%").get("/api/v1/personnel").then().body("items.id", equalTo(List.of(id)));
        given().queryParam("name", unique + "_").get("/api/v1/personnel").then().body("items", empty());
    }

    @Test
    void updatesWithIfMatchAndBumpsTheEtag() {
        String id = TestData.person("赵六");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("professionalTitle", "农艺师", "titleLevel", "INTERMEDIATE", "categories", List.of("AGRICULTURAL_TECHNICIAN")))
                .patch("/api/v1/personnel/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("professionalTitle", equalTo("农艺师"))
                .body("categories", equalTo(List.of("AGRICULTURAL_TECHNICIAN")));
    }

    @Test
    void deactivatesAndReactivatesWithReason() {
        String id = TestData.person("钱七");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "调离本市"))
                .post("/api/v1/personnel/" + id + "/deactivate")
                .then().statusCode(200).body("status", equalTo("INACTIVE")).body("deactivationReason", equalTo("调离本市"))
                .body("deactivatedOn", equalTo(LocalDate.now().toString()));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("reason", "again"))
                .post("/api/v1/personnel/" + id + "/deactivate")
                .then().statusCode(409).body("currentState", equalTo("INACTIVE"));
        given().header("If-Match", "\"1\"").post("/api/v1/personnel/" + id + "/reactivate")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("deactivatedOn", nullValue());
        given().queryParam("status", "INACTIVE").queryParam("name", "钱七").get("/api/v1/personnel")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void exportsTheFilteredListAsCsvAndXlsxWithNumbersMasked() {
        String prefix = "导出" + System.nanoTime();
        String nationalId = TestData.nationalId();
        given().contentType(ContentType.JSON).body(Map.of("name", prefix + "甲", "nationalId", nationalId, "categories",
                List.of("CADRE", "RETURNEE"))).post("/api/v1/personnel").then().statusCode(201);
        TestData.person(prefix + "乙");
        String csv = given().accept("text/csv").queryParam("name", prefix).get("/api/v1/personnel/export")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length, csv);
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].contains("身份证号 National ID"));
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(nationalId.substring(0, 6) + "********" + nationalId.substring(14)));
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains(nationalId));
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("干部、返乡人才"), csv);
        byte[] xlsx = given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("name", prefix).get("/api/v1/personnel/export").then().statusCode(200).extract().asByteArray();
        assertEquals('P', (char) xlsx[0]);
        given().accept("text/csv").queryParam("category", "WIZARD").get("/api/v1/personnel/export").then().statusCode(400);
    }

    @Test
    void exportsPageByPageAndRefusesMoreRowsThanTheLimit() {
        // In tests an export reads 2 rows a page and takes at most 5 (application.properties).
        String prefix = "分页导出" + System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(TestData.person(prefix + "甲" + i));
        }
        TestData.person(prefix + "乙");
        String csv = given().accept("text/csv").queryParam("name", prefix + "甲").get("/api/v1/personnel/export")
                .then().statusCode(200).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(6, lines.size(), csv);
        assertEquals(ids.stream().sorted().toList(), lines.subList(1, 6).stream().map(line -> line.substring(0, 36)).toList());
        byte[] xlsx = given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("name", prefix + "甲").get("/api/v1/personnel/export").then().statusCode(200).extract().asByteArray();
        assertEquals('P', (char) xlsx[0]);
        given().accept("text/csv").queryParam("name", prefix).get("/api/v1/personnel/export")
                .then().statusCode(422).body("detail", org.hamcrest.Matchers.containsString("5"));
    }

    @Test
    void pagesThroughPeopleWithCursor() {
        String prefix = "翻页" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            TestData.person(prefix + i);
        }
        Response first = given().queryParam("name", prefix).queryParam("limit", 2).get("/api/v1/personnel");
        first.then().statusCode(200).body("items.size()", equalTo(2)).body("nextCursor", notNullValue());
        Response second = given().queryParam("name", prefix).queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString()).get("/api/v1/personnel");
        Response third = given().queryParam("name", prefix).queryParam("limit", 2)
                .queryParam("cursor", second.path("nextCursor").toString()).get("/api/v1/personnel");
        third.then().body("items.size()", equalTo(1)).body("nextCursor", nullValue());
        List<String> names = new java.util.ArrayList<>();
        names.addAll(first.path("items.name"));
        names.addAll(second.path("items.name"));
        names.addAll(third.path("items.name"));
        assertEquals(List.of(prefix + 0, prefix + 1, prefix + 2, prefix + 3, prefix + 4), names);
    }
}
