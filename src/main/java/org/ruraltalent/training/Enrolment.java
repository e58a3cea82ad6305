package org.ruraltalent.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.organisation.Organisation;
import org.ruraltalent.personnel.Education;
import org.ruraltalent.personnel.Person;

/**
 * A person's enrolment 参训 in a session; one per person and session
 * (uq_enrolment_session_person). For degree-upgrade programmes it also carries the study.
 */
@Entity
@Table(name = "training_enrolment")
public class Enrolment extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    public TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EnrolmentStatus status = EnrolmentStatus.ENROLLED;

    @Column(name = "enrolled_on", nullable = false)
    public LocalDate enrolledOn;

    @Column(precision = 6, scale = 1)
    public BigDecimal hours;

    @Size(max = 200)
    @Column(length = 200)
    public String result;

    @Size(max = 100)
    @Column(name = "certificate_number", length = 100)
    public String certificateNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_degree", length = 30)
    public Education targetDegree;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    public Organisation institution;

    @Column(name = "expected_graduation")
    public LocalDate expectedGraduation;

    /** Set exactly when GRADUATED (ck_enrolment_graduation). */
    @Column(name = "actual_graduation")
    public LocalDate actualGraduation;

    @Enumerated(EnumType.STRING)
    @Column(name = "study_status", length = 16)
    public StudyStatus studyStatus;

    public static Optional<Enrolment> of(TrainingSession session, Person person) {
        return find("session = ?1 and person = ?2", session, person).firstResultOptional();
    }

    @Override
    public String locationPath() {
        return session.programme.division.path;
    }
}
