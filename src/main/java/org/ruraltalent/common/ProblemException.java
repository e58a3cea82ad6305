package org.ruraltalent.common;

import java.util.List;
import java.util.Map;

/**
 * A failure that the API answers as a problem. It carries message keys, not text: title, detail
 * and field messages are rendered in the caller's language when the answer is written
 * ({@link ProblemMapper}).
 */
public class ProblemException extends RuntimeException {

    /** A field at fault: its JSON name, a stable code, and a message key with arguments. */
    public record FieldIssue(String field, String code, String messageKey, Object... args) {
    }

    public final ProblemType type;
    public final String detailKey;
    public final transient Object[] args;
    public final transient List<FieldIssue> issues;
    public final transient Map<String, Object> extensions;

    public ProblemException(ProblemType type, String detailKey, Object[] args, List<FieldIssue> issues,
            Map<String, Object> extensions) {
        super(type + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.args = args == null ? new Object[0] : args;
        this.issues = issues == null ? List.of() : issues;
        this.extensions = extensions == null ? Map.of() : extensions;
    }

    public ProblemException(ProblemType type, String detailKey, Object... args) {
        this(type, detailKey, args, null, null);
    }
}
