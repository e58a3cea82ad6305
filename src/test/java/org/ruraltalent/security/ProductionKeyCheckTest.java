package org.ruraltalent.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Production names every missing key at once, by the environment variable to set. */
class ProductionKeyCheckTest {

    private static List<String> missing(Map<String, String> settings) {
        return ProductionKeyCheck.missing(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "test", 100)).build());
    }

    @Test
    void namesAllFourWhenNothingIsConfigured() {
        List<String> missing = missing(Map.of());
        assertEquals(4, missing.size(), missing::toString);
        assertTrue(missing.get(0).startsWith("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("RURAL_TALENT_PII_HASH_KEY")));
    }

    @Test
    void namesOnlyWhatIsStillMissing() {
        assertEquals(List.of("RURAL_TALENT_PII_HASH_KEY (rural-talent.pii.hash-key): base64 of 32 random bytes: openssl rand -base64 32"),
                missing(Map.of("mp.jwt.verify.publickey.location", "/keys/idp.pem", "mp.jwt.verify.issuer", "https://idp",
                        "rural-talent.pii.encryption-key", "x", "rural-talent.pii.hash-key", " ")));
    }
}
