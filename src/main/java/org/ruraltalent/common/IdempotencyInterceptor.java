package org.ruraltalent.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.ruraltalent.security.Callers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;

/**
 * Makes a create safe to retry. The key is claimed in its own committed transaction first, so a
 * concurrent retry sees it at once (409); the create itself and the stored answer then commit
 * together, so a crash can never leave a record created without its answer. When the create
 * fails, the claim is released and the caller may retry with the same key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    HttpServerRequest request;
    @Inject
    IdempotencyStore store;
    @Inject
    ObjectMapper mapper;
    @Inject
    Callers callers;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!SANE_KEY.matcher(key).matches()) {
            throw Problems.invalidField(HEADER, "IdempotencyKey", "field.idempotency-key");
        }
        String caller = callers.current();
        String fingerprint = fingerprint(invocation);
        IdempotencyStore.Claim claim = store.claim(caller, key, fingerprint, request.path());
        switch (claim.outcome()) {
            case REPLAY:
                return replay(claim.answer());
            case OTHER_REQUEST:
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "detail.idempotency-key-reused", key);
            case IN_FLIGHT:
                throw new ProblemException(ProblemType.IDEMPOTENCY_IN_FLIGHT, "detail.idempotency-in-flight", key);
            default:
                break;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Object result = invocation.proceed();
                if (result instanceof RestResponse<?> response) {
                    store.complete(caller, key, new IdempotencyStore.Answer(response.getStatus(),
                            response.getLocation() == null ? null : response.getLocation().toString(),
                            response.getEntityTag() == null ? null : response.getEntityTag().getValue(),
                            response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null));
                }
                return result;
            });
        } catch (Exception | Error failure) {
            try {
                store.release(caller, key);
            } catch (RuntimeException releaseFailed) {
                // The database went away with the create: the claim stays until its lease ends
                // (retries meanwhile get 409), and the caller hears why the create failed.
                failure.addSuppressed(releaseFailed);
            }
            throw failure;
        }
    }

    private static RestResponse<Object> replay(IdempotencyStore.Answer answer) {
        RestResponse.ResponseBuilder<Object> response = RestResponse.ResponseBuilder.create(answer.status())
                .header(REPLAYED_HEADER, "true");
        if (answer.location() != null) {
            response.header("Location", answer.location());
        }
        if (answer.etag() != null) {
            response.tag(answer.etag());
        }
        if (answer.body() != null) {
            response.entity(answer.body()).type("application/json");
        }
        return response.build();
    }

    /**
     * The request as the service understood it: path and every argument, in a canonical JSON form
     * (an argument standing for a large body, such as an uploaded file, shows as its digest).
     */
    private String fingerprint(InvocationContext invocation) throws Exception {
        // A writer of the shared mapper, not a copy of it: a copy starts with empty serializer caches.
        String canonical = mapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(invocation.getParameters());
        return sha256((request.method().name() + " " + request.path() + "\n" + canonical).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
