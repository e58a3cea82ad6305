package org.ruraltalent.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;


/**
 * Turns every failure into an RFC 9457 problem in the caller's language. The one place that
 * decides status codes for errors: features throw {@link ProblemException} or let the database
 * refuse, and this class says what that means to the caller. Nothing reaches the caller as a
 * stack trace or a Java class name.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper({ Throwable.class, WebApplicationException.class, ConstraintViolationException.class,
            jakarta.validation.ValidationException.class, JsonProcessingException.class, JsonParseException.class,
            JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class, NotFoundException.class,
            UnauthorizedException.class, AuthenticationFailedException.class, ForbiddenException.class })
    public Response map(Throwable failure, HttpHeaders headers, UriInfo uri) {
        ProblemException problem = classify(failure);
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        String path = uri.getPath();
        Problem body = render(problem, locale, path.startsWith("/") ? path : "/" + path);
        Response.ResponseBuilder response = Response.status(problem.type.status).type(PROBLEM_JSON).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        if (problem.type == ProblemType.SERVICE_UNAVAILABLE) {
            response.header("Retry-After", "5");
        }
        if (problem.type == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    static Problem render(ProblemException p, Locale locale, String instance) {
        List<Problem.FieldError> errors = p.issues.stream()
                .map(i -> new Problem.FieldError(i.field(), i.code(), Messages.get(locale, i.messageKey(), i.args())))
                .toList();
        return new Problem(p.type.uri(), Messages.get(locale, "title." + p.type.slug()), p.type.status,
                Messages.get(locale, p.detailKey, p.args), instance, RequestIds.current(), errors, p.extensions);
    }

    /** What a failure means to the caller. Wrapped causes (transactions, CDI) are looked through. */
    static ProblemException classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            ProblemException known = classifyOne(t);
            if (known != null) {
                return known;
            }
        }
        if (databaseUnavailableBehind(failure)) {
            return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.database-unavailable");
        }
        // A 4xx the framework raised that names no cause more telling (looked for above, since it may wrap one).
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
                return new ProblemException(ProblemType.MALFORMED_REQUEST, "detail.bad-request");
            }
        }
        LOG.errorf(failure, "Unexpected failure, answered as 500 (request %s)", RequestIds.current());
        return new ProblemException(ProblemType.INTERNAL, "detail.internal", RequestIds.current());
    }

    private static ProblemException classifyOne(Throwable t) {
        if (t instanceof ProblemException p) {
            return p;
        }
        if (t instanceof ConstraintViolationException cve) {
            return Problems.invalidFields(fieldIssues(cve));
        }
        if (t instanceof JsonParseException p && p.getMessage() != null && p.getMessage().startsWith("Duplicate field")
                && p.getProcessor() != null) {
            String field = p.getProcessor().getParsingContext().getCurrentName();
            return Problems.invalidField(field == null ? "body" : field, "DuplicateField", "field.duplicate", field);
        }
        if (t instanceof JsonParseException) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "detail.malformed-json");
        }
        if (t instanceof io.vertx.core.http.HttpClosedException || t instanceof java.nio.channels.ClosedChannelException) {
            // The caller closed the connection before its body arrived whole (while it was read, or
            // before reading began): no one will read this answer, but it is the request's fault,
            // not a failure of the service to log as one.
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "detail.body-incomplete");
        }
        if (t instanceof UnrecognizedPropertyException u) {
            return Problems.invalidField(jsonPath(u), "UnknownField", "field.unknown", u.getPropertyName());
        }
        if (t instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return Problems.invalidField(jsonPath(f), "UnknownCode", "field.unknown-code", String.valueOf(f.getValue()),
                    enumCodes(f.getTargetType()));
        }
        if (t instanceof ValueInstantiationException v && v.getCause() instanceof ProblemException p) {
            return p;
        }
        if (t instanceof InvalidFormatException f && String.class.equals(f.getTargetType())) {
            return Problems.invalidField(jsonPath(f), "NulCharacter", "field.nul-character");
        }
        if (t instanceof MismatchedInputException m && java.math.BigDecimal.class.equals(m.getTargetType())) {
            return Problems.invalidField(jsonPath(m), "DecimalString", "field.decimal-string");
        }
        if (t instanceof MismatchedInputException m) {
            return Problems.invalidField(jsonPath(m), "WrongType", "field.wrong-type",
                    m.getTargetType() == null ? "?" : m.getTargetType().getSimpleName());
        }
        if (t instanceof JsonMappingException m) {
            return Problems.invalidField(jsonPath(m), "Invalid", "field.unreadable");
        }
        ProblemException refused = DatabaseConstraints.refusal(t);
        if (refused != null) {
            return refused;
        }
        if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
            return new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.stale");
        }
        if (databaseUnavailable(t)) {
            return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.database-unavailable");
        }
        if (t instanceof java.sql.SQLException s && "57014".equals(s.getSQLState())) {
            // statement_timeout cancelled it (application.properties): the transaction rolled back.
            return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.database-timeout");
        }
        // Set.of refuses to look up null, and the pool's own exceptions have no SQLState.
        if (t instanceof java.sql.SQLException s && s.getSQLState() != null && RETRYABLE_STATES.contains(s.getSQLState())) {
            return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.database-retry");
        }
        if (t instanceof ForbiddenException) {
            return new ProblemException(ProblemType.FORBIDDEN, "detail.forbidden");
        }
        if (t instanceof NotAuthorizedException || t instanceof UnauthorizedException
                || t instanceof AuthenticationFailedException) {
            return new ProblemException(ProblemType.UNAUTHORIZED, "detail.unauthorized");
        }
        if (t instanceof NotFoundException) {
            return new ProblemException(ProblemType.NOT_FOUND, "detail.no-such-path");
        }
        if (t instanceof NotAllowedException) {
            return new ProblemException(ProblemType.METHOD_NOT_ALLOWED, "detail.method-not-allowed");
        }
        if (t instanceof NotSupportedException) {
            return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type");
        }
        if (t instanceof NotAcceptableException) {
            return new ProblemException(ProblemType.NOT_ACCEPTABLE, "detail.not-acceptable");
        }
        return null;
    }

    /**
     * A transaction PostgreSQL rolled back because of concurrent ones, which succeeds when sent
     * again: serialization failure, deadlock, a lock not granted in time.
     */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "55P03");

    /**
     * Whether the failure says the database cannot be used right now, which is no fault of the
     * request: the connection was refused, lost or never made (SQLState class 08), the server is
     * shutting down or starting (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect
     * now), or the pool had no connection to give within its acquisition timeout. The caller may
     * retry the same request later.
     */
    static boolean databaseUnavailable(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        if (!(t instanceof java.sql.SQLException s)) {
            return false;
        }
        String state = s.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // Agroal says it waited in vain for a connection only in words, a plain SQLException with no
        // SQLState: "Acquisition timeout while waiting for new connection" when it was opening one,
        // "Sorry, acquisition timeout!" when every connection was in use.
        return s.getMessage() != null && s.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }

    /**
     * The same, looking also at suppressed exceptions: a commit that fails because the connection
     * is gone reaches us as a rollback, and the transaction manager (Narayana) may attach the
     * reasons as suppressed exceptions rather than as its cause.
     */
    private static boolean databaseUnavailableBehind(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>(List.of(failure));
        while (!next.isEmpty()) {
            Throwable t = next.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (databaseUnavailable(t)) {
                return true;
            }
            if (t.getCause() != null) {
                next.push(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    private static List<ProblemException.FieldIssue> fieldIssues(ConstraintViolationException cve) {
        List<ProblemException.FieldIssue> issues = new ArrayList<>();
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
            issues.add(new ProblemException.FieldIssue(fieldName(v.getPropertyPath()),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    "field.as-is", v.getMessage()));
        }
        issues.sort(Comparator.comparing(ProblemException.FieldIssue::field));
        return issues;
    }

    /** {@code create.body.person.name} becomes {@code person.name}: method and parameter names are not the caller's. */
    static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                String name = node.getName();
                // Query and path parameters keep their name; a request body does not appear in its JSON.
                if (!name.equals("body")) {
                    field.append(name);
                }
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String enumCodes(Class<?> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
    }
}
