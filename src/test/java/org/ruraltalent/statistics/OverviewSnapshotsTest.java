package org.ruraltalent.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The overview's snapshots, without the service: how often a count is made, for whom, and who
 * waits for it. The clock and the background thread are the test's, so nothing sleeps.
 */
class OverviewSnapshotsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicInteger counts = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private final Background background = new Background();

    private Overview count() {
        counts.incrementAndGet();
        return new Overview(null, null, null, null, Instant.now(), List.of());
    }

    private OverviewSnapshots keptFor(Duration age) {
        return new OverviewSnapshots(age, background, now::get);
    }

    private static OverviewSnapshots.Key scope(String pattern) {
        return new OverviewSnapshots.Key(pattern, null, null, null, null);
    }

    @Test
    void answersFromOneCountWithinTheMaximumAge() {
        OverviewSnapshots snapshots = keptFor(Duration.ofSeconds(60));
        Overview first = snapshots.get(scope("%"), this::count);
        now.set(29 * SECOND);
        Overview second = snapshots.get(scope("%"), this::count);
        assertSame(first, second);
        assertEquals(1, counts.get());
        assertEquals(0, background.waiting());
    }

    @Test
    void countsSeparatelyForEachScope() {
        OverviewSnapshots snapshots = keptFor(Duration.ofSeconds(60));
        snapshots.get(scope("%"), this::count);
        snapshots.get(scope("/640000/640400/640422/%"), this::count);
        snapshots.get(scope("/640000/640400/640422/%"), this::count);
        assertEquals(2, counts.get());
    }

    @Test
    void countsOnEveryRequestWhenTheMaximumAgeIsZero() {
        OverviewSnapshots snapshots = keptFor(Duration.ZERO);
        snapshots.get(scope("%"), this::count);
        snapshots.get(scope("%"), this::count);
        assertEquals(2, counts.get());
    }

    @Test
    void pastHalfTheAgeRequestsGetThePreviousCountWhileOneRenewalRunsInTheBackground() {
        OverviewSnapshots snapshots = keptFor(Duration.ofSeconds(60));
        Overview first = snapshots.get(scope("%"), this::count);
        now.set(31 * SECOND);
        assertSame(first, snapshots.get(scope("%"), this::count));
        now.set(40 * SECOND);
        assertSame(first, snapshots.get(scope("%"), this::count));
        assertEquals(1, counts.get(), "no request counted itself");
        assertEquals(1, background.waiting(), "one renewal, however many requests found the count old");

        background.runAll();
        assertEquals(2, counts.get());
        now.set(45 * SECOND);
        Overview renewed = snapshots.get(scope("%"), this::count);
        assertNotSame(first, renewed);
        now.set(69 * SECOND);
        assertSame(renewed, snapshots.get(scope("%"), this::count), "the renewal's age counts from when it began");
        assertEquals(0, background.waiting());
    }

    @Test
    void atTheMaximumAgeTheRequestCountsItself() {
        OverviewSnapshots snapshots = keptFor(Duration.ofSeconds(60));
        Overview first = snapshots.get(scope("%"), this::count);
        now.set(60 * SECOND);
        Overview second = snapshots.get(scope("%"), this::count);
        assertNotSame(first, second);
        assertEquals(2, counts.get());
        assertEquals(0, background.waiting());
    }

    @Test
    void aFailedRenewalKeepsThePreviousCountAndIsTriedAgain() {
        OverviewSnapshots snapshots = keptFor(Duration.ofSeconds(60));
        Overview first = snapshots.get(scope("%"), this::count);
        now.set(31 * SECOND);
        snapshots.get(scope("%"), () -> {
            throw new IllegalStateException("database unavailable");
        });
        background.runAll();
        now.set(32 * SECOND);
        assertSame(first, snapshots.get(scope("%"), this::count));
        assertEquals(1, background.waiting(), "renewed again by the next request");
        background.runAll();
        assertEquals(2, counts.get());
    }

    /** The background thread, run when the test says. */
    private static final class Background extends AbstractExecutorService {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        int waiting() {
            return tasks.size();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.copyOf(tasks);
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
