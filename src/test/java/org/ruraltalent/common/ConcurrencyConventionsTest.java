package org.ruraltalent.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruraltalent.support.Races.count;
import static org.ruraltalent.support.Races.statuses;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.ruraltalent.support.Races;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** ETag/If-Match and Idempotency-Key, including what happens when requests race. */
@QuarkusTest
class ConcurrencyConventionsTest {

    /** Every raced answer by status, for the figures printed at the end. */
    private static final Map<Integer, Integer> RACED = new TreeMap<>();
    private static int races;

    @AfterAll
    static void reportFigures() {
        int sent = RACED.values().stream().mapToInt(Integer::intValue).sum();
        long serverErrors = RACED.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        System.out.printf("Concurrency: %d races, %d requests sent at once in groups, answers by status %s, 5xx %d%n",
                races, sent, RACED, serverErrors);
    }

    /** {@link Races#race}, with every answer tallied for the figures and none allowed to be a 5xx. */
    private static List<Response> race(int n, Callable<Response> request) throws Exception {
        List<Response> responses = Races.race(n, request);
        synchronized (RACED) {
            races++;
            responses.forEach(r -> RACED.merge(r.statusCode(), 1, Integer::sum));
        }
        assertTrue(responses.stream().noneMatch(r -> r.statusCode() >= 500), () -> statuses(responses));
        return responses;
    }

    @Test
    void updateWithoutIfMatchIsA428AndStaleIfMatchA412() {
        String id = TestData.person("版本");
        given().contentType(ContentType.JSON).body(Map.of("name", "新名")).patch("/api/v1/personnel/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("name", "新名"))
                .patch("/api/v1/personnel/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().get("/api/v1/personnel/" + id).then().body("name", equalTo("版本")).header("ETag", "\"0\"");
    }

    @RepeatedTest(5)
    void racingUpdatesOnOneVersionLetExactlyOneWin() throws Exception {
        String id = TestData.person("竞争");
        List<Response> responses = race(6, () -> given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("professionalTitle", "T" + Thread.currentThread().getId()))
                .patch("/api/v1/personnel/" + id));
        assertEquals(1, count(responses, 200), () -> statuses(responses));
        assertEquals(5, count(responses, 412), () -> statuses(responses));
        given().get("/api/v1/personnel/" + id).then().header("ETag", "\"1\"");
    }

    @RepeatedTest(5)
    void racingRegistrationsOfOneNationalIdCreateOnePerson() throws Exception {
        String nationalId = TestData.nationalId();
        List<Response> responses = race(6, () -> given().contentType(ContentType.JSON)
                .body(Map.of("name", "重复", "nationalId", nationalId)).post("/api/v1/personnel"));
        assertEquals(1, count(responses, 201), () -> statuses(responses));
        assertEquals(5, count(responses, 409), () -> statuses(responses));
        given().queryParam("nationalId", nationalId).get("/api/v1/personnel").then().body("items.size()", equalTo(1));
    }

    @Test
    void retryWithSameIdempotencyKeyReplaysTheFirstAnswer() {
        String key = "key-" + System.nanoTime();
        Map<String, Object> body = Map.of("name", "幂等", "nationalId", TestData.nationalId());
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/personnel");
        first.then().statusCode(201);
        Response again = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/personnel");
        again.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body("id", equalTo(first.path("id")));
    }

    @Test
    void sameIdempotencyKeyWithOtherBodyIsA422() {
        String key = "key-" + System.nanoTime();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", "甲", "nationalId", TestData.nationalId())).post("/api/v1/personnel").then().statusCode(201);
        String otherId = TestData.nationalId();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", "乙", "nationalId", otherId)).post("/api/v1/personnel")
                .then().statusCode(422).body("type", equalTo("urn:rural-talent:problem:idempotency-key-reused"));
        given().queryParam("nationalId", otherId).get("/api/v1/personnel").then().body("items.size()", equalTo(0));
    }

    @Test
    void failedCreateReleasesTheKeyForACorrectedRetry() {
        String key = "key-" + System.nanoTime();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("name", "改正"))
                .post("/api/v1/personnel").then().statusCode(400);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", "改正", "nationalId", TestData.nationalId())).post("/api/v1/personnel").then().statusCode(201);
    }

    @RepeatedTest(3)
    void racingRetriesWithOneKeyCreateOneRecord() throws Exception {
        String key = "key-" + System.nanoTime();
        Map<String, Object> body = Map.of("name", "并发幂等", "nationalId", TestData.nationalId());
        List<Response> responses = race(6, () -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/personnel"));
        Set<Integer> allowed = Set.of(201, 409);
        assertTrue(responses.stream().allMatch(r -> allowed.contains(r.statusCode())), () -> statuses(responses));
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).map(r -> r.path("id")).distinct().count(),
                () -> statuses(responses));
        given().queryParam("nationalId", body.get("nationalId")).get("/api/v1/personnel").then().body("items.size()", equalTo(1));
    }

}
