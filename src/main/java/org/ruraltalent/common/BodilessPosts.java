package org.ruraltalent.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets a state change be sent without a body ({@code curl -X POST .../activate -H 'If-Match: "0"'}):
 * a request with no body is read as JSON, whatever {@code Content-Type} a client put on it, so the endpoint sees an
 * absent body instead of answering 415. Endpoints that need a body say so with {@code @NotNull}.
 */
public class BodilessPosts {

    @ServerRequestFilter(preMatching = true)
    public void defaultToJson(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && bodiless(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean bodiless(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length == null ? request.getHeaderString("Transfer-Encoding") == null : length.trim().equals("0");
    }
}
