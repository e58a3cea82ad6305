package org.ruraltalent.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.security.DataScope;

/**
 * Reads the audit trail. The trail spans every division (an entry names a record, not where it
 * lies, and a record may move), so only city-wide callers read it: a token limited to a division
 * is refused rather than shown entries about records it may not see.
 */
@ApplicationScoped
public class AuditService {

    /** What the trail may be narrowed by; every field optional. */
    public record Criteria(String resourceType, UUID resourceId, String actor, String requestId, AuditAction action,
            Instant from, Instant to) {
    }

    @Inject
    DataScope scope;

    public Page<AuditDtos.AuditEventView> list(Criteria c, PageRequest page) {
        if (scope.prefix().isPresent()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "detail.audit-city-wide");
        }
        return new Filter()
                .when(c.resourceType(), "a.resourceType = :type", "type")
                .when(c.resourceId(), "a.resourceId = :resourceId", "resourceId")
                .when(c.actor(), "a.actor = :actor", "actor")
                .when(c.requestId(), "a.requestId = :requestId", "requestId")
                .when(c.action(), "a.action = :action", "action")
                .when(c.from(), "a.occurredAt >= :from", "from")
                .when(c.to(), "a.occurredAt < :to", "to")
                .page(AuditEvent.class, "a", page, e -> e.id, AuditDtos.AuditEventView::of);
    }
}
