package org.ruraltalent.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.QueryParams;

/** The audit trail, for auditors and administrators (see security/AccessPolicy). */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every create, change and state change: who, when, what, from which request.")
public class AuditResource {

    @Inject
    AuditService service;

    @GET
    @Operation(operationId = "listAuditEvents", summary = "List audit events", description = "Oldest first; filter by resource, actor, request or time. For city-wide auditor and admin tokens only.")
    public Page<AuditDtos.AuditEventView> list(
            @QueryParam("resourceType") @Parameter(example = "person") String resourceType,
            @QueryParam("resourceId") String resourceId,
            @QueryParam("actor") @Parameter(example = "wang.li") String actor,
            @QueryParam("requestId") String requestId,
            @QueryParam("action") @Parameter(description = "CREATE, UPDATE or DELETE.") String action,
            @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive.", example = "2026-11-01T00:00:00Z") String from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive.", example = "2026-12-01T00:00:00Z") String to,
            @BeanParam PageRequest page) {
        return service.list(new AuditService.Criteria(QueryParams.text(resourceType), QueryParams.uuid("resourceId", resourceId),
                QueryParams.text(actor), QueryParams.text(requestId), QueryParams.code(AuditAction.class, "action", action),
                QueryParams.instant("from", from), QueryParams.instant("to", to)), page);
    }
}
