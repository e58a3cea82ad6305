package org.ruraltalent.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruraltalent.support.Tokens;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;

/** A verified token is answered from memory only while it is valid; a refused one is never kept. */
class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens tokens = new VerifiedTokens();
    private JWTAuthContextInfo context;

    @BeforeEach
    void setUp() throws Exception {
        String pem = Files.readString(Path.of("dev-keys", "public-key.pem")).replaceAll("-----[A-Z ]+-----|\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        context = new JWTAuthContextInfo(key, Tokens.ISSUER);
        context.setClockSkew(30);
        JWTCallerPrincipalFactory real = new VerifiedTokens.Verifier();
        tokens.verifier = new JWTCallerPrincipalFactory() {
            @Override
            public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
                verifications.incrementAndGet();
                return real.parse(token, info);
            }
        };
        tokens.capacity = 3;
    }

    @Test
    void aTokenIsVerifiedOnceWhileValidAndAgainOnceExpired() throws Exception {
        long now = Instant.now().getEpochSecond();
        String token = Jwt.issuer(Tokens.ISSUER).subject("once").groups(Set.of("admin")).issuedAt(now).expiresAt(now + 600)
                .sign(Tokens.load(Path.of("dev-keys", "private-key.pem")));
        JWTCallerPrincipal first = tokens.parse(token, context);
        assertSame(first, tokens.parse(token, context));
        assertEquals(1, verifications.get());

        // Past its expiry and the allowed skew, memory no longer answers: the token is verified again.
        tokens.clock = Clock.fixed(Instant.ofEpochSecond(now + 600 + 31), ZoneOffset.UTC);
        tokens.parse(token, context);
        assertEquals(2, verifications.get());
    }

    @Test
    void aRefusedTokenIsNeverKept() throws Exception {
        String forged = Jwt.issuer(Tokens.ISSUER).subject("forger").groups(Set.of("admin")).expiresIn(600)
                .sign(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
        assertThrows(ParseException.class, () -> tokens.parse(forged, context));
        assertThrows(ParseException.class, () -> tokens.parse(forged, context));
        assertEquals(2, verifications.get());
        assertTrue(tokens.verified.isEmpty());
    }

    @Test
    void memoryHoldsNoMoreThanItsCapacity() throws Exception {
        for (int i = 0; i < 10; i++) {
            tokens.parse(Tokens.of("caller-" + i, null, "admin"), context);
            assertTrue(tokens.verified.size() <= 3, () -> "kept " + tokens.verified.size());
        }
    }

    @Test
    void thePrincipalAnswersEveryClaimAsSmallryeJwtsOwnDoes() throws Exception {
        long now = Instant.now().getEpochSecond();
        String token = Jwt.issuer(Tokens.ISSUER).subject("county").upn("county-hr").groups(Set.of("county-officer"))
                .claim(DataScope.CLAIM, "640402").claim("UNKNOWN", "a custom claim named like the enum's catch-all")
                .issuedAt(now).expiresAt(now + 600).sign(Tokens.load(Path.of("dev-keys", "private-key.pem")));
        JWTCallerPrincipal ours = tokens.parse(token, context);
        JWTCallerPrincipal theirs = new DefaultJWTCallerPrincipalFactory().parse(token, context);

        assertEquals(VerifiedTokens.Principal.class, ours.getClass());
        assertEquals(theirs.getClaimNames(), ours.getClaimNames());
        for (String name : theirs.getClaimNames()) {
            assertEquals(String.valueOf((Object) theirs.getClaim(name)), String.valueOf((Object) ours.getClaim(name)), name);
        }
        assertEquals("640402", ours.getClaim(DataScope.CLAIM));
        assertEquals(theirs.getName(), ours.getName());
        assertEquals(theirs.getGroups(), ours.getGroups());
        assertEquals(theirs.getExpirationTime(), ours.getExpirationTime());
        assertEquals(theirs.getRawToken(), ours.getRawToken());
    }
}
