package org.ruraltalent.packaged;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One copy of the packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}, the
 * production profile) as a real process, with the image's JVM flags ({@code docker/jvm.options})
 * and configured the way a deployment configures it: through the environment. Its output goes to
 * {@code target/packaged-it/<name>.log}.
 */
final class PackagedService implements AutoCloseable {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/quarkus-app/quarkus-run.jar");
    static final Path JVM_OPTIONS = ROOT.resolve("docker/jvm.options");
    static final Path LOGS = ROOT.resolve("target/packaged-it");
    private static final Duration READY_DEADLINE = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private PackagedService(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** The two personal-data keys every copy on one database must share: base64 of 32 random bytes each. */
    static Map<String, String> personalDataKeys() {
        SecureRandom random = new SecureRandom();
        byte[] encryption = new byte[32];
        byte[] hash = new byte[32];
        random.nextBytes(encryption);
        random.nextBytes(hash);
        return Map.of("RURAL_TALENT_PII_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(encryption),
                "RURAL_TALENT_PII_HASH_KEY", Base64.getEncoder().encodeToString(hash));
    }

    /**
     * Starts a copy on {@code port} against {@code database}, trusting the development key (the
     * tokens {@link PackagedTokens} signs), with {@code keys} for personal data. Does not wait.
     */
    static PackagedService start(String name, int port, TestDatabase database, Map<String, String> keys) throws IOException {
        Map<String, String> env = new HashMap<>(keys);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", ROOT.resolve("dev-keys/public-key.pem").toString());
        env.put("MP_JWT_VERIFY_ISSUER", PackagedTokens.ISSUER);
        return launch(name, port, ROOT, List.of(), env);
    }

    /**
     * Starts a copy on {@code port} with no datasource configured, as a newcomer's {@code java -jar}
     * does: on the embedded PostgreSQL, its data and keys under {@code workDir}, its binaries
     * unpacked under {@code tmpDir} (the JVM's temporary folder). Does not wait.
     */
    static PackagedService startEmbedded(String name, int port, Path workDir, Path tmpDir) throws IOException {
        return launch(name, port, workDir, List.of("-Djava.io.tmpdir=" + tmpDir), Map.of());
    }

    private static PackagedService launch(String name, int port, Path workDir, List<String> jvmArgs, Map<String, String> settings)
            throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: these tests run after `package` (./mvnw verify)");
        }
        Files.createDirectories(LOGS);
        Path log = LOGS.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "@" + JVM_OPTIONS));
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("MP_JWT_") || k.startsWith("RURAL_TALENT_"));
        env.put("MALLOC_ARENA_MAX", "2"); // as docker/Dockerfile sets it
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.putAll(settings);
        Process process = builder.start();
        // Should the test JVM itself be stopped, it takes the copy with it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, name + "-kill"));
        return new PackagedService(name, port, log, process);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String url() {
        return "http://localhost:" + port;
    }

    Process process() {
        return process;
    }

    /** Waits until {@code /q/health/ready} answers 200 (database reachable, migrations done); fails at the deadline or if the process dies. */
    PackagedService awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_DEADLINE.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready:\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // polled again below, until the deadline
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException(name + " was not ready within " + READY_DEADLINE + ":\n" + tail());
    }

    /** The end of the copy's log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the process if it still runs: SIGTERM, then SIGKILL if it has not gone within the deadline. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
