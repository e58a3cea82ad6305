package org.ruraltalent.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.common.Slots;
import org.ruraltalent.support.Await;

import io.quarkus.test.junit.QuarkusTest;

/**
 * One copy counts at most {@code rural-talent.statistics.max-concurrent-counts} statistics at once
 * (1 in tests, where a count waits 2 s for the slot). Here the test itself holds the slot, as a
 * long count would: every live count, the overview's among them, then waits its turn and is
 * answered 503 with nothing counted; bad criteria are still answered 400 at once; and with as
 * many counts waiting as may run, a further one is answered 503 without waiting.
 */
@QuarkusTest
class StatisticsSlotsTest {

    private static final List<String> COUNTS = List.of("/api/v1/statistics/overview",
            "/api/v1/statistics/dispatch?groupBy=role", "/api/v1/statistics/introduction?groupBy=kind",
            "/api/v1/statistics/platforms?groupBy=level", "/api/v1/statistics/training",
            "/api/v1/statistics/training/breakdown?groupBy=type");

    @Inject
    StatisticsService service;

    @Test
    void everyCountBeyondTheSlotWaitsItsTurnAndIsAnswered503ThenCountsOnceTheSlotIsFree() {
        try (Slots.Slot held = service.counts().take()) {
            for (String path : COUNTS) {
                assertRefused(path, "已有 1 项统计正在计算");
            }
            given().queryParam("from", "2022-01-01").queryParam("to", "2021-01-01").get("/api/v1/statistics/overview")
                    .then().statusCode(400).body("errors[0].field", equalTo("to"));
            given().get("/api/v1/statistics/dispatch?groupBy=galaxy").then().statusCode(400)
                    .body("errors[0].field", equalTo("groupBy"));
            given().get("/api/v1/statistics/training?division=999999").then().statusCode(400)
                    .body("errors[0].field", equalTo("division"));
        }
        for (String path : COUNTS) {
            given().get(path).then().statusCode(200);
        }
        assertEquals(0, service.counts().taken(), "every count gave its slot back");
    }

    @Test
    void withAsManyCountsWaitingAsMayRunAFurtherOneIsAnswered503AtOnce() throws Exception {
        CompletableFuture<Integer> waiting;
        try (Slots.Slot held = service.counts().take()) {
            waiting = CompletableFuture.supplyAsync(
                    () -> given().get("/api/v1/statistics/dispatch?groupBy=county").then().extract().statusCode());
            Await.that(() -> service.counts().waiting() == 1, "the first count waits its turn");

            assertRefused("/api/v1/statistics/training", "另有同样多项在排队");
        }
        assertEquals(200, waiting.get(), "the waiting count took the slot once it was free");
        Await.that(() -> service.counts().taken() == 0 && service.counts().waiting() == 0, "every slot and turn came back");
    }

    /** The count at {@code path} is answered 503, retry in 5 s, its detail saying {@code why}. */
    private static void assertRefused(String path, String why) {
        given().get(path).then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo(ProblemType.SERVICE_UNAVAILABLE.uri().toString()))
                .body("detail", containsString(why));
    }
}
