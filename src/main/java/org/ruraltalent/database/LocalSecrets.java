package org.ruraltalent.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Keys for a database the service runs itself: generated at random on first start and kept in
 * {@code <data-dir>.secrets} (owner-only permissions), so data written by one start can be read
 * by the next. A deployment on an external database configures its own keys instead, and the
 * service refuses to start without them.
 */
final class LocalSecrets {

    static final String[] KEYS = { "rural-talent.pii.encryption-key", "rural-talent.pii.hash-key" };
    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecrets() {
    }

    static Map<String, String> load(Path dataDir, boolean fresh) {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".secrets");
        try {
            Properties secrets = new Properties();
            if (!fresh && Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    secrets.load(in);
                }
            }
            boolean changed = false;
            for (String key : KEYS) {
                if (secrets.getProperty(key) == null) {
                    byte[] bytes = new byte[32];
                    RANDOM.nextBytes(bytes);
                    secrets.setProperty(key, Base64.getEncoder().encodeToString(bytes));
                    changed = true;
                }
            }
            if (changed) {
                Files.createDirectories(file.getParent());
                Files.deleteIfExists(file);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (Writer out = Files.newBufferedWriter(file)) {
                    secrets.store(out, "Keys of the embedded database's personal data. Losing them loses that data.");
                }
            }
            Map<String, String> values = new HashMap<>();
            secrets.stringPropertyNames().forEach(k -> values.put(k, secrets.getProperty(k)));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the local secrets in " + file, e);
        }
    }
}
