package org.ruraltalent.common;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets a state change be sent without a body ({@code curl -X POST .../activate -H 'If-Match: "0"'}):
 * a request with no body is read as JSON, so the endpoint sees an absent body instead of answering
 * 415, when it names no type or one that clients put on an empty body by default (curl's
 * {@code -d ''} sends a form type). A request that names another type meant to send that: an
 * empty CSV is refused by the import as an empty file. Endpoints that need a body say so with
 * {@code @NotNull}.
 */
public class BodilessPosts {

    @ServerRequestFilter(preMatching = true)
    public void defaultToJson(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && bodiless(request) && untyped(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean untyped(String contentType) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.startsWith(MediaType.APPLICATION_FORM_URLENCODED) || type.startsWith(MediaType.TEXT_PLAIN);
    }

    private static boolean bodiless(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length == null ? request.getHeaderString("Transfer-Encoding") == null : length.trim().equals("0");
    }
}
