package org.ruraltalent.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.ruraltalent.assignment.SendingLevel;

/**
 * The overview as counted at most {@code overview-max-age} ago, per caller scope and criteria.
 * Counting every figure over a national registry takes seconds (docs/PERFORMANCE.md), so the
 * overview answers from the last count and says when it was made ({@link Overview#asOf()}).
 * <p>
 * A count older than half the maximum age is renewed in the background, one count at a time
 * on one thread of its own, while requests keep getting the previous one; so under steady use
 * no request waits for a count. Only the first request for a scope and criteria, and one that
 * finds the count at the maximum age (nobody asked for half of it, or the renewal failed or is
 * still queued), counts while it waits: no answer is older than the maximum age.
 */
@ApplicationScoped
public class OverviewSnapshots {

    private static final Logger LOG = Logger.getLogger(OverviewSnapshots.class);

    /** What a count depends on: the caller's scope (a LIKE pattern of visible paths) and the criteria asked. */
    record Key(String scope, LocalDate from, LocalDate to, String division, SendingLevel sendingLevel) {
    }

    private static final class Slot {
        /** Held while this slot is being counted, by a request or by the background thread. */
        final Semaphore counting = new Semaphore(1);
        volatile Overview overview;
        volatile long countedAtNanos;
    }

    private final long maxAgeNanos;
    private final ExecutorService renewals;
    private final LongSupplier clock;
    private final Map<Key, Slot> slots = new ConcurrentHashMap<>();

    @Inject
    OverviewSnapshots(StatisticsConfig config) {
        this(config.overviewMaxAge(), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "overview-renewal");
            t.setDaemon(true);
            return t;
        }), System::nanoTime);
    }

    OverviewSnapshots(Duration maxAge, ExecutorService renewals, LongSupplier clock) {
        this.maxAgeNanos = maxAge.toNanos();
        this.renewals = renewals;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        renewals.shutdownNow();
    }

    /**
     * The overview for the key: counted now by {@code count}, or at most the maximum age ago.
     * {@code count} may run on the background thread, after the request has ended: it must read
     * nothing from the request.
     */
    Overview get(Key key, Supplier<Overview> count) {
        if (maxAgeNanos <= 0) {
            return count.get();
        }
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        Overview known = slot.overview;
        long age = clock.getAsLong() - slot.countedAtNanos;
        if (known != null && age < maxAgeNanos / 2) {
            return known;
        }
        if (known != null && age < maxAgeNanos) {
            renewInBackground(key, slot, count);
            return known;
        }
        slot.counting.acquireUninterruptibly();
        try {
            // Counted meanwhile by another request or in the background.
            if (slot.overview != null && clock.getAsLong() - slot.countedAtNanos < maxAgeNanos / 2) {
                return slot.overview;
            }
            return countInto(slot, count);
        } finally {
            slot.counting.release();
        }
    }

    private void renewInBackground(Key key, Slot slot, Supplier<Overview> count) {
        if (!slot.counting.tryAcquire()) {
            return;
        }
        try {
            renewals.execute(() -> {
                try {
                    countInto(slot, count);
                } catch (RuntimeException e) {
                    // The previous count stays until the maximum age; then a request counts itself.
                    LOG.warnf(e, "Renewing the statistics overview for %s failed; the previous count stays", key);
                } finally {
                    slot.counting.release();
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            slot.counting.release();
        }
    }

    private Overview countInto(Slot slot, Supplier<Overview> count) {
        long started = clock.getAsLong();
        Overview fresh = count.get();
        slot.countedAtNanos = started;
        slot.overview = fresh;
        forgetStale(started);
        return fresh;
    }

    /** Counts nobody asked for within the maximum age are dropped, so the criteria asked cannot pile up. */
    private void forgetStale(long now) {
        slots.values().removeIf(s -> s.overview != null && now - s.countedAtNanos > maxAgeNanos
                && s.counting.availablePermits() > 0);
    }
}
