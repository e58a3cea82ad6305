package org.ruraltalent.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.response.Response;

/** Real requests sent at the same instant, one thread each, for the tests that race them. */
public final class Races {

    private Races() {
    }

    /** Sends every request at once (each waits on one start signal) and returns the answers in order. */
    public static List<Response> race(List<Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same request {@code n} times at once. */
    public static List<Response> race(int n, Callable<Response> request) throws Exception {
        return race(Collections.nCopies(n, request));
    }

    public static long count(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).count();
    }

    /**
     * One request won with {@code wonStatus}, and every other is answered as the feature's own
     * check answers, whether the check saw the winner or the database refused the loser: a 409
     * conflict naming {@code rule} and the winner's id (a unique index waits for the winner to
     * commit before it refuses, so the winner can be read back).
     */
    public static void assertOneWonAndEveryLoserNamesIt(List<Response> responses, int wonStatus, String rule) {
        List<Response> won = responses.stream().filter(r -> r.statusCode() == wonStatus).toList();
        assertEquals(1, won.size(), () -> statuses(responses));
        String winner = won.get(0).path("id");
        for (Response r : responses) {
            if (r.statusCode() != wonStatus) {
                assertEquals(409, r.statusCode(), r.asString());
                assertEquals("urn:rural-talent:problem:conflict", r.path("type"), r.asString());
                assertEquals(rule, r.path("rule"), r.asString());
                assertEquals(winner, r.path("conflictingId"), r.asString());
            }
        }
    }

    /** Every answer's status and body, for a failure message. */
    public static String statuses(List<Response> responses) {
        return responses.stream().map(r -> r.statusCode() + " " + r.asString()).toList().toString();
    }

    /**
     * How many database sessions other than {@code db}'s wait on a lock another session holds: a
     * test that holds a row open in its own transaction watches this until the request it races
     * waits for it.
     */
    public static int waitingOnLocks(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }
}
