package org.ruraltalent.audit;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;

/** The audit trail, for auditors and administrators (see security/AccessPolicy). */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every create, change and state change: who, when, what, from which request.")
public class AuditResource {

    @GET
    @Operation(summary = "List audit events", description = "Oldest first; filter by resource, actor, request or time. For auditor and admin roles only.")
    public Page<AuditDtos.AuditEventView> list(
            @QueryParam("resourceType") @Parameter(example = "person") String resourceType,
            @QueryParam("resourceId") String resourceId,
            @QueryParam("actor") @Parameter(example = "wang.li") String actor,
            @QueryParam("requestId") String requestId,
            @QueryParam("action") @Parameter(description = "CREATE, UPDATE or DELETE.") String action,
            @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive.", example = "2026-11-01T00:00:00Z") String from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive.", example = "2026-12-01T00:00:00Z") String to,
            @BeanParam PageRequest page) {
        return new Filter()
                .when(QueryParams.text(resourceType), "a.resourceType = :type", "type")
                .when(QueryParams.uuid("resourceId", resourceId), "a.resourceId = :resourceId", "resourceId")
                .when(QueryParams.text(actor), "a.actor = :actor", "actor")
                .when(QueryParams.text(requestId), "a.requestId = :requestId", "requestId")
                .when(QueryParams.code(AuditAction.class, "action", action), "a.action = :action", "action")
                .when(QueryParams.instant("from", from), "a.occurredAt >= :from", "from")
                .when(QueryParams.instant("to", to), "a.occurredAt < :to", "to")
                .page(AuditEvent.class, "a", page, e -> e.id, AuditDtos.AuditEventView::of);
    }
}
