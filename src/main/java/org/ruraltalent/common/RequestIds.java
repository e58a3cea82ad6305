package org.ruraltalent.common;

import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane, a new one
 * otherwise (time-ordered, {@link Uuid7}). It is echoed in the response, written in every log
 * line of the request (MDC {@code requestId}), quoted in problems and recorded in the audit trail.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** MDC key of the request line ({@code POST /api/v1/personnel}), for the audit trail. */
    public static final String REQUEST_MDC_KEY = "request";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : Uuid7.next().toString();
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        MDC.put(REQUEST_MDC_KEY, request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath());
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }

    /** The id of the request being served on this thread, or {@code null} outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
