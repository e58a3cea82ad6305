package org.ruraltalent.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuditTrailTest {

    private static final String CLERK = Tokens.bearer("clerk.ma", null, "admin");
    private static final String AUDITOR = Tokens.bearer("auditor.li", null, "auditor");

    @Inject
    AgroalDataSource db;

    @Test
    void recordsWhoChangedWhatFromWhichRequest() {
        String nationalId = TestData.nationalId();
        String id = given().header("Authorization", CLERK).header("X-Request-Id", "req-create-" + System.nanoTime())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "审计", "nationalId", nationalId, "categories", List.of("CADRE")))
                .post("/api/v1/personnel").then().statusCode(201).extract().path("id");
        String patchRequest = "req-patch-" + System.nanoTime();
        given().header("Authorization", CLERK).header("X-Request-Id", patchRequest).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("professionalTitle", "农艺师", "categories", List.of("CADRE", "RESERVE_CADRE")))
                .patch("/api/v1/personnel/" + id).then().statusCode(200);

        given().header("Authorization", AUDITOR).queryParam("resourceId", id).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", equalTo("clerk.ma"))
                .body("items[0].resourceType", equalTo("person"))
                .body("items[0].changes.name.after", equalTo("审计"))
                .body("items[0].changes.nationalId.after", equalTo("[protected]"))
                .body("items[0].changes.categories.after", equalTo(List.of("CADRE")))
                .body("items[1].action", equalTo("UPDATE"))
                .body("items[1].requestId", equalTo(patchRequest))
                .body("items[1].request", equalTo("PATCH /api/v1/personnel/" + id))
                .body("items[1].changes.professionalTitle.before", equalTo(null))
                .body("items[1].changes.professionalTitle.after", equalTo("农艺师"))
                .body("items[1].changes.categories.before", equalTo(List.of("CADRE")))
                .body("items[1].changes.categories.after", equalTo(List.of("CADRE", "RESERVE_CADRE")))
                .body("items[1].changes.containsKey('version')", equalTo(false));
        given().header("Authorization", AUDITOR).queryParam("resourceId", id).get("/api/v1/audit-events")
                .then().body(not(containsString(nationalId.substring(6, 14))));
    }

    @Test
    void recordsStateChangesAndNothingForRejectedRequests() {
        String id = TestData.person("状态审计");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "退休"))
                .post("/api/v1/personnel/" + id + "/deactivate").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("name", "过期"))
                .patch("/api/v1/personnel/" + id).then().statusCode(412);
        given().header("Authorization", AUDITOR).queryParam("resourceId", id).queryParam("action", "UPDATE")
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].changes.status.after", equalTo("INACTIVE"))
                .body("items[0].changes.deactivationReason.after", equalTo("退休"));
    }

    @Test
    void theTrailCannotBeRewritten() throws Exception {
        TestData.person("不可改");
        try (Connection c = db.getConnection()) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("update audit_event set actor = 'someone'"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("delete from audit_event"));
        }
    }

    @Test
    void aDivisionScopedAuditorIsRefused() {
        given().header("Authorization", Tokens.bearer("county-auditor", TestData.XIJI, "auditor")).get("/api/v1/audit-events")
                .then().statusCode(403).body("type", equalTo("urn:rural-talent:problem:forbidden"));
    }

    @Test
    void badFiltersAreProblems() {
        given().header("Authorization", AUDITOR).queryParam("from", "yesterday").get("/api/v1/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
