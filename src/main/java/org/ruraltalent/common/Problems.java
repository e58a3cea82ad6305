package org.ruraltalent.common;

import java.util.List;
import java.util.Map;

/** Factories for the problems features raise, so the same failure always reads the same. */
public final class Problems {

    private Problems() {
    }

    /** {@code resource} names the kind of record (a key under {@code resource.} in the messages). */
    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "detail.not-found",
                new Object[] { Messages.resource(resource), String.valueOf(id) }, null, null);
    }

    /** One field is wrong: 400 with an {@code errors} entry naming it. */
    public static ProblemException invalidField(String field, String code, String messageKey, Object... args) {
        return invalidFields(List.of(new ProblemException.FieldIssue(field, code, messageKey, args)));
    }

    public static ProblemException invalidFields(List<ProblemException.FieldIssue> issues) {
        return new ProblemException(ProblemType.VALIDATION, "detail.validation", new Object[] { issues.size() },
                issues, null);
    }

    /** A unique value is already held by another record: 409 naming the field. */
    public static ProblemException duplicate(String field, String messageKey, Object... args) {
        return new ProblemException(ProblemType.DUPLICATE, messageKey, args,
                List.of(new ProblemException.FieldIssue(field, "Unique", messageKey, args)), null);
    }

    /** A business rule forbids the change; {@code rule} names it for integrators. */
    public static ProblemException ruleViolation(String rule, String messageKey, Object... args) {
        return new ProblemException(ProblemType.RULE_VIOLATION, messageKey, args, null, Map.of("rule", rule));
    }

    /**
     * Another record already holds what this change needs: 409 naming the rule and that record
     * ({@code conflictingId} left out when the record could not be read back: after a lost race, the
     * winner had already changed again when the loser looked it up).
     */
    public static ProblemException conflict(String rule, Object conflictingId, String messageKey, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, messageKey, args, null, conflictingId == null
                ? Map.of("rule", rule)
                : Map.of("rule", rule, "conflictingId", conflictingId.toString()));
    }

    /** The record is in a state that does not allow the action: 409 naming the current state. */
    public static ProblemException invalidState(String action, Enum<?> current) {
        return new ProblemException(ProblemType.INVALID_STATE, "detail.invalid-state",
                new Object[] { action, current.name() }, null, Map.of("currentState", current.name()));
    }

    /**
     * What the database's refusal of a statement says about the data it was given (a rule it
     * holds, named back as the field at fault where it has one, or a value it cannot store), for
     * work that reports it without answering a request, as an import does for each row; {@code null}
     * when {@code failure} is not such a refusal (a lost connection, say). Wrapped causes are looked
     * through.
     */
    public static ProblemException refusedByDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            ProblemException refused = DatabaseConstraints.refusal(t);
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }
}
