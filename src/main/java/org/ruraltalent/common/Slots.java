package org.ruraltalent.common;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bound on one kind of long, heavy request in one copy of the service (exports written, import
 * files received): at most {@code size} at once. A further one waits up to {@code wait} for one
 * of them to end, in the order they came, and is then answered 503 (retry). No more wait than
 * may run: a waiting request holds one of the few worker threads
 * ({@code quarkus.thread-pool.max-threads}), so one beyond them is answered 503 at once rather
 * than leaving the other requests fewer threads.
 */
public final class Slots {

    private final int size;
    private final Duration wait;
    private final Semaphore free;
    /** One for each request that may wait for a slot: as many as there are slots. */
    private final Semaphore turns;
    private final String busyDetail;
    private final String queueFullDetail;

    /**
     * {@code busyDetail} and {@code queueFullDetail} are message keys taking the size: the one
     * for a request that waited in vain, and the one for a request refused because as many wait
     * as may run.
     */
    public Slots(String name, int size, Duration wait, String busyDetail, String queueFullDetail) {
        if (size < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + size);
        }
        this.size = size;
        this.wait = wait;
        this.free = new Semaphore(size, true);
        this.turns = new Semaphore(size);
        this.busyDetail = busyDetail;
        this.queueFullDetail = queueFullDetail;
    }

    /** Takes a slot, or refuses with 503. The slot is given back when it is closed. */
    public Slot take() {
        // tryAcquire with a timeout, even of nothing, keeps the waiters' order (the semaphore is fair).
        if (!tryAcquire(free, Duration.ZERO)) {
            if (!turns.tryAcquire()) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, queueFullDetail, size);
            }
            try {
                if (!tryAcquire(free, wait)) {
                    throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, busyDetail, size);
                }
            } finally {
                turns.release();
            }
        }
        return new Slot();
    }

    /** Slots taken now. */
    public int taken() {
        return size - free.availablePermits();
    }

    /** Requests waiting for a slot now. */
    public int waiting() {
        return size - turns.availablePermits();
    }

    /** Slots free now; for tests, which take them to see a request refused. */
    Semaphore free() {
        return free;
    }

    /** Turns to wait for a slot; for tests, which take them to see a request refused at once. */
    Semaphore turns() {
        return turns;
    }

    private static boolean tryAcquire(Semaphore semaphore, Duration wait) {
        try {
            return semaphore.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One slot taken; closing it gives it back, once however often it is closed. */
    public final class Slot implements AutoCloseable {
        private final AtomicBoolean held = new AtomicBoolean(true);

        private Slot() {
        }

        @Override
        public void close() {
            if (held.compareAndSet(true, false)) {
                free.release();
            }
        }
    }
}
