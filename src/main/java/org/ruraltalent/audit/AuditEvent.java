package org.ruraltalent.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One entry of the audit trail, as read back. Rows are written by {@link AuditRecorder} in the
 * transaction of the change they describe, and never changed (the table refuses it).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "request_id", length = 64)
    public String requestId;

    @Column(length = 300)
    public String request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AuditAction action;

    @Column(name = "resource_type", nullable = false, length = 60)
    public String resourceType;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    /** Field name to {@code {"before": ..., "after": ...}}; personal data only as "[protected]". */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Map<String, Object>> changes;
}
