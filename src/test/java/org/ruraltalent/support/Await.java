package org.ruraltalent.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

/** Waiting for what the service does on its own threads: polled, never slept on and hoped. */
public final class Await {

    private Await() {
    }

    /** Waits, up to 10 s, until {@code condition} holds; fails naming {@code what} otherwise. */
    public static void that(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "within 10 s: " + what);
            Thread.sleep(10);
        }
    }
}
