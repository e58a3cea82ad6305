package org.ruraltalent.common;

/**
 * Who is calling, as recorded in idempotency claims and the audit trail. Until bearer tokens
 * are verified every caller is {@code anonymous}.
 */
public final class Callers {

    private Callers() {
    }

    public static String current() {
        return "anonymous";
    }
}
