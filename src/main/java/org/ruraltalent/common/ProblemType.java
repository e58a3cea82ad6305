package org.ruraltalent.common;

import java.net.URI;

/**
 * The kinds of problem the API answers with (RFC 9457). The {@code type} URI is stable for
 * integrators to match on; titles come from {@code i18n/problems*.properties} by slug.
 */
public enum ProblemType {
    VALIDATION(400),
    MALFORMED_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    DUPLICATE(409),
    INVALID_STATE(409),
    IDEMPOTENCY_IN_FLIGHT(409),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RULE_VIOLATION(422),
    IDEMPOTENCY_KEY_REUSED(422),
    PRECONDITION_REQUIRED(428),
    TOO_MANY_REQUESTS(429),
    INTERNAL(500),
    SERVICE_UNAVAILABLE(503);

    public final int status;

    ProblemType(int status) {
        this.status = status;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public URI uri() {
        return URI.create("urn:rural-talent:problem:" + slug());
    }
}
