package org.ruraltalent.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.division.Division;
import org.ruraltalent.division.DivisionPaths;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The part of the geography the caller may see and change: the division named by the token's
 * {@code division} claim and everything below it. Admins and auditors without the claim see the
 * whole city; any other token without it, or naming a division that does not exist, sees nothing
 * (403). Records outside the scope do not exist for the caller: features answer 404 for them and
 * leave them out of lists and counts.
 */
@RequestScoped
public class DataScope {

    public static final String CLAIM = "division";

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;
    @Inject
    DivisionPaths divisionPaths;

    private Optional<String> prefix;

    /** The path every visible division's path starts with, or empty when the caller sees everything. */
    public Optional<String> prefix() {
        if (prefix == null) {
            prefix = resolve();
        }
        return prefix;
    }

    public boolean covers(String path) {
        return prefix().map(p -> path != null && path.startsWith(p)).orElse(true);
    }

    /** Whether a record located in {@code division} is visible; an unlocated one only to a city-wide caller. */
    public boolean covers(Division division) {
        return prefix().isEmpty() || division != null && covers(division.path);
    }

    /** For list queries: a LIKE pattern matching every visible path, or empty when unscoped. */
    public Optional<String> likePattern() {
        return prefix().map(p -> p + "%");
    }

    private Optional<String> resolve() {
        String code = token == null ? null : token.getClaim(CLAIM);
        if (code == null || code.isBlank()) {
            if (Roles.CITY_WIDE.stream().anyMatch(identity::hasRole)) {
                return Optional.empty();
            }
            throw new ProblemException(ProblemType.FORBIDDEN, "detail.no-scope");
        }
        return Optional.of(divisionPaths.of(code.trim())
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "detail.unknown-scope", code)));
    }
}
