package org.ruraltalent.security;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Who may call what, for every {@code /api/v1} endpoint, today's and later ones: a bearer token
 * is required (401 without a valid one); reads need any role, changes a writing role, the audit
 * trail an auditing role (403 otherwise). The division scope of what a caller may see is applied
 * by {@link DataScope} in each feature's queries.
 */
public class AccessPolicy {

    private static final String AUDIT_PATH = "/api/v1/audit-events";

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> authorize(ContainerRequestContext request) {
        String given = request.getUriInfo().getPath();
        String path = given.startsWith("/") ? given : "/" + given;
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        Set<String> allowed = allowedRoles(request.getMethod(), path);
        return identities.getDeferredIdentity().map(identity -> {
            check(identity, allowed);
            return null;
        });
    }

    static Set<String> allowedRoles(String method, String path) {
        if (path.equals(AUDIT_PATH) || path.startsWith(AUDIT_PATH + "/")) {
            return Roles.AUDIT_READERS;
        }
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> Roles.READERS;
            default -> Roles.WRITERS;
        };
    }

    private static void check(SecurityIdentity identity, Set<String> allowed) {
        if (identity == null || identity.isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "detail.unauthorized");
        }
        if (allowed.stream().noneMatch(identity::hasRole)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "detail.forbidden");
        }
    }
}
