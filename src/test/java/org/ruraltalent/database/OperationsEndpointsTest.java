package org.ruraltalent.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void reportsLiveAndReadyWithTheDatabaseCheck() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"));
    }

    @Test
    void exposesPrometheusMetricsWithBusinessCounters() {
        given().get("/api/v1/divisions").then().statusCode(200);
        org.ruraltalent.support.TestData.person("计数");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("rural_talent_record_changes_total{operation=\"CREATE\",type=\"person\"}"));
    }

    @Test
    void servesTheOpenApiDocumentAndSwaggerUi() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/personnel"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
