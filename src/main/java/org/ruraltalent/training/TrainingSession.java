package org.ruraltalent.training;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ruraltalent.common.VersionedEntity;

/** A session 期次 of a programme: dates, place, capacity, and a head count of untracked attendees. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    public TrainingProgramme programme;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Size(max = 200)
    @Column(length = 200)
    public String place;

    /** Seats; none means unlimited. ck_session_capacity holds enrolledCount within it. */
    public Integer capacity;

    /** People at the session who are not in the registry (mass farmer trainings): counted as person-times. */
    @Column(name = "head_count", nullable = false)
    public int headCount;

    /** Enrolments that hold a seat, kept by the tg_training_enrolment_counts trigger; never written here. */
    @Column(name = "enrolled_count", nullable = false, insertable = false, updatable = false)
    public int enrolledCount;

    @Column(nullable = false)
    public boolean closed;

    @Override
    public String locationPath() {
        return programme.division.path;
    }
}
