package org.ruraltalent.recruitment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ruraltalent.common.Uuid7;
import org.ruraltalent.support.TestData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The database guards hold on their own, without the service's checks in front of them: rows
 * written straight into the placement table move the counters, and the trigger and CHECKs refuse
 * a placement beyond the quota or the quantity, or into a closed demand.
 */
@QuarkusTest
class PlacementCountsTriggerTest {

    @Inject
    AgroalDataSource database;

    private void insert(String programme, String person, String organisation, String demand) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into placement (id, programme_id, person_id, organisation_id, placed_on, demand_id)
                        values (?, ?, ?, ?, date '2023-08-01', ?)""")) {
            insert.setObject(1, Uuid7.next());
            insert.setObject(2, UUID.fromString(programme));
            insert.setObject(3, UUID.fromString(person));
            insert.setObject(4, UUID.fromString(organisation));
            insert.setObject(5, demand == null ? null : UUID.fromString(demand));
            insert.executeUpdate();
        }
    }

    private static String programme(int quota) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "直写计划", "kind", "URGENT_TALENT", "year", 2023, "quota", quota, "divisionCode", TestData.YUANZHOU))
                .post("/api/v1/recruitment-programmes").then().statusCode(201).extract().path("id");
    }

    private static String demand(String organisation, int quantity) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("divisionCode", TestData.YUANZHOU, "organisationId", organisation, "year", 2023, "position", "教师",
                        "quantity", quantity))
                .post("/api/v1/talent-demands").then().statusCode(201).extract().path("id");
    }

    private static void refused(String constraint, SQLException e) {
        assertEquals("23514", e.getSQLState(), e::getMessage);
        assertTrue(e.getMessage().contains(constraint), e::getMessage);
    }

    @Test
    void theQuotaIsHeldByTheDatabaseItself() throws SQLException {
        String programme = programme(1);
        String school = TestData.organisation("SCHOOL", TestData.YUANZHOU);
        insert(programme, TestData.person("直写甲"), school, null);
        given().get("/api/v1/recruitment-programmes/" + programme).then().body("placedCount", equalTo(1))
                .header("ETag", "\"1\"");
        refused("ck_recruitment_programme_quota",
                assertThrows(SQLException.class, () -> insert(programme, TestData.person("直写乙"), school, null)));
        given().get("/api/v1/recruitment-programmes/" + programme).then().body("placedCount", equalTo(1));
    }

    @Test
    void aDemandsQuantityAndClosureAreHeldByTheDatabaseItself() throws SQLException {
        String programme = programme(10);
        String school = TestData.organisation("SCHOOL", TestData.YUANZHOU);
        String full = demand(school, 1);
        insert(programme, TestData.person("直写丙"), school, full);
        given().get("/api/v1/talent-demands/" + full).then().body("status", equalTo("FILLED"));
        refused("ck_talent_demand_filled",
                assertThrows(SQLException.class, () -> insert(programme, TestData.person("直写丁"), school, full)));

        String closed = demand(school, 5);
        given().header("If-Match", "\"0\"").post("/api/v1/talent-demands/" + closed + "/close").then().statusCode(200);
        refused("ck_placement_demand_open",
                assertThrows(SQLException.class, () -> insert(programme, TestData.person("直写戊"), school, closed)));
        given().get("/api/v1/talent-demands/" + closed).then().body("filledCount", equalTo(0)).body("status", equalTo("CLOSED"));
        given().get("/api/v1/recruitment-programmes/" + programme).then().body("placedCount", equalTo(1));
    }
}
