package org.ruraltalent.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AuditDtos {

    private AuditDtos() {
    }

    @Schema(name = "AuditEvent", description = "Who changed what, when, and from which request.")
    public record AuditEventView(
            UUID id,
            @Schema(example = "2026-11-28T13:40:00Z") Instant occurredAt,
            @Schema(maxLength = 200, example = "wang.li", description = "Subject of the token that made the change.") String actor,
            @Schema(maxLength = 64, example = "6f1c2a9e-3b7d-4e0a-9f55-1d2c3b4a5e6f") String requestId,
            @Schema(maxLength = 300, example = "PATCH /api/v1/personnel/01a2225a-7903-7c46-8bcd-36f2742e09de") String request,
            AuditAction action,
            @Schema(maxLength = 60, example = "person") String resourceType,
            UUID resourceId,
            @Schema(description = "Each changed field with its value before and after; personal data shows only as \"[protected]\".",
                    example = "{\"professionalTitle\": {\"before\": null, \"after\": \"农艺师\"}}") Map<String, Map<String, Object>> changes) {

        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id, e.occurredAt, e.actor, e.requestId, e.request, e.action, e.resourceType,
                    e.resourceId, e.changes);
        }
    }
}
