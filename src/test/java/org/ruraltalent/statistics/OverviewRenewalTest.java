package org.ruraltalent.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * With a maximum age (2 s here, 60 s in production) the overview is renewed in the background
 * once half of it has passed: through HTTP against the real database, the renewed count arrives
 * before the maximum age (a request that counted itself would stamp it at the maximum age or
 * later) and is counted within the caller's scope, although the request that set it off has ended.
 */
@QuarkusTest
@TestProfile(OverviewRenewalTest.TwoSecondOverview.class)
class OverviewRenewalTest {

    public static class TwoSecondOverview implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rural-talent.statistics.overview-max-age", "2S");
        }
    }

    private static final String RESERVE_CADRES = "figures.find { it.key == 'cultivation.reserve-cadres' }.value";

    private static void reserveCadreIn(String township) {
        String employer = TestData.organisation("VILLAGE_COMMITTEE", township);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "后备", "nationalId", TestData.nationalId(), "categories", List.of("RESERVE_CADRE"),
                        "employerId", employer))
                .post("/api/v1/personnel").then().statusCode(201);
    }

    private static JsonPath overview(String token) {
        return given().header("Authorization", token).get("/api/v1/statistics/overview").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void renewsInTheBackgroundWithinTheCallersScope() {
        String township = TestData.township(TestData.XIJI);
        reserveCadreIn(township);
        reserveCadreIn(TestData.township(TestData.YUANZHOU));
        String scoped = Tokens.bearer("township-viewer", township, "viewer");

        JsonPath first = overview(scoped);
        Instant firstAsOf = Instant.parse(first.getString("asOf"));
        assertEquals(1, first.getInt(RESERVE_CADRES), "the township's own reserve cadre only");
        assertTrue(overview(Tokens.admin()).getInt(RESERVE_CADRES) >= 2, "the city sees both");

        // Ask until the answer's count is a new one: the first request past 1 s sets off the renewal.
        JsonPath renewed = first;
        Instant deadline = Instant.now().plusSeconds(20);
        while (renewed.getString("asOf").equals(first.getString("asOf")) && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            renewed = overview(scoped);
        }
        Instant renewedAsOf = Instant.parse(renewed.getString("asOf"));
        assertNotEquals(firstAsOf, renewedAsOf, "renewed within 20 s");
        assertTrue(Duration.between(firstAsOf, renewedAsOf).compareTo(Duration.ofSeconds(2)) < 0,
                "renewed in the background before the maximum age, not by a request at it: " + firstAsOf + " then " + renewedAsOf);
        assertEquals(1, renewed.getInt(RESERVE_CADRES), "counted within the caller's scope");
    }
}
