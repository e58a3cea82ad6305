package org.ruraltalent.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, as recorded in idempotency claims and the audit trail: the token's subject. */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityIdentity identity;

    public String current() {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** Whether the caller holds the admin role, which alone may maintain reference lists such as industries. */
    public boolean isAdmin() {
        return identity != null && identity.hasRole(Roles.ADMIN);
    }

    public boolean mayReadPersonalData() {
        return identity != null && identity.hasRole(Roles.PII_READER);
    }
}
