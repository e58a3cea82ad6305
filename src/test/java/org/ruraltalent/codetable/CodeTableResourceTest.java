package org.ruraltalent.codetable;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CodeTableResourceTest {

    @Test
    void servesEveryCodeTableWithChineseAndEnglishLabels() {
        given().get("/api/v1/code-tables")
                .then().statusCode(200)
                .body("name", hasItems("division-level", "organisation-type", "hospital-grade", "gender", "ethnic-group",
                        "education", "degree", "political-status", "title-level", "talent-category", "person-status",
                        "demand-status", "programme-kind", "placement-status", "venture-kind", "workstation-kind", "funding-level",
                        "project-status"))
                .body("codes.flatten().findAll { !it.zh || !it.en }.size()", equalTo(0));
    }

    @Test
    void servesOneTableByName() {
        given().get("/api/v1/code-tables/talent-category")
                .then().statusCode(200)
                .body("codes.find { it.code == 'ST_COMMISSIONER' }.zh", equalTo("科技特派员"));
        given().get("/api/v1/code-tables/ethnic-group")
                .then().statusCode(200)
                .body("codes.size()", equalTo(58))
                .body("codes.find { it.code == 'HUI' }.zh", equalTo("回族"));
        given().get("/api/v1/code-tables/no-such-table").then().statusCode(404);
    }
}
