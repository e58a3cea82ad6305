package org.ruraltalent.importing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;

/** The HTTP layer's cap must leave room above the largest import file to measure an upload as it is read. */
class ImportConfigTest {

    private static final long MB = 1024 * 1024;

    private static Optional<MemorySize> cap(long bytes) {
        return Optional.of(new MemorySize(BigInteger.valueOf(bytes)));
    }

    @Test
    void aCapWithoutRoomForOneMoreSegmentStopsTheStart() {
        assertDoesNotThrow(() -> ImportConfig.Uploads.checkRoom(50 * MB, MB, cap(52 * MB)), "the shipped settings");
        assertDoesNotThrow(() -> ImportConfig.Uploads.checkRoom(50 * MB, MB, Optional.empty()), "no cap at all");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ImportConfig.Uploads.checkRoom(50 * MB, MB, cap(50 * MB)));
        assertTrue(refused.getMessage().startsWith("quarkus.http.limits.max-body-size must be at least 53542912 bytes"),
                refused.getMessage());
    }
}
