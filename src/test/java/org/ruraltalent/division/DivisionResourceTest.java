package org.ruraltalent.division;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruraltalent.support.TestData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DivisionResourceTest {

    @Inject
    AgroalDataSource database;

    private int update(String set, String code) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement update = c.prepareStatement("update division set " + set + " where code = ?")) {
            update.setString(1, code);
            return update.executeUpdate();
        }
    }

    @Test
    void shipsGuyuanAndItsFiveCountyLevelUnits() {
        given().queryParam("parent", "640400").queryParam("limit", 200)
                .get("/api/v1/divisions")
                .then().statusCode(200)
                .body("items.code", hasItems("640402", "640422", "640423", "640424", "640425"))
                .body("items.findAll { it.level == 'COUNTY' }.size()", equalTo(5));
    }

    @Test
    void createsTownshipUnderCountyWithLocationAndEtag() {
        String code = TestData.township(TestData.YUANZHOU);
        given().get("/api/v1/divisions/" + code)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("parentCode", equalTo(TestData.YUANZHOU))
                .body("path", equalTo("/640000/640400/640402/" + code + "/"));
    }

    @Test
    void rejectsTownshipCodeThatDoesNotExtendItsCounty() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("code", "640422001", "name", "错镇", "level", "TOWNSHIP", "parentCode", "640402"))
                .post("/api/v1/divisions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", startsWith("must start with the parent code digits 640402"));
    }

    /** The copies of a division's path, and the path the service keeps for a token's division, rely on it never changing. */
    @ParameterizedTest
    @ValueSource(strings = { "path = '/640000/640400/640422/' || code || '/'",
            "parent_id = (select id from division where code = '640422')", "level = 'VILLAGE'", "code = code || '1'" })
    void aDivisionsPlaceIsFixedByTheDatabaseItself(String change) throws SQLException {
        String code = TestData.township(TestData.YUANZHOU);
        SQLException refused = assertThrows(SQLException.class, () -> update(change, code));
        assertEquals("23514", refused.getSQLState(), refused::getMessage);
        assertTrue(refused.getMessage().contains("fixed once added"), refused::getMessage);
        given().get("/api/v1/divisions/" + code).then().statusCode(200)
                .body("parentCode", equalTo(TestData.YUANZHOU)).body("level", equalTo("TOWNSHIP"))
                .body("path", equalTo("/640000/640400/640402/" + code + "/"));
    }

    @Test
    void onlyTheNameChanges() throws SQLException {
        String code = TestData.township(TestData.YUANZHOU);
        assertEquals(1, update("name = '直改镇', path = path, parent_id = parent_id", code));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "改名镇"))
                .patch("/api/v1/divisions/" + code).then().statusCode(200).body("name", equalTo("改名镇"))
                .body("path", equalTo("/640000/640400/640402/" + code + "/"));
    }
}
