package org.ruraltalent.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OrganisationResourceTest {

    /** A valid unified social credit code (GB 32100) built around {@code serial}. */
    static String creditCode(long serial) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
        String body = "12640402" + String.format("%09d", serial % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        return body + alphabet.charAt((31 - sum % 31) % 31);
    }

    private static Map<String, Object> hospital(String creditCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "原州区人民医院" + System.nanoTime());
        body.put("type", "HOSPITAL");
        body.put("divisionCode", TestData.YUANZHOU);
        body.put("creditCode", creditCode);
        body.put("hospitalGrade", "GRADE_2A");
        return body;
    }

    @Test
    void registersHospitalWithCreditCodeAndGrade() {
        String code = creditCode(System.nanoTime());
        given().contentType(ContentType.JSON).body(hospital(code)).post("/api/v1/organisations")
                .then().statusCode(201)
                .body("creditCode", equalTo(code))
                .body("hospitalGrade", equalTo("GRADE_2A"))
                .body("divisionName", equalTo("原州区"));
    }

    @Test
    void rejectsCreditCodeWithWrongCheckCharacter() {
        String code = creditCode(System.nanoTime());
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        given().contentType(ContentType.JSON).body(hospital(wrong)).post("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("creditCode"));
    }

    @Test
    void rejectsSecondOrganisationWithSameCreditCode() {
        String code = creditCode(System.nanoTime());
        given().contentType(ContentType.JSON).body(hospital(code)).post("/api/v1/organisations").then().statusCode(201);
        given().contentType(ContentType.JSON).body(hospital(code)).post("/api/v1/organisations")
                .then().statusCode(409).body("errors[0].field", equalTo("creditCode"))
                .body("rule", equalTo("uq_organisation_credit_code"));
    }

    @Test
    void onlyHospitalsHaveAGrade() {
        Map<String, Object> body = hospital(null);
        body.put("type", "SCHOOL");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("hospitalGrade"));
    }

    @Test
    void listsOrganisationsWithinADivisionAtAnyDepth() {
        String township = TestData.township(TestData.XIJI);
        String inside = TestData.organisation("COOPERATIVE", township);
        String outside = TestData.organisation("COOPERATIVE", TestData.YUANZHOU);
        given().queryParam("division", TestData.XIJI).queryParam("type", "COOPERATIVE").queryParam("limit", 200)
                .get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items.id", hasItem(inside))
                .body("items.id", not(hasItem(outside)));
    }

    @Test
    void movesOrganisationWithIfMatch() {
        String id = TestData.organisation("ENTERPRISE", TestData.YUANZHOU);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("divisionCode", TestData.XIJI, "active", false))
                .patch("/api/v1/organisations/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("divisionCode", equalTo(TestData.XIJI)).body("active", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).patch("/api/v1/organisations/" + id)
                .then().statusCode(428);
    }
}
