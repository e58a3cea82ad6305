package org.ruraltalent.security;

import java.util.Set;

/**
 * The roles a token carries in its {@code groups} claim, and who may do what. Every
 * {@code /api/v1} call is checked against these by {@link AccessPolicy}; a new resource is
 * covered without doing anything.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATION = "integration";
    /** Not a role of its own: the permission to see full national ID and mobile numbers. */
    public static final String PII_READER = "pii-reader";

    /** May read records within their division scope. */
    public static final Set<String> READERS = Set.of(ADMIN, OPERATOR, VIEWER, AUDITOR, INTEGRATION);
    /** May create and change records within their division scope. */
    public static final Set<String> WRITERS = Set.of(ADMIN, OPERATOR, INTEGRATION);
    /** May read the audit trail. */
    public static final Set<String> AUDIT_READERS = Set.of(ADMIN, AUDITOR);
    /** May hold a token without a division claim, and then see the whole city. */
    public static final Set<String> CITY_WIDE = Set.of(ADMIN, AUDITOR);

    private Roles() {
    }
}
