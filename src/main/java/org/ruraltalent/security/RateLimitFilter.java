package org.ruraltalent.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Applies {@link RateLimiter} to every {@code /api/v1} call after authentication: {@code 429}
 * with {@code Retry-After} past the limit, and {@code RateLimit-Limit}, {@code RateLimit-Remaining}
 * and {@code RateLimit-Reset} on every answer.
 */
public class RateLimitFilter {

    private static final String DECISION = RateLimitFilter.class.getName();

    @Inject
    RateLimiter limiter;
    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public Uni<Void> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            String caller = identity == null || identity.isAnonymous()
                    ? "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress())
                    : identity.getPrincipal().getName();
            limiter.take(caller).ifPresent(decision -> {
                request.setProperty(DECISION, decision);
                if (!decision.allowed()) {
                    throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "detail.too-many-requests", decision.limit(),
                            decision.resetSeconds());
                }
            });
            return null;
        });
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision d) {
            response.getHeaders().putSingle("RateLimit-Limit", d.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", d.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", d.resetSeconds());
            if (!d.allowed()) {
                response.getHeaders().putSingle("Retry-After", d.resetSeconds());
            }
        }
    }
}
