package org.ruraltalent.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruraltalent.assignment.SendingLevel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The overview as counted at most {@code overview-max-age} ago, per caller scope and criteria.
 * Counting every figure over a national registry takes seconds (docs/PERFORMANCE.md), so the
 * overview answers from the last count and says when it was made ({@link Overview#asOf()}).
 * <p>
 * A count older than half the maximum age is renewed by the request that finds it, while
 * concurrent requests keep getting the previous one; a count at the maximum age is never
 * answered: the request waits for a new one. So under steady use only one request per half
 * age waits for a count, and no answer is older than the maximum age.
 */
@ApplicationScoped
public class OverviewSnapshots {

    /** How fresh the statistics overview must be. */
    @ConfigMapping(prefix = "rural-talent.statistics")
    public interface Freshness {
        /** The oldest count the overview may answer with; 0 counts on every request (exact). */
        @WithDefault("60S")
        Duration overviewMaxAge();
    }

    /** What a count depends on: the caller's scope and the criteria asked. */
    record Key(Optional<String> scope, LocalDate from, LocalDate to, String division, SendingLevel sendingLevel) {
    }

    private static final class Slot {
        final ReentrantLock counting = new ReentrantLock();
        volatile Overview overview;
        volatile long countedAtNanos;
    }

    private final long maxAgeNanos;
    private final Map<Key, Slot> slots = new ConcurrentHashMap<>();

    @Inject
    OverviewSnapshots(Freshness freshness) {
        this.maxAgeNanos = freshness.overviewMaxAge().toNanos();
    }

    /** The overview for the key, counted now by {@code count} or at most the maximum age ago. */
    Overview get(Key key, Supplier<Overview> count) {
        if (maxAgeNanos <= 0) {
            return count.get();
        }
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        Overview known = slot.overview;
        long age = System.nanoTime() - slot.countedAtNanos;
        if (known != null && age < maxAgeNanos / 2) {
            return known;
        }
        if (known != null && age < maxAgeNanos) {
            if (!slot.counting.tryLock()) {
                return known;
            }
        } else {
            slot.counting.lock();
        }
        try {
            long started = System.nanoTime();
            if (slot.overview != null && started - slot.countedAtNanos < maxAgeNanos / 2) {
                return slot.overview;
            }
            Overview fresh = count.get();
            slot.countedAtNanos = started;
            slot.overview = fresh;
            forgetStale(started);
            return fresh;
        } finally {
            slot.counting.unlock();
        }
    }

    /** Counts nobody asked for within the maximum age are dropped, so the criteria asked cannot pile up. */
    private void forgetStale(long now) {
        slots.values().removeIf(s -> s.overview != null && now - s.countedAtNanos > maxAgeNanos && !s.counting.isLocked());
    }
}
