package org.ruraltalent.assignment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.division.Division;
import org.ruraltalent.division.DivisionLevel;
import org.ruraltalent.organisation.Organisation;
import org.ruraltalent.personnel.Person;
import org.ruraltalent.personnel.PoliticalStatus;

/**
 * A person serving in a role at a host organisation for a period 选派/任职. The host's division
 * and level and, for first secretaries, the person's political status are copied onto the row
 * and kept true by composite foreign keys, so the database can check the rules itself
 * (see V3__assignments.sql).
 */
@Entity
@Table(name = "assignment")
public class Assignment extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    /** Set for first secretaries only; fk_assignment_person_party keeps it equal to the person's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "person_party", length = 30)
    public PoliticalStatus personParty;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public AssignmentRole role;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_organisation_id", nullable = false)
    public Organisation host;

    /** The host's division; fk_assignment_host_division keeps it equal to the host's, also when the host moves. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_division_id", nullable = false)
    public Division hostDivision;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "host_level", nullable = false, length = 16)
    public DivisionLevel hostLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sending_organisation_id")
    public Organisation sender;

    @Enumerated(EnumType.STRING)
    @Column(name = "sending_level", length = 16)
    public SendingLevel sendingLevel;

    @Column(name = "batch_year")
    public Integer batchYear;

    @Column(name = "team_id")
    public UUID teamId;

    @NotNull
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    /** Set exactly when COMPLETED or RECALLED (ck_assignment_actual_end). */
    @Column(name = "actual_end_date")
    public LocalDate actualEndDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AssignmentStatus status = AssignmentStatus.PLANNED;

    /** Why it was recalled (required, ck_assignment_recall_reason) or cancelled. */
    @Size(max = 500)
    @Column(name = "end_reason", length = 500)
    public String endReason;

    @Size(max = 1000)
    @Column(length = 1000)
    public String note;

    public static Optional<Assignment> lockedById(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The ACTIVE first secretary of a village, if any (ux_assignment_active_first_secretary allows one). */
    public static Optional<Assignment> activeFirstSecretaryOf(Division village) {
        return find("hostDivision = ?1 and role = ?2 and status = ?3", village, AssignmentRole.FIRST_SECRETARY,
                AssignmentStatus.ACTIVE).firstResultOptional();
    }

    /**
     * The residency roles written into the query as enum literals: with them as a list parameter,
     * Hibernate translated the query to SQL anew at every call (a list's SQL depends on its
     * length): 3.4 % of create + activate + complete's CPU (docs/PERFORMANCE.md, session 26).
     */
    private static final String RESIDENCY_ROLES = Arrays.stream(AssignmentRole.values())
            .filter(role -> role.residency)
            .map(role -> AssignmentRole.class.getName() + "." + role.name())
            .collect(Collectors.joining(", ", "(", ")"));

    /** The ACTIVE village residency of a person, if any (ux_assignment_active_residency allows one). */
    public static Optional<Assignment> activeResidencyOf(Person person) {
        return find("person = ?1 and status = ?2 and role in " + RESIDENCY_ROLES, person, AssignmentStatus.ACTIVE)
                .firstResultOptional();
    }

    @Override
    public String locationPath() {
        return hostDivision.path;
    }
}
