package org.ruraltalent.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered identifiers (RFC 9562 version 7): opaque to callers, unique across copies of the
 * service, and ordered by creation so keyset paging on them walks records oldest first and the
 * primary-key index stays compact.
 */
public final class Uuid7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuid7() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
