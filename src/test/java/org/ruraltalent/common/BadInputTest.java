package org.ruraltalent.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Bad input always gets a 4xx problem naming what is wrong, never a 500, and changes nothing:
 * after each rejected create, no person with that name exists.
 */
@QuarkusTest
class BadInputTest {

    private static void rejected(String json, int status, String field) {
        String name = "坏输入" + System.nanoTime();
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(json.replace("NAME", name).replace("GOOD_ID", TestData.nationalId()))
                .post("/api/v1/personnel")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("instance", equalTo("/api/v1/personnel"))
                .body("requestId", notNullValue())
                .body(field == null ? "type" : "errors.field", field == null ? notNullValue() : hasItem(field))
                .body(not(containsString("Exception")));
        given().queryParam("name", name).get("/api/v1/personnel").then().statusCode(200).body("items", empty());
    }

    @Test
    void malformedJsonIsA400() {
        rejected("{\"name\": \"NAME\", ", 400, null);
    }

    @Test
    void aNulCharacterIsRefusedNamingTheFieldOrParameter() {
        rejected("{\"name\": \"NAME\\u0000\", \"nationalId\": \"GOOD_ID\"}", 400, "name");
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"specialties\": [\"果树\", \"\\u0000\"]}", 400,
                "specialties[1]");
        given().header("Accept-Language", "en").queryParam("name", "a\u0000").get("/api/v1/personnel").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("NulCharacter"))
                .body("errors[0].message", equalTo("must not contain a NUL character (U+0000)"));
        given().queryParam("division", "64\u0000").get("/api/v1/village-leadership/townships").then().statusCode(400)
                .body("errors[0].field", equalTo("division"));
    }

    @Test
    void missingBodyIsA400() {
        given().contentType(ContentType.JSON).post("/api/v1/personnel").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().post("/api/v1/organisations").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("null").post("/api/v1/divisions").then().statusCode(400);
    }

    @Test
    void oversizedBodyIsA413ProblemBeforeItIsRead() {
        byte[] body = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body).post("/api/v1/personnel")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:rural-talent:problem:payload-too-large"))
                .body("detail", equalTo("The body is larger than 10 MB."));
    }

    @Test
    void aFieldGivenTwiceIsRefusedAndNamed() {
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"name\": \"OTHER\"}", 400, "name");
        given().contentType(ContentType.JSON).body("{\"code\": \"640402999\", \"code\": \"640402998\"}")
                .post("/api/v1/divisions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("DuplicateField"));
    }

    @Test
    void wrongTypeNamesTheField() {
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"categories\": \"CADRE\"}", 400, "categories");
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"birthDate\": 12}", 400, "birthDate");
    }

    @Test
    void unknownEnumCodeNamesTheFieldAndTheCodesAllowed() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"name\": \"x\", \"nationalId\": \"" + TestData.nationalId() + "\", \"politicalStatus\": \"PIRATE\"}")
                .post("/api/v1/personnel")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("politicalStatus"))
                .body("errors[0].code", equalTo("UnknownCode"))
                .body("errors[0].message", containsString("CPC_MEMBER"));
    }

    @Test
    void unknownCategoryInsideListNamesTheElement() {
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"categories\": [\"CADRE\", \"WIZARD\"]}", 400, "categories[1]");
    }

    @Test
    void unknownFieldIsRejected() {
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"nickname\": \"x\"}", 400, "nickname");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/personnel")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("nationalId"));
    }

    @Test
    void overLongStringIsRejected() {
        rejected("{\"name\": \"NAME" + "长".repeat(60) + "\", \"nationalId\": \"GOOD_ID\"}", 400, "name");
    }

    @Test
    void badCheckDigitIsRejected() {
        String good = TestData.nationalId();
        char wrong = good.charAt(17) == '1' ? '2' : '1';
        rejected("{\"name\": \"NAME\", \"nationalId\": \"" + good.substring(0, 17) + wrong + "\"}", 400, "nationalId");
    }

    @Test
    void nationalIdWithFutureBirthDateIsRejected() {
        LocalDate future = LocalDate.now().plusYears(1);
        String body = TestData.YUANZHOU + future.toString().replace("-", "") + "123";
        rejected("{\"name\": \"NAME\", \"nationalId\": \"" + body + NationalIds.checkDigit(body) + "\"}", 400, "nationalId");
    }

    @Test
    void futureBirthDateIsRejected() {
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"birthDate\": \"" + LocalDate.now().plusDays(3) + "\"}", 400,
                "birthDate");
    }

    @Test
    void invalidMobileIsRejected() {
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"mobile\": \"12345\"}", 400, "mobile");
    }

    @Test
    void divisionCodeThatDoesNotExistIsRejected() {
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"homeDivisionCode\": \"640499\"}", 400, "homeDivisionCode");
    }

    @Test
    void unknownEmployerIsRejected() {
        rejected("{\"name\": \"NAME\", \"nationalId\": \"GOOD_ID\", \"employerId\": \"01900000-0000-7000-8000-000000000000\"}", 400,
                "employerId");
    }

    @ParameterizedTest
    @CsvSource({ "limit,0", "limit,201", "limit,ten", "cursor,not-a-cursor", "cursor,azE6bm90LWEtdXVpZA", "category,WIZARD",
            "employer,123", "division,999999", "nationalId,123" })
    void badListParameterIsA400NamingIt(String param, String value) {
        given().queryParam(param, value).get("/api/v1/personnel")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(param));
    }

    @Test
    void unknownIdIsA404Problem() {
        given().get("/api/v1/personnel/01900000-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:rural-talent:problem:not-found"));
        given().get("/api/v1/personnel/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/divisions/999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownPathAndWrongMethodAndMediaTypeAreProblems() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/divisions").then().statusCode(405).contentType("application/problem+json");
        given().contentType(ContentType.XML).body("<person/>").post("/api/v1/personnel")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/api/v1/personnel/01900000-0000-7000-8000-000000000000")
                .then().statusCode(404).header("Content-Language", "zh-CN")
                .body("title", equalTo("资源不存在"))
                .body("detail", equalTo("人员 01900000-0000-7000-8000-000000000000 不存在。"));
        given().header("Accept-Language", "en-GB,en;q=0.8").get("/api/v1/personnel/01900000-0000-7000-8000-000000000000")
                .then().statusCode(404).header("Content-Language", "en")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("Person 01900000-0000-7000-8000-000000000000 does not exist."));
    }

    @Test
    void validationMessagesFollowTheCallersLanguage() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "x");
        body.put("nationalId", "123");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body).post("/api/v1/personnel")
                .then().statusCode(400).body("errors[0].message", containsString("not a valid national ID number"));
        given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN").body(body).post("/api/v1/personnel")
                .then().statusCode(400).body("errors[0].message", containsString("不是有效的公民身份号码"));
    }

    @Test
    void requestIdIsEchoedAndQuotedInProblems() {
        given().header("X-Request-Id", "trace-12345678").get("/api/v1/personnel/01900000-0000-7000-8000-000000000000")
                .then().statusCode(404).header("X-Request-Id", "trace-12345678").body("requestId", equalTo("trace-12345678"));
    }
}
