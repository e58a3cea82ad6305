package org.ruraltalent.packaged;

import static io.restassured.RestAssured.given;
import static org.ruraltalent.support.Races.race;
import static org.ruraltalent.support.Races.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ruraltalent.support.FeedReader;
import org.ruraltalent.support.TestData;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two copies of the packaged service on one PostgreSQL, as two replicas run: the rules, the
 * Idempotency-Key and the change feed hold across them, because they live in the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoCopiesIT {

    private static final String ADMIN = PackagedTokens.admin("two-copies-it");

    private TestDatabase database;
    private PackagedService a;
    private PackagedService b;

    @BeforeAll
    void startTwoCopies() throws Exception {
        database = TestDatabase.start("two-copies");
        Map<String, String> keys = PackagedService.personalDataKeys();
        // Started together: both migrate at start, and Flyway's lock makes them take turns.
        a = PackagedService.start("copy-a", TestDatabase.freePort(), database, keys);
        b = PackagedService.start("copy-b", TestDatabase.freePort(), database, keys);
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    void stop() throws Exception {
        try (TestDatabase db = database; PackagedService first = a; PackagedService second = b) {
            // closed in reverse order: the copies, then the database
        }
    }

    private static RequestSpecification on(PackagedService copy) {
        return given().baseUri(copy.url()).header("Authorization", ADMIN).contentType(ContentType.JSON);
    }

    private PackagedService copy(int i) {
        return i % 2 == 0 ? a : b;
    }

    private String create(PackagedService copy, String path, Map<String, Object> body) {
        return on(copy).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private String village() {
        String township = TestData.YUANZHOU + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        on(a).body(Map.of("code", township, "name", "双副本镇" + township, "level", "TOWNSHIP", "parentCode", TestData.YUANZHOU))
                .post("/api/v1/divisions").then().statusCode(201);
        String village = township + "001";
        on(b).body(Map.of("code", village, "name", "双副本村" + village, "level", "VILLAGE", "parentCode", township))
                .post("/api/v1/divisions").then().statusCode(201);
        return village;
    }

    @Test
    void racingActivationsOnBothCopiesLeaveOneActiveFirstSecretary() throws Exception {
        int racers = 8;
        String village = village();
        String branch = create(a, "/api/v1/organisations", Map.of("name", "双副本党支部", "type", "VILLAGE_PARTY_BRANCH", "divisionCode", village));
        String sender = create(b, "/api/v1/organisations", Map.of("name", "双副本派出单位", "type", "GOVERNMENT_AGENCY", "divisionCode", TestData.YUANZHOU));
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String person = create(copy(i), "/api/v1/personnel",
                    Map.of("name", "书记" + i, "nationalId", TestData.nationalId(), "politicalStatus", "CPC_MEMBER", "employerId", sender));
            Map<String, Object> assignment = new HashMap<>(Map.of("personId", person, "role", "FIRST_SECRETARY",
                    "hostOrganisationId", branch, "sendingOrganisationId", sender, "sendingLevel", "COUNTY", "startDate", "2022-01-01"));
            planned.add(create(copy(i + 1), "/api/v1/assignments", assignment));
        }
        List<Callable<Response>> activations = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            PackagedService copy = copy(i);
            String id = planned.get(i);
            activations.add(() -> on(copy).header("If-Match", "\"0\"").post("/api/v1/assignments/" + id + "/activate"));
        }
        List<Response> responses = race(activations);
        long won = responses.stream().filter(r -> r.statusCode() == 200).count();
        List<Response> refused = responses.stream().filter(r -> r.statusCode() == 409).toList();
        System.out.printf("[two copies] first-secretary race: %d activations split over 2 copies -> %d x 200, %d x 409%n",
                racers, won, refused.size());
        assertEquals(1, won, () -> statuses(responses));
        assertEquals(racers - 1, refused.size(), () -> statuses(responses));
        refused.forEach(r -> assertEquals("one-active-first-secretary-per-village", r.path("rule"), r::asString));
        for (PackagedService copy : List.of(a, b)) {
            assertEquals(1, on(copy).queryParam("division", village).queryParam("status", "ACTIVE").get("/api/v1/assignments")
                    .then().statusCode(200).extract().<List<?>>path("items").size(), copy.name);
        }
    }

    @Test
    void oneIdempotencyKeySentToBothCopiesCreatesOneRecord() throws Exception {
        int rounds = 5;
        int perCopy = 3;
        int replays = 0;
        int inFlight = 0;
        for (int round = 0; round < rounds; round++) {
            String key = "two-copies-" + round + "-" + System.nanoTime();
            String nationalId = TestData.nationalId();
            Map<String, Object> body = Map.of("name", "幂等双副本", "nationalId", nationalId);
            List<Callable<Response>> sends = new ArrayList<>();
            for (int i = 0; i < 2 * perCopy; i++) {
                PackagedService copy = copy(i);
                sends.add(() -> on(copy).header("Idempotency-Key", key).body(body).post("/api/v1/personnel"));
            }
            List<Response> responses = race(sends);
            assertTrue(responses.stream().allMatch(r -> r.statusCode() == 201 || r.statusCode() == 409), () -> statuses(responses));
            // A 409 says the first request is still running; the client retries, on the other copy, until it has the answer.
            List<Response> answers = new ArrayList<>();
            for (int i = 0; i < responses.size(); i++) {
                Response r = responses.get(i);
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (r.statusCode() == 409 && System.nanoTime() < deadline) {
                    inFlight++;
                    r = on(copy(i + 1)).header("Idempotency-Key", key).body(body).post("/api/v1/personnel");
                }
                answers.add(r);
            }
            assertTrue(answers.stream().allMatch(r -> r.statusCode() == 201), () -> statuses(answers));
            assertEquals(1, answers.stream().map(r -> r.<String>path("id")).distinct().count(), () -> statuses(answers));
            assertEquals(1, answers.stream().map(r -> r.header("Location")).distinct().count(), () -> statuses(answers));
            assertEquals(1, answers.stream().map(r -> r.header("ETag")).distinct().count(), () -> statuses(answers));
            long replayed = answers.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count();
            assertEquals(answers.size() - 1, replayed, () -> statuses(answers));
            replays += replayed;
            for (PackagedService copy : List.of(a, b)) {
                assertEquals(1, on(copy).queryParam("nationalId", nationalId).get("/api/v1/personnel")
                        .then().statusCode(200).extract().<List<?>>path("items").size(), copy.name);
            }
        }
        System.out.printf("[two copies] idempotency: %d keys, each sent %d times at once to both copies -> 1 person each, "
                + "%d replays, %d in-flight 409s retried%n", rounds, 2 * perCopy, replays, inFlight);
    }

    /** Follows the feed from {@code cursor} until a page comes back empty, alternating copies page by page. */
    private String drain(String cursor, int[] page, List<Map<String, Object>> into) {
        return FeedReader.drainWith(() -> on(copy(page[0]++)).queryParam("limit", 50), cursor, into);
    }

    @Test
    void aReaderOfEitherCopySeesEveryChangeOfBothOnceInCommitOrder() throws Exception {
        int[] page = { 0 };
        String cursor = drain(null, page, new ArrayList<>());
        int writers = 4;
        int each = 6;
        List<List<String>> acknowledged = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Map<String, Object>> seen = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                PackagedService copy = copy(w);
                futures.add(pool.submit(() -> {
                    start.await();
                    // Each writer's changes, in the order their commits were acknowledged: create, then change.
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String id = create(copy, "/api/v1/personnel", Map.of("name", "订阅" + i, "nationalId", TestData.nationalId()));
                        mine.add("person/" + id + "/CREATE/0");
                        on(copy).header("If-Match", "\"0\"").body(Map.of("professionalTitle", "农艺师"))
                                .patch("/api/v1/personnel/" + id).then().statusCode(200);
                        mine.add("person/" + id + "/UPDATE/1");
                    }
                    return mine;
                }));
            }
            start.countDown();
            while (futures.stream().anyMatch(f -> !f.isDone())) {
                cursor = drain(cursor, page, seen);
            }
            for (Future<List<String>> f : futures) {
                acknowledged.add(f.get());
            }
            drain(cursor, page, seen);
        } finally {
            pool.shutdownNow();
        }
        List<String> events = seen.stream()
                .map(e -> e.get("resourceType") + "/" + e.get("resourceId") + "/" + e.get("operation") + "/" + e.get("version")).toList();
        Set<String> distinct = new HashSet<>();
        events.forEach(e -> assertTrue(distinct.add(e), () -> "seen twice: " + e));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            position.put(events.get(i), i);
        }
        int checked = 0;
        for (List<String> mine : acknowledged) {
            int previous = -1;
            for (String change : mine) {
                Integer at = position.get(change);
                assertTrue(at != null, () -> "never seen: " + change);
                assertTrue(at > previous, () -> "seen out of commit order: " + change);
                previous = at;
                checked++;
            }
        }
        System.out.printf("[two copies] change feed: %d writers (2 per copy), %d acknowledged changes all seen once and in "
                + "each writer's commit order, in %d events read over %d pages alternating copies%n",
                writers, checked, events.size(), page[0]);
        assertEquals(writers * each * 2, checked);
    }
}
