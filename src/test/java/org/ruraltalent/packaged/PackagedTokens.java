package org.ruraltalent.packaged;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

/**
 * Bearer tokens signed with the development key, as dev-keys/Token.java signs them. Plain JDK on
 * purpose: outside {@code @QuarkusTest}, smallrye-jwt-build would read MicroProfile Config from
 * the test classpath, and with it the service's own config sources.
 */
final class PackagedTokens {

    static final String ISSUER = "rural-talent-dev";
    private static final PrivateKey KEY = load();

    private PackagedTokens() {
    }

    /** {@code Bearer ...} for a city-wide administrator named {@code subject}, valid for an hour. */
    static String admin(String subject) {
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"admin\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String input = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(KEY);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return "Bearer " + input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey load() {
        try {
            String pem = Files.readString(PackagedService.ROOT.resolve("dev-keys/private-key.pem"));
            byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read dev-keys/private-key.pem", e);
        }
    }
}
