package org.ruraltalent.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.FeedReader;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ChangeFeedTest {

    @Test
    void aReaderFollowingConcurrentWritersSeesEveryChangeExactlyOnce() throws Exception {
        String cursor = FeedReader.drain(null, null, new ArrayList<>());
        int writers = 4;
        int each = 8;
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Map<String, Object>> seen = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        created.add(TestData.person("订阅" + i));
                    }
                    return null;
                }));
            }
            start.countDown();
            // Follow the feed while the writers write, then once more after they are done.
            while (futures.stream().anyMatch(f -> !f.isDone())) {
                cursor = FeedReader.drain(cursor, null, seen);
            }
            for (Future<?> f : futures) {
                f.get();
            }
            cursor = FeedReader.drain(cursor, null, seen);
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> creates = new HashMap<>();
        Set<String> distinct = new HashSet<>();
        for (Map<String, Object> e : seen) {
            assertTrue(distinct.add(e.get("resourceType") + "/" + e.get("resourceId") + "/" + e.get("operation") + "/" + e.get("version")),
                    () -> "repeated event " + e);
            if ("person".equals(e.get("resourceType")) && "CREATE".equals(e.get("operation"))) {
                creates.merge((String) e.get("resourceId"), 1, Integer::sum);
            }
        }
        assertEquals(writers * each, created.size());
        for (String id : created) {
            assertEquals(1, creates.getOrDefault(id, 0), "person " + id + " seen " + creates.get(id) + " times");
        }
    }

    @Test
    void announcesEachVersionOfAChangedRecord() {
        String cursor = FeedReader.drain(null, null, new ArrayList<>());
        String id = TestData.person("版本订阅");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("professionalTitle", "农艺师"))
                .patch("/api/v1/personnel/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("professionalTitle", "高级农艺师"))
                .patch("/api/v1/personnel/" + id).then().statusCode(412);
        List<Map<String, Object>> seen = new ArrayList<>();
        FeedReader.drain(cursor, null, seen);
        List<String> mine = seen.stream().filter(e -> id.equals(e.get("resourceId")))
                .map(e -> e.get("operation") + "@" + e.get("version")).toList();
        assertEquals(List.of("CREATE@0", "UPDATE@1"), mine);
    }

    @Test
    void aScopedReaderSeesOnlyChangesInItsDivision() {
        String xiji = Tokens.bearer("xiji-reader", TestData.XIJI, "integration");
        String cursor = FeedReader.drain(null, xiji, new ArrayList<>());
        String inside = TestData.organisation("COOPERATIVE", TestData.XIJI);
        String outside = TestData.organisation("COOPERATIVE", TestData.YUANZHOU);
        List<Map<String, Object>> seen = new ArrayList<>();
        FeedReader.drain(cursor, xiji, seen);
        List<Object> ids = seen.stream().map(e -> e.get("resourceId")).toList();
        assertTrue(ids.contains(inside), ids::toString);
        assertTrue(!ids.contains(outside), ids::toString);
    }

    @Test
    void aForgedCursorIsA400() {
        given().queryParam("after", "not-a-cursor").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }
}
