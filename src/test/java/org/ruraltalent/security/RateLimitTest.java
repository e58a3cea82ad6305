package org.ruraltalent.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Each caller has a limit per minute (here 3 for one named caller); past it, 429 with Retry-After. */
@QuarkusTest
class RateLimitTest {

    @Test
    void answersTooManyRequestsPastTheCallersLimitAndSaysWhatIsLeft() {
        String token = Tokens.bearer("rate-limited-caller", null, "admin");
        for (String left : new String[] { "2", "1", "0" }) {
            given().header("Authorization", token).get("/api/v1/code-tables/gender").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", left);
        }
        given().header("Authorization", token).get("/api/v1/code-tables/gender").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:rural-talent:problem:too-many-requests"));
    }

    @Test
    void otherCallersAreNotHeldBack() {
        given().get("/api/v1/code-tables/gender").then().statusCode(200).header("RateLimit-Limit", "1000000");
    }
}
