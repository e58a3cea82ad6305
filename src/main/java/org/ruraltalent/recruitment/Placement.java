package org.ruraltalent.recruitment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

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
import org.ruraltalent.demand.TalentDemand;
import org.ruraltalent.organisation.Organisation;
import org.ruraltalent.personnel.Person;

/**
 * A person placed at an organisation by a programme, optionally filling a talent demand. Its
 * insert and its status changes move the programme's and the demand's counters
 * (trg_placement_counts); a person is PLACED at most once per programme
 * (ux_placement_person_programme).
 */
@Entity
@Table(name = "placement")
public class Placement extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    public RecruitmentProgramme programme;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    public Person person;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    public Organisation organisation;

    @NotNull
    @Column(name = "placed_on", nullable = false)
    public LocalDate placedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "demand_id", updatable = false)
    public TalentDemand demand;

    /** The assignment created with the placement, when one was asked for. */
    @Column(name = "assignment_id", updatable = false)
    public UUID assignmentId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PlacementStatus status = PlacementStatus.PLACED;

    /** Set exactly when WITHDRAWN (ck_placement_withdrawal). */
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Size(max = 500)
    @Column(name = "withdrawal_reason", length = 500)
    public String withdrawalReason;

    @Size(max = 1000)
    @Column(length = 1000)
    public String note;

    public static Optional<Placement> lockedById(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The PLACED placement of a person in a programme, if any (ux_placement_person_programme allows one). */
    public static Optional<Placement> placedIn(RecruitmentProgramme programme, Person person) {
        return find("programme = ?1 and person = ?2 and status = ?3", programme, person, PlacementStatus.PLACED)
                .firstResultOptional();
    }

    @Override
    public String locationPath() {
        return organisation.division.path;
    }
}
