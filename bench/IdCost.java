import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.ruraltalent.common.Uuid7;

/**
 * What an identifier costs when many threads make them at once: {@code Uuid7.next()} against
 * drawing its random bits from one shared SecureRandom per identifier, as it did until session 26
 * (the system's generator, NativePRNG on Linux, serialises its callers on one lock). Prints the
 * machine's time per identifier (wall time over identifiers made), for 1 and 16 threads.
 * Usage, after a build: java -cp target/classes bench/IdCost.java
 */
public class IdCost {

    private static final SecureRandom SHARED = new SecureRandom();

    private static UUID sharedDraws() {
        long randA = SHARED.nextInt(1 << 12);
        long msb = (System.currentTimeMillis() << 16) | (0x7L << 12) | randA;
        long lsb = (SHARED.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private static long nanosEach(Supplier<UUID> ids, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            Future<?>[] done = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                done[t] = pool.submit(() -> {
                    long sink = 0;
                    for (int i = 0; i < each; i++) {
                        sink += ids.get().getLeastSignificantBits();
                    }
                    return sink;
                });
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / ((long) threads * each);
        } finally {
            pool.shutdown();
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("SecureRandom: " + SHARED.getAlgorithm() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        for (int round = 1; round <= 3; round++) {
            for (int threads : new int[] { 1, 16 }) {
                System.out.printf("round %d, %2d threads: shared SecureRandom %4d ns an id, Uuid7.next %4d ns%n", round, threads,
                        nanosEach(IdCost::sharedDraws, threads, 200_000), nanosEach(Uuid7::next, threads, 200_000));
            }
        }
    }
}
