package org.ruraltalent.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Bearer tokens for tests, signed with the development key the test profile trusts. */
public final class Tokens {

    public static final String ISSUER = "rural-talent-dev";
    private static final PrivateKey KEY = load(Path.of("dev-keys", "private-key.pem"));

    private Tokens() {
    }

    /** A token for {@code subject} with {@code roles}, limited to {@code division} when not null. */
    public static String of(String subject, String division, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles)).expiresIn(3600);
        if (division != null) {
            claims.claim("division", division);
        }
        return claims.sign(KEY);
    }

    public static String bearer(String subject, String division, String... roles) {
        return "Bearer " + of(subject, division, roles);
    }

    /** The token every test sends unless it says otherwise: a city-wide administrator. */
    public static String admin() {
        return bearer("test-admin", null, "admin");
    }

    public static PrivateKey load(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pem, e);
        }
    }
}
