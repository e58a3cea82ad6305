package org.ruraltalent.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The database goes away under steady reads and writes and comes back, twice: an operator's
 * restart (fast shutdown) and a crash (immediate shutdown, WAL replayed on start). While it is
 * down the service says so quickly (readiness DOWN, {@code 503} problems with {@code Retry-After})
 * and stays alive; once it is back the service serves again without being restarted, and every
 * write it acknowledged, before, during or after the outages, is in the database.
 * <p>
 * Client threads register organisations and read them back over HTTP until told to stop, and
 * keep a ledger of every organisation whose create was answered {@code 201}. A create whose
 * answer never came is not in the ledger: it may or may not have been kept.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final int CLIENTS = 4;
    /** Enough traffic in each phase to see it served, refused or recovered, not a timing. */
    private static final int WRITES_PER_PHASE = 10;
    private static final int REFUSALS_WHILE_DOWN = 10;
    private static final Duration PHASE_DEADLINE = Duration.ofSeconds(40);
    /** A request unanswered this long hangs: the outage must make requests fail, not wait. */
    private static final Duration HANG = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL base;
    private final HttpClient probes = HttpClient.newBuilder().connectTimeout(HANG).build();

    @Test
    void refusesWith503WhileTheDatabaseIsDownRecoversByItselfAndKeepsEveryAcknowledgedWrite() throws Exception {
        EmbeddedServer server = EmbeddedServer.ofThisRun().orElse(null);
        Assumptions.assumeTrue(server != null, "the tests run against an external database, which they cannot stop");
        long testFrom = System.nanoTime();
        Traffic traffic = new Traffic(URI.create(base.toString()));
        List<Outage> outages = new ArrayList<>();
        try {
            traffic.start();
            await("writes acknowledged before the outages", () -> traffic.acknowledgedSince(testFrom) >= WRITES_PER_PHASE
                    && elapsedSince(testFrom).toSeconds() >= 2);
            outages.add(outage("restart", server::stop, server, traffic));
            outages.add(outage("crash", server::crash, server, traffic));
        } finally {
            traffic.stop();
            server.ensureRunning();
        }
        await("readiness UP once traffic stopped", () -> health("ready") == 200);

        List<UUID> missing = traffic.missingFromTheDatabase();
        System.out.printf("""
                Database outage test, %d s: %d requests sent by %d clients, answers by status %s, %d without an answer;
                  %d acknowledged writes checked in the database, %d missing;
                  %d answered 503 (slowest %d ms), %d other 5xx;
                %s%n""",
                elapsedSince(testFrom).toSeconds(), traffic.sent.get(), CLIENTS, traffic.statuses(), traffic.unanswered.get(),
                traffic.ledger.size(), missing.size(),
                traffic.refused.get(), TimeUnit.NANOSECONDS.toMillis(traffic.slowestRefusal.get()), traffic.other5xx.get(),
                String.join("\n", outages.stream().map(Outage::toString).toList()));
        assertEquals(List.of(), missing, "acknowledged writes missing from the database");
        assertEquals(0, traffic.other5xx.get(), "5xx answers other than 503: " + traffic.faults);
        assertEquals(List.of(), List.copyOf(traffic.faults), "answers outside the contract");
    }

    /** What one outage looked like to the clients. */
    private record Outage(String kind, long refused, long acknowledgedAfter, long recoveryMillis) {
        @Override
        public String toString() {
            return "  %s: %d answered 503 while down; first write acknowledged %d ms after the database was started again, %d after it"
                    .formatted(kind, refused, recoveryMillis, acknowledgedAfter);
        }
    }

    /**
     * Takes the database away under the running traffic, checks what the service says meanwhile,
     * starts it again and waits until writes are acknowledged again.
     */
    private Outage outage(String kind, Runnable takeAway, EmbeddedServer server, Traffic traffic) throws InterruptedException {
        long stoppedAt = System.nanoTime();
        takeAway.run();
        await("readiness DOWN after the " + kind, () -> health("ready") == 503);
        assertEquals(200, health("live"), "liveness stays UP while the database is down");
        await("refusals while the database is down", () -> traffic.refusedSince(stoppedAt) >= REFUSALS_WHILE_DOWN
                && elapsedSince(stoppedAt).toSeconds() >= 3);
        answersAProblemWithRetryAfterInTheCallersLanguage();
        assertEquals(200, health("live"), "liveness stays UP while the database is down");

        long startedAt = System.nanoTime();
        server.start();
        await("a write acknowledged after the " + kind, () -> traffic.acknowledgedSince(startedAt) > 0);
        long recovery = traffic.firstAcknowledgedSince(startedAt) - startedAt;
        await("readiness UP after the " + kind, () -> health("ready") == 200);
        await("writes acknowledged after the " + kind, () -> traffic.acknowledgedSince(startedAt) >= WRITES_PER_PHASE);
        return new Outage(kind, traffic.refusedSince(stoppedAt), traffic.acknowledgedSince(startedAt),
                TimeUnit.NANOSECONDS.toMillis(recovery));
    }

    private static void answersAProblemWithRetryAfterInTheCallersLanguage() {
        given().header("Accept-Language", "en").get("/api/v1/organisations")
                .then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", "5")
                .body("type", equalTo("urn:rural-talent:problem:service-unavailable"))
                .body("title", equalTo("Service temporarily unavailable"))
                .body("detail", equalTo("The database cannot be reached right now; retry shortly."))
                .body("status", equalTo(503));
        given().header("Accept-Language", "zh-CN").get("/api/v1/organisations")
                .then().statusCode(503)
                .header("Retry-After", "5")
                .body("title", equalTo("服务暂时不可用"));
    }

    private int health(String which) {
        try {
            return probes.send(HttpRequest.newBuilder(URI.create(base + "q/health/" + which))
                    .timeout(HANG).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition} holds, failing after {@link #PHASE_DEADLINE}. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long from = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (elapsedSince(from).compareTo(PHASE_DEADLINE) > 0) {
                throw new AssertionError("Gave up waiting for " + what + " after " + PHASE_DEADLINE.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    private static Duration elapsedSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    /** An organisation whose create was answered 201, and when. */
    private record Acknowledged(UUID id, String name, long at) {
    }

    /** Client threads registering organisations and reading them back until stopped, counting every answer. */
    private static final class Traffic {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(HANG).build();
        private final URI base;
        private final String token = Tokens.admin();
        private final String run = UUID.randomUUID().toString().substring(0, 8);
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final AtomicLong sequence = new AtomicLong();
        final Queue<Acknowledged> ledger = new ConcurrentLinkedQueue<>();
        final Queue<Long> refusals = new ConcurrentLinkedQueue<>();
        final Queue<String> faults = new ConcurrentLinkedQueue<>();
        final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong other5xx = new AtomicLong();
        final AtomicLong unanswered = new AtomicLong();
        final AtomicLong slowestRefusal = new AtomicLong();

        Traffic(URI base) {
            this.base = base;
        }

        void start() {
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(this::loop);
            }
        }

        void stop() throws InterruptedException {
            stopping.set(true);
            clients.shutdown();
            if (!clients.awaitTermination(HANG.toSeconds() + 10, TimeUnit.SECONDS)) {
                clients.shutdownNow();
                faults.add("client threads still waiting for answers when the test ended");
            }
        }

        private void loop() {
            while (!stopping.get()) {
                try {
                    write();
                    read();
                } catch (IOException e) {
                    unanswered.incrementAndGet();
                    faults.add("no answer: " + e);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    faults.add("client failed: " + e);
                }
            }
        }

        private void write() throws IOException, InterruptedException {
            String name = "断库测试单位-" + run + "-" + sequence.incrementAndGet();
            HttpRequest request = request("/api/v1/organisations")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name
                            + "\",\"type\":\"ENTERPRISE\",\"divisionCode\":\"" + TestData.YUANZHOU + "\"}"))
                    .build();
            long sentAt = System.nanoTime();
            HttpResponse<String> response = send(request);
            if (response.statusCode() == 201) {
                String location = response.headers().firstValue("Location").orElseThrow();
                UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
                ledger.add(new Acknowledged(id, name, System.nanoTime()));
            } else {
                expectRefusal("POST organisation", response, sentAt);
            }
        }

        /** Reads back an acknowledged organisation, or lists them: it must be there whenever the answer is 200. */
        private void read() throws IOException, InterruptedException {
            List<Acknowledged> acknowledged = List.copyOf(ledger);
            boolean one = !acknowledged.isEmpty() && ThreadLocalRandom.current().nextInt(4) > 0;
            String path = one
                    ? "/api/v1/organisations/" + acknowledged.get(ThreadLocalRandom.current().nextInt(acknowledged.size())).id()
                    : "/api/v1/organisations?division=" + TestData.YUANZHOU + "&limit=5";
            long sentAt = System.nanoTime();
            HttpResponse<String> response = send(request(path).GET().build());
            if (response.statusCode() != 200) {
                expectRefusal("GET " + path, response, sentAt);
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(HANG)
                    .header("Authorization", token)
                    .header("Accept-Language", ThreadLocalRandom.current().nextBoolean() ? "en" : "zh-CN");
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            sent.incrementAndGet();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            byStatus.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
            return response;
        }

        /** Anything but success must be the documented 503 problem: the database is unavailable, retry later. */
        private void expectRefusal(String what, HttpResponse<String> response, long sentAt) {
            int status = response.statusCode();
            if (status == 503) {
                refused.incrementAndGet();
                refusals.add(System.nanoTime());
                slowestRefusal.accumulateAndGet(System.nanoTime() - sentAt, Math::max);
                boolean documented = response.headers().firstValue("Retry-After").isPresent()
                        && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                        && response.body().contains("urn:rural-talent:problem:service-unavailable");
                if (!documented) {
                    faults.add(what + ": 503 that is not the service-unavailable problem with Retry-After: "
                            + response.headers().map() + " " + response.body());
                }
                return;
            }
            if (status >= 500) {
                other5xx.incrementAndGet();
            }
            faults.add(what + ": " + status + " " + response.body());
        }

        long acknowledgedSince(long nanos) {
            return ledger.stream().filter(a -> a.at() >= nanos).count();
        }

        long firstAcknowledgedSince(long nanos) {
            return ledger.stream().mapToLong(Acknowledged::at).filter(at -> at >= nanos).min().orElseThrow();
        }

        long refusedSince(long nanos) {
            return refusals.stream().filter(at -> at >= nanos).count();
        }

        Map<Integer, Long> statuses() {
            Map<Integer, Long> counts = new TreeMap<>();
            byStatus.forEach((status, count) -> counts.put(status, count.get()));
            return counts;
        }

        /** Every acknowledged organisation not in the database with the name it was created with, read directly. */
        List<UUID> missingFromTheDatabase() throws SQLException {
            var config = ConfigProvider.getConfig();
            Map<UUID, String> stored = new HashMap<>();
            try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getValue("quarkus.datasource.password", String.class));
                    PreparedStatement select = db.prepareStatement("select id, name from organisation where id = any(?)")) {
                select.setArray(1, db.createArrayOf("uuid", ledger.stream().map(Acknowledged::id).toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                }
            }
            List<UUID> missing = new ArrayList<>();
            for (Acknowledged write : ledger) {
                if (!write.name().equals(stored.get(write.id()))) {
                    missing.add(write.id());
                }
            }
            return missing;
        }
    }
}
