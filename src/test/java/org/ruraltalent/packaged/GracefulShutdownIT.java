package org.ruraltalent.packaged;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruraltalent.support.Races.waitingOnLocks;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * On SIGTERM the packaged service lets the requests it is serving finish, refuses new ones, and
 * leaves no half-written data: every write it acknowledged is in the database, every write it
 * refused is not, and a multi-row write is there whole.
 */
class GracefulShutdownIT {

    private static final int WRITERS = 4;
    private static final int ENROLLED = 20;
    /** quarkus.shutdown.timeout, and the margin the JVM gets after it to stop. */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXIT_MARGIN = Duration.ofSeconds(10);

    /** What one write got: an answer's status, or REFUSED (connection refused), or FAILED (the connection broke after sending). */
    private record Outcome(String name, int status, long sentAt, long doneAt) {
        static final int REFUSED = -1;
        static final int FAILED = -2;
    }

    private static RequestSpecification on(PackagedService copy, String subject) {
        return given().baseUri(copy.url()).header("Authorization", PackagedTokens.admin(subject)).contentType(ContentType.JSON);
    }

    /** One create; refused and broken connections are outcomes too, not errors of the test. */
    private static Outcome write(PackagedService copy, String subject, String name) {
        long sentAt = System.nanoTime();
        try {
            int status = on(copy, subject).body(Map.of("name", name, "nationalId", TestData.nationalId())).post("/api/v1/personnel").statusCode();
            return new Outcome(name, status, sentAt, System.nanoTime());
        } catch (Exception e) {
            return new Outcome(name, refused(e) ? Outcome.REFUSED : Outcome.FAILED, sentAt, System.nanoTime());
        }
    }

    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static int count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static Map<Integer, Long> statuses(List<Outcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
    }

