package org.ruraltalent.common;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;

/**
 * What a statement the database refused means to the caller. The database is the last guard
 * of every rule (two racing requests both pass a Java check); this names the rule back.
 * <p>
 * A constraint is described in {@code i18n/messages*.properties} by its name:
 * {@code constraint.<name>} is the detail, {@code constraint.<name>.field} the JSON field at
 * fault, if any, and {@code constraint.<name>.rule} the rule it holds, as the feature's own check
 * names it (so a request that raced past the check gets the same answer). Unique and exclusion
 * constraints answer 409, check constraints 422, foreign keys 409.
 */
public final class DatabaseConstraints {

    private static final String UNIQUE = "23505";
    private static final String FOREIGN_KEY = "23503";
    private static final String CHECK = "23514";
    private static final String EXCLUSION = "23P01";
    private static final String NOT_NULL = "23502";

    private DatabaseConstraints() {
    }

    /**
     * What {@code t} says about the data the database was given: a rule it holds (a constraint) or
     * a value it cannot store (an SQL data exception: a NUL character, say, which no field rule
     * caught); {@code null} when {@code t} is neither.
     */
    static ProblemException refusal(Throwable t) {
        if (t instanceof ConstraintViolationException c) {
            return problemFor(c);
        }
        if (t instanceof DataException || t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("22")) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "detail.unstorable-value");
        }
        return null;
    }

    /**
     * The name of the constraint the database refused, wherever it is in {@code e}'s causes, for a
     * feature that answers a refusal with more than its rule (the record in the way); {@code null}
     * when {@code e} is no constraint's refusal. Hibernate throws its own exception for it, not
     * wrapped, from a flush, and wrapped in another from some other calls.
     */
    public static String violated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException c) {
                return c.getConstraintName();
            }
        }
        return null;
    }

    private static ProblemException problemFor(ConstraintViolationException e) {
        String name = e.getConstraintName() == null ? "unknown" : e.getConstraintName().toLowerCase(Locale.ROOT);
        String key = "constraint." + name;
        String field = Messages.get(Messages.ENGLISH, key + ".field");
        boolean described = !Messages.get(Messages.ENGLISH, key).equals(key);
        String detailKey = described ? key : "detail.constraint";
        List<ProblemException.FieldIssue> issues = field.equals(key + ".field") ? List.of()
                : List.of(new ProblemException.FieldIssue(field, codeFor(e.getSQLState()), detailKey, name));
        ProblemType type = switch (e.getSQLState() == null ? "" : e.getSQLState()) {
            case UNIQUE -> ProblemType.DUPLICATE;
            case CHECK, NOT_NULL -> ProblemType.RULE_VIOLATION;
            case FOREIGN_KEY, EXCLUSION -> ProblemType.CONFLICT;
            default -> ProblemType.CONFLICT;
        };
        String rule = Messages.get(Messages.ENGLISH, key + ".rule");
        return new ProblemException(type, detailKey, new Object[] { name }, issues,
                Map.of("rule", rule.equals(key + ".rule") ? name : rule));
    }

    private static String codeFor(String sqlState) {
        if (UNIQUE.equals(sqlState)) {
            return "Unique";
        }
        return FOREIGN_KEY.equals(sqlState) ? "Reference" : "Rule";
    }
}
