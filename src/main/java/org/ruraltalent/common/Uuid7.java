package org.ruraltalent.common;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered identifiers (RFC 9562 version 7): opaque to callers, unique across copies of the
 * service, and ordered by creation so keyset paging on them walks records oldest first and the
 * primary-key index stays compact.
 *
 * <p>Every entity gets one when it is constructed, Hibernate's too when it reads a record (the id
 * it then sets replaces it), so a read of one person makes three and a write a dozen. The random
 * bits are therefore taken from the system's {@link SecureRandom} a block at a time for each
 * thread: drawing them one identifier at a time held the generator's lock, which every worker
 * thread shares, twice per entity (docs/PERFORMANCE.md, session 26).
 */
public final class Uuid7 {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 12 bits of rand_a and 62 of rand_b, taken as a short and a long. */
    private static final int BYTES_AN_ID = Short.BYTES + Long.BYTES;
    private static final int IDS_A_BLOCK = 256;
    private static final ThreadLocal<ByteBuffer> BLOCK = ThreadLocal.withInitial(() -> {
        ByteBuffer empty = ByteBuffer.allocate(BYTES_AN_ID * IDS_A_BLOCK);
        return empty.position(empty.limit());
    });

    private Uuid7() {
    }

    public static UUID next() {
        ByteBuffer block = BLOCK.get();
        if (!block.hasRemaining()) {
            RANDOM.nextBytes(block.array());
            block.clear();
        }
        long randA = block.getShort() & 0xFFFL;
        long randB = block.getLong();
        long msb = (System.currentTimeMillis() << 16) | (0x7L << 12) | randA;
        long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