    @Test
    void finishesRequestsInFlightRefusesNewOnesAndLeavesNothingHalfWritten() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        try (TestDatabase database = TestDatabase.start("graceful-shutdown");
                PackagedService copy = PackagedService.start("graceful-shutdown", TestDatabase.freePort(), database,
                        PackagedService.personalDataKeys());
                Connection locks = database.connect(); Connection check = database.connect()) {
            copy.awaitReady();
            // A session with people enrolled, for a multi-row write; a person for a single-row change.
            String programme = on(copy, "setup").body(Map.of("name", "停机培训", "type", "SKILLS", "divisionCode", TestData.GUYUAN,
                    "year", 2023)).post("/api/v1/training-programmes").then().statusCode(201).extract().path("id");
            String sessionPath = "/api/v1/training-programmes/" + programme + "/sessions/"
                    + on(copy, "setup").body(Map.of("title", "第1期", "startsOn", "2023-04-10", "endsOn", "2023-04-14", "headCount", 0))
                            .post("/api/v1/training-programmes/" + programme + "/sessions").then().statusCode(201).extract().path("id");
            List<Map<String, Object>> records = new ArrayList<>();
            List<String> enrolments = new ArrayList<>();
            for (int i = 0; i < ENROLLED; i++) {
                String person = on(copy, "setup").body(Map.of("name", "学员" + i, "nationalId", TestData.nationalId()))
                        .post("/api/v1/personnel").then().statusCode(201).extract().path("id");
                enrolments.add(on(copy, "setup").body(Map.of("personId", person, "enrolledOn", "2023-04-01"))
                        .post(sessionPath + "/enrolments").then().statusCode(201).extract().path("id"));
                records.add(Map.of("personId", person, "status", "COMPLETED", "hours", 32));
            }
            String sessionEtag = on(copy, "setup").get(sessionPath).then().statusCode(200).extract().header("ETag");
            String changed = on(copy, "setup").body(Map.of("name", "改动中", "nationalId", TestData.nationalId()))
                    .post("/api/v1/personnel").then().statusCode(201).extract().path("id");

            // Steady write traffic: each writer its own caller, creating people until the service is gone.
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicBoolean gone = new AtomicBoolean();
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    // A writer goes away when the service is gone, or once it has been refused a few times.
                    int refusals = 0;
                    for (int i = 0; !gone.get() && refusals < 3; i++) {
                        Outcome o = write(copy, "writer-" + writer, "停机写入" + writer + "号" + i);
                        outcomes.add(o);
                        if (o.status() == 201) {
                            acknowledged.incrementAndGet();
                        } else if (o.status() == 503 || o.status() == Outcome.REFUSED) {
                            refusals++;
                        }
                    }
                }));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (acknowledged.get() < 20 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            assertTrue(acknowledged.get() >= 20, "the writers got going: " + acknowledged.get());

            // Two requests held in flight by row locks this test takes: a one-row change, and the
            // whole session's attendance (20 rows), which has already moved the session's version on when it waits.
            locks.setAutoCommit(false);
            try (PreparedStatement s = locks.prepareStatement("select 1 from person where id = ?::uuid for update")) {
                s.setString(1, changed);
                s.executeQuery().close();
            }
            try (PreparedStatement s = locks.prepareStatement("select 1 from training_enrolment where id = ?::uuid for update")) {
                s.setString(1, enrolments.get(ENROLLED / 2));
                s.executeQuery().close();
            }
            Future<Response> change = pool.submit(() -> on(copy, "in-flight").header("If-Match", "\"0\"")
                    .body(Map.of("professionalTitle", "农艺师")).patch("/api/v1/personnel/" + changed));
            Future<Response> attendance = pool.submit(() -> on(copy, "in-flight").header("If-Match", sessionEtag)
                    .body(Map.of("records", records)).post(sessionPath + "/attendance"));
            deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (waitingOnLocks(check) < 2 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            assertTrue(waitingOnLocks(check) >= 2, "both requests are in flight, waiting on the test's locks");

            // SIGTERM: Process.destroy() sends SIGTERM on Linux (destroyForcibly() would send SIGKILL).
            long signalledAt = System.nanoTime();
            copy.process().destroy();

            // New requests are refused: wait until one is, on a fresh connection.
            Outcome probe;
            int probes = 0;
            deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            do {
                probe = write(copy, "prober", "停机探测" + probes++);
                outcomes.add(probe);
            } while (probe.status() != 503 && probe.status() != Outcome.REFUSED && System.nanoTime() < deadline);
            assertTrue(probe.status() == 503 || probe.status() == Outcome.REFUSED, "a new request after SIGTERM is refused: " + probe);
            assertTrue(copy.process().isAlive(), "still running while requests are in flight");
            Response refusal = on(copy, "prober").body(Map.of("name", "停机拒绝", "nationalId", TestData.nationalId())).post("/api/v1/personnel");
            refusal.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                    .header("Connection", "close");
            assertEquals("urn:rural-talent:problem:service-unavailable", refusal.path("type"));
            outcomes.add(new Outcome("停机拒绝", 503, System.nanoTime(), System.nanoTime()));
            int readiness = given().baseUri(copy.url()).get("/q/health/ready").statusCode();
            assertEquals(503, readiness, "readiness is down while shutting down");

            // Let the requests in flight go on: they finish with their answers.
            locks.rollback();
            Response changeAnswer = change.get(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Response attendanceAnswer = attendance.get(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(200, changeAnswer.statusCode(), changeAnswer::asString);
            assertEquals(200, attendanceAnswer.statusCode(), attendanceAnswer::asString);

            assertTrue(copy.process().waitFor(SHUTDOWN_TIMEOUT.plus(EXIT_MARGIN).toSeconds(), TimeUnit.SECONDS), "exits");
            long exitedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalledAt);
            int exitCode = copy.process().exitValue();
            gone.set(true);
            for (Future<?> w : writers) {
                w.get(30, TimeUnit.SECONDS);
            }
            Outcome afterExit = write(copy, "prober", "停机之后");
            outcomes.add(afterExit);
            assertEquals(Outcome.REFUSED, afterExit.status(), "nothing listens once it has exited: " + afterExit);
            // 143 = 128 + SIGTERM: the JVM ran its shutdown hooks and exited on the signal.
            assertTrue(exitCode == 0 || exitCode == 143, () -> "clean exit code, got " + exitCode + "\n" + copy.tail());

            // Nothing half-written: acknowledged writes are all there, refused ones are not, the multi-row write is whole.
            int checked = 0;
            for (Outcome o : outcomes) {
                int stored = count(check, "select count(*) from person where name = ?", o.name());
                if (o.status() == 201) {
                    assertEquals(1, stored, () -> "acknowledged but not stored: " + o);
                    checked++;
                } else if (o.status() == 503 || o.status() == Outcome.REFUSED) {
                    assertEquals(0, stored, () -> "refused but stored: " + o);
                    checked++;
                }
            }
            List<Outcome> other = outcomes.stream()
                    .filter(o -> o.status() != 201 && o.status() != 503 && o.status() != Outcome.REFUSED).toList();
            List<Outcome> before = outcomes.stream().filter(o -> o.doneAt() < signalledAt).toList();
            List<Outcome> across = outcomes.stream().filter(o -> o.sentAt() < signalledAt && o.doneAt() >= signalledAt).toList();
            List<Outcome> after = outcomes.stream().filter(o -> o.sentAt() >= signalledAt).toList();
            assertEquals(1, count(check, "select count(*) from person where id = ?::uuid and version = 1 and professional_title = '农艺师'", changed));
            assertEquals(ENROLLED, count(check, "select count(*) from training_enrolment where session_id = ("
                    + "select session_id from training_enrolment where id = ?::uuid) and status = 'COMPLETED' and hours = 32", enrolments.get(0)));
            System.out.printf("[graceful shutdown] %d writes by %d writers and a prober: %d answered before SIGTERM %s, "
                    + "%d in flight at it %s, %d sent after it %s (status -1 = connection refused, -2 = broken); "
                    + "%d checked against the database; 2 requests held in flight across SIGTERM finished 200 (1 row; %d rows whole); "
                    + "exit code %d after %d ms; other 5xx or broken: %d%n",
                    outcomes.size(), WRITERS, before.size(), statuses(before), across.size(), statuses(across), after.size(),
                    statuses(after), checked, ENROLLED, exitCode, exitedAfterMs, other.size());
            assertTrue(other.isEmpty(), () -> "neither acknowledged nor refused: " + other);
        } finally {
            pool.shutdownNow();
        }
    }
}
