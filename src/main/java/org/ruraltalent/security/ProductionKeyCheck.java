package org.ruraltalent.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * In production the service refuses to start without the keys it needs, and says what to set.
 * (Development keys exist only in the dev and test profiles; a production start on the embedded
 * database, a local trial, gets keys generated for its data folder.)
 */
@Singleton
@IfBuildProfile("prod")
class ProductionKeyCheck {

    void onStart(@Observes StartupEvent event, Config config) {
        List<String> missing = missing(config);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Refusing to start without keys. Set:\n  " + String.join("\n  ", missing));
        }
    }

    /** Each setting production needs and does not have, as the environment variable to set and why. */
    static List<String> missing(Config config) {
        List<String> missing = new ArrayList<>();
        require(config, "mp.jwt.verify.publickey.location", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "location of the identity provider's public key (PEM or JWKS)", missing);
        require(config, "mp.jwt.verify.issuer", "MP_JWT_VERIFY_ISSUER", "the issuer tokens must name", missing);
        require(config, "rural-talent.pii.encryption-key", "RURAL_TALENT_PII_ENCRYPTION_KEY",
                "base64 of 32 random bytes: openssl rand -base64 32", missing);
        require(config, "rural-talent.pii.hash-key", "RURAL_TALENT_PII_HASH_KEY",
                "base64 of 32 random bytes: openssl rand -base64 32", missing);
        return missing;
    }

    private static void require(Config config, String key, String env, String what, List<String> missing) {
        Optional<String> value = config.getOptionalValue(key, String.class);
        if (value.isEmpty() || value.get().isBlank()) {
            missing.add(env + " (" + key + "): " + what);
        }
    }
}
