package org.ruraltalent.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.ruraltalent.common.Uuid7;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of an assignment's lifecycle, recorded when it happens and never changed. */
@Entity
@Immutable
@Table(name = "assignment_transition")
public class AssignmentTransition extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public AssignmentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    public AssignmentStatus to;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(length = 500)
    public String reason;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "request_id", length = 64)
    public String requestId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static List<AssignmentTransition> historyOf(UUID assignmentId) {
        return list("assignmentId = ?1 order by id", assignmentId);
    }
}
