package org.ruraltalent.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** A missing or bad token is a 401 problem, whatever is wrong with it. */
@QuarkusTest
class AuthenticationTest {

    private static void unauthorized(String authorization) {
        given().header("Authorization", authorization).get("/api/v1/personnel")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:rural-talent:problem:unauthorized"));
    }

    @Inject
    VerifiedTokens verifiedTokens;

    /** The service verifies through VerifiedTokens: a token that passed is kept, one that failed is not. */
    @Test
    void keepsOnlyTokensThatPassed() {
        String token = Tokens.of("kept-" + System.nanoTime(), null, "admin");
        given().header("Authorization", "Bearer " + token).get("/api/v1/divisions").then().statusCode(200);
        assertTrue(verifiedTokens.holds(token));
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        given().header("Authorization", "Bearer " + tampered).get("/api/v1/divisions").then().statusCode(401);
        assertFalse(verifiedTokens.holds(tampered));
    }

    @Test
    void rejectsMissingToken() {
        unauthorized("");
    }

    @Test
    void rejectsGarbageToken() {
        unauthorized("Bearer not.a.token");
    }

    @Test
    void rejectsExpiredToken() {
        long past = System.currentTimeMillis() / 1000 - 7200;
        unauthorized("Bearer " + Jwt.issuer(Tokens.ISSUER).subject("late").groups(Set.of("admin"))
                .issuedAt(past).expiresAt(past + 60).sign(Tokens.load(java.nio.file.Path.of("dev-keys", "private-key.pem"))));
    }

    @Test
    void rejectsTokenSignedByAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        unauthorized("Bearer " + Jwt.issuer(Tokens.ISSUER).subject("forger").groups(Set.of("admin")).expiresIn(600)
                .sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void rejectsUnsignedAlgNoneToken() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"" + Tokens.ISSUER + "\",\"sub\":\"x\",\"groups\":[\"admin\"],\"exp\":"
                + (now + 600) + "}").getBytes(StandardCharsets.UTF_8));
        unauthorized("Bearer " + header + "." + claims + ".");
    }

    @Test
    void rejectsTokenFromAnotherIssuer() {
        unauthorized("Bearer " + Jwt.issuer("someone-else").subject("x").groups(Set.of("admin")).expiresIn(600)
                .sign(Tokens.load(java.nio.file.Path.of("dev-keys", "private-key.pem"))));
    }

    @Test
    void leavesOperationsEndpointsOpen() {
        given().header("Authorization", "").get("/q/health/ready").then().statusCode(200);
    }
}
