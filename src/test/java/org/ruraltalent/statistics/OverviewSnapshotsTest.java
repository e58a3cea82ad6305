package org.ruraltalent.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The overview's snapshots, without the service: how often a count is made, and for whom. */
class OverviewSnapshotsTest {

    private final AtomicInteger counts = new AtomicInteger();

    private Overview count() {
        counts.incrementAndGet();
        return new Overview(null, null, null, null, Instant.now(), List.of());
    }

    private static OverviewSnapshots keptFor(Duration age) {
        return new OverviewSnapshots(() -> age);
    }

    private static OverviewSnapshots.Key scope(String pattern) {
        return new OverviewSnapshots.Key(Optional.ofNullable(pattern), null, null, null, null);
    }

    @Test
    void answersFromOneCountWithinTheMaximumAge() {
        OverviewSnapshots snapshots = keptFor(Duration.ofSeconds(60));
        Overview first = snapshots.get(scope(null), this::count);
        Overview second = snapshots.get(scope(null), this::count);
        assertSame(first, second);
        assertEquals(1, counts.get());
    }

    @Test
    void countsSeparatelyForEachScope() {
        OverviewSnapshots snapshots = keptFor(Duration.ofSeconds(60));
        snapshots.get(scope(null), this::count);
        snapshots.get(scope("/640000/640400/640422/%"), this::count);
        snapshots.get(scope("/640000/640400/640422/%"), this::count);
        assertEquals(2, counts.get());
    }

    @Test
    void countsOnEveryRequestWhenTheMaximumAgeIsZero() {
        OverviewSnapshots snapshots = keptFor(Duration.ZERO);
        snapshots.get(scope(null), this::count);
        snapshots.get(scope(null), this::count);
        assertEquals(2, counts.get());
    }
}
