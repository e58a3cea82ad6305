package org.ruraltalent.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies a bearer token once, not on every request: the same token string, already verified
 * (signature, algorithm, issuer, expiry), is answered from memory until it expires. Verifying an
 * RS256 signature and parsing the claims was the largest single cost of a read (docs/PERFORMANCE.md).
 * Only tokens that passed are kept; expiry is checked again on every use, with the same clock
 * skew the verification allows; at most {@code rural-talent.security.verified-token-cache-size}
 * are kept (expired ones are dropped first, then all), and a restart forgets them all.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    /** The verification proper; replaced in tests to count how often it runs. */
    JWTCallerPrincipalFactory verifier = new Verifier();
    Clock clock = Clock.systemUTC();
    final Map<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();

    @ConfigProperty(name = "rural-talent.security.verified-token-cache-size", defaultValue = "1000")
    int capacity;

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal known = verified.get(token);
        long now = clock.instant().getEpochSecond();
        if (known != null && unexpired(known, context, now)) {
            return known;
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        if (capacity > 0 && principal.getExpirationTime() > 0) {
            if (verified.size() >= capacity) {
                verified.values().removeIf(p -> !unexpired(p, context, now));
                if (verified.size() >= capacity) {
                    verified.clear();
                }
            }
            verified.put(token, principal);
        }
        return principal;
    }

    boolean holds(String token) {
        return verified.containsKey(token);
    }

    /** Within its expiry, and within the longest lifetime a token may have (smallrye.jwt.time-to-live) when one is set. */
    private static boolean unexpired(JWTCallerPrincipal principal, JWTAuthContextInfo context, long now) {
        long skew = context.getClockSkew();
        Long maxAge = context.getMaxTimeToLiveSecs();
        return now <= principal.getExpirationTime() + skew
                && (maxAge == null || now <= principal.getIssuedAtTime() + maxAge + skew);
    }

    /** smallrye-jwt's own verification (what its default factory does), making {@link Principal}s. */
    static final class Verifier extends JWTCallerPrincipalFactory {
        private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
            JwtContext jwt = parser.parse(token, context);
            return new Principal(jwt.getJoseObjects().get(0).getHeader("typ"), jwt.getJwtClaims());
        }
    }

    /**
     * smallrye-jwt's principal, but for how it tells a standard claim from a custom one: it asks
     * {@code Claims.valueOf}, which throws for every custom claim, so reading the {@code division}
     * claim on every scoped request filled a stack trace each time (2 % of a read's CPU,
     * docs/PERFORMANCE.md). The answer is the same; only the exception is gone.
     */
    static final class Principal extends DefaultJWTCallerPrincipal {
        private static final Map<String, Claims> STANDARD = Arrays.stream(Claims.values())
                .collect(Collectors.toUnmodifiableMap(Claims::name, Function.identity()));

        Principal(String type, JwtClaims claims) {
            super(type, claims);
        }

        @Override
        protected Claims getClaimType(String name) {
            return STANDARD.getOrDefault(name, Claims.UNKNOWN);
        }
    }
}
