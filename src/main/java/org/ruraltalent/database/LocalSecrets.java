package org.ruraltalent.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
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
    static final String JWT_KEY = "mp.jwt.verify.publickey.location";
    static final String JWT_ISSUER = "mp.jwt.verify.issuer";
    /** The issuer of tokens for a local trial; mint one with dev-keys/Token.java --key ... --issuer rural-talent-local. */
    static final String LOCAL_ISSUER = "rural-talent-local";
    /** Every key this class supplies. */
    static final java.util.Set<String> NAMES = java.util.Set.of(KEYS[0], KEYS[1], JWT_KEY, JWT_ISSUER);
    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecrets() {
    }

    /**
     * A key pair for tokens of a local trial: the public half verifies, the private half (next to
     * it, owner-only) signs tokens with {@code dev-keys/Token.java --key}. Returns the public key file.
     */
    private static Path tokenKeys(Path dataDir, boolean fresh) throws IOException {
        Path publicKey = dataDir.resolveSibling(dataDir.getFileName() + ".jwt-public.pem");
        Path privateKey = dataDir.resolveSibling(dataDir.getFileName() + ".jwt-private.pem");
        if (!fresh && Files.exists(publicKey) && Files.exists(privateKey)) {
            return publicKey;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writeOwnerOnly(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return publicKey;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
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
            Files.createDirectories(file.getParent());
            if (changed) {
                StringWriter out = new StringWriter();
                secrets.store(out, "Keys of the embedded database's personal data. Losing them loses that data.");
                writeOwnerOnly(file, out.toString());
            }
            Map<String, String> values = new HashMap<>();
            secrets.stringPropertyNames().forEach(k -> values.put(k, secrets.getProperty(k)));
            values.put(JWT_KEY, tokenKeys(dataDir, fresh).toString());
            values.put(JWT_ISSUER, LOCAL_ISSUER);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the local secrets in " + file, e);
        }
    }
}
