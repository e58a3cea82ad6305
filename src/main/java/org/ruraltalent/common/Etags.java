package org.ruraltalent.common;

import jakarta.ws.rs.core.EntityTag;

/**
 * {@code ETag} and {@code If-Match} over the record's version. Reads tag the answer; every change
 * must name the version it was based on, so two officials editing one record cannot silently
 * overwrite each other: no {@code If-Match} is 428, a stale one 412. The version column backs
 * this under races too (Hibernate's optimistic lock turns a concurrent commit into 412).
 */
public final class Etags {

    /** What an If-Match may hold: one or more of the ETags this service issues, weak or strong. */
    public static final String IF_MATCH_PATTERN = "^(W/)?\"[0-9]{1,19}\"( *, *(W/)?\"[0-9]{1,19}\")*$";
    public static final int IF_MATCH_MAX_LENGTH = 200;
    private static final java.util.regex.Pattern IF_MATCH = java.util.regex.Pattern.compile(IF_MATCH_PATTERN);

    private Etags() {
    }

    /** A response body that carries the version of the record it shows. */
    public interface Versioned {
        long version();
    }

    public static EntityTag of(Versioned view) {
        return new EntityTag(Long.toString(view.version()));
    }

    /** Fails unless {@code ifMatch} names the entity's current version. */
    public static void require(String ifMatch, VersionedEntity entity) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.if-match-required");
        }
        if (ifMatch.length() > IF_MATCH_MAX_LENGTH || !IF_MATCH.matcher(ifMatch.trim()).matches()) {
            throw Problems.invalidField("If-Match", "ETag", "field.if-match", IF_MATCH_MAX_LENGTH);
        }
        String current = Long.toString(entity.version);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + current + "\"")) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "detail.stale-if-match", ifMatch, "\"" + current + "\"");
    }
}
