package org.ruraltalent.changes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.audit.AuditAction;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Problems;
import org.ruraltalent.security.DataScope;

/**
 * The change feed: every committed change in commit-safe order. Events are read by
 * (transaction id, sequence) and only from transactions older than every transaction still
 * running, so an event that commits late is never passed over by a reader who has moved on;
 * the cursor names the last event read. Scoped readers see the events of records in their
 * division; events of records that lie nowhere in particular reach city-wide readers only.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final String PREFIX = "f1:";

    @Schema(name = "ChangeEvent")
    public record Event(
            @Schema(maxLength = 60, example = "person") String resourceType,
            UUID resourceId,
            AuditAction operation,
            @Schema(description = "The record's version after the change (its ETag), when it has one.", example = "3") Long version,
            Instant occurredAt) {
    }

    @Schema(name = "ChangePage")
    public record Page(@Schema(maxItems = PageRequest.MAX_LIMIT) List<Event> items,
            @Schema(example = "azE6MDFhMjIyNWEtNzkwMy03YzQ2LThiY2QtMzZmMjc0MmUwOWRl", description = "Pass as `after` to continue; present even when nothing new has arrived yet.",
                    maxLength = PageRequest.CURSOR_MAX_LENGTH, pattern = PageRequest.CURSOR_PATTERN) String nextCursor) {
    }

    @Inject
    EntityManager em;
    @Inject
    DataScope scope;

    public Page after(String cursor, PageRequest page) {
        long[] position = decode(cursor);
        int limit = page.limit();
        String scoped = scope.likePattern().map(p -> " and location_path like :scope").orElse("");
        var query = em.createNativeQuery("""
                select tx_id, seq, resource_type, resource_id, operation, version, occurred_at
                from change_event
                where (tx_id, seq) > (:tx, :seq)
                  and tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint""" + scoped + """

                order by tx_id, seq
                limit :limit""")
                .setParameter("tx", position[0]).setParameter("seq", position[1]).setParameter("limit", limit);
        scope.likePattern().ifPresent(p -> query.setParameter("scope", p));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Event> events = new ArrayList<>();
        long tx = position[0];
        long seq = position[1];
        for (Object[] r : rows) {
            tx = ((Number) r[0]).longValue();
            seq = ((Number) r[1]).longValue();
            events.add(new Event((String) r[2], (UUID) r[3], AuditAction.valueOf((String) r[4]),
                    r[5] == null ? null : ((Number) r[5]).longValue(), instant(r[6])));
        }
        return new Page(events, encode(tx, seq));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    static String encode(long tx, long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + tx + ":" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long[] decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new long[] { 0, 0 };
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                String[] parts = text.substring(PREFIX.length()).split(":");
                if (parts.length == 2) {
                    return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw Problems.invalidField("after", "Cursor", "field.cursor");
    }
}
