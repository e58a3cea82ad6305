package org.ruraltalent.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Identifiers are version 7, stamped with the time they were made, and never repeat, across threads and blocks. */
class Uuid7Test {

    @Test
    void isVersionSevenStampedWithItsMillisecond() {
        long before = System.currentTimeMillis();
        UUID id = Uuid7.next();
        long after = System.currentTimeMillis();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        long stamp = id.getMostSignificantBits() >>> 16;
        assertTrue(stamp >= before && stamp <= after, () -> stamp + " not in [" + before + ", " + after + "]");
    }

    @Test
    void manyThreadsDrawingManyBlocksNeverRepeat() throws Exception {
        int threads = 8;
        int each = 20_000; // about 80 blocks a thread
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> made = IntStream.range(0, threads)
                    .mapToObj(t -> pool.submit(() -> {
                        int n = 0;
                        for (int i = 0; i < each; i++) {
                            seen.add(Uuid7.next());
                            n++;
                        }
                        return n;
                    }))
                    .toList();
            int total = 0;
            for (Future<Integer> f : made) {
                total += f.get();
            }
            assertEquals(threads * each, total);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * each, seen.size());
    }

    @Test
    void theRandomBitsVaryWithinAMillisecond() {
        Set<Long> randA = new HashSet<>();
        Set<Long> randB = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            UUID id = Uuid7.next();
            randA.add(id.getMostSignificantBits() & 0xFFF);
            randB.add(id.getLeastSignificantBits() & 0x3FFFFFFFFFFFFFFFL);
        }
        assertTrue(randA.size() > 700, "rand_a took " + randA.size() + " values in 1,000 identifiers");
        assertEquals(1_000, randB.size());
    }
}
