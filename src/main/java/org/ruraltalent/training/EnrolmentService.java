package org.ruraltalent.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.ruraltalent.common.DatabaseConstraints;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Locks;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.Problems;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.personnel.Person;
import org.ruraltalent.personnel.PersonService;

/**
 * Enrolments: who takes a seat in a session and how it went. The seat count is the database's
 * (trigger and ck_session_capacity); this service answers the common cases first with the rule
 * that stops them.
 */
@ApplicationScoped
public class EnrolmentService {

    static final String RULE_CAPACITY = "session-capacity";
    static final String RULE_OPEN = "session-open-for-enrolment";
    static final String RULE_DATES = "enrolment-before-session-ends";
    static final String RULE_ONCE = "one-enrolment-per-person-and-session";

    @Inject
    TrainingService trainings;
    @Inject
    PersonService people;
    @Inject
    OrganisationService organisations;
    @Inject
    EnrolmentConflicts conflicts;

    public Page<TrainingDtos.EnrolmentView> list(UUID programmeId, UUID sessionId, EnrolmentStatus status, PageRequest page) {
        TrainingSession session = trainings.session(programmeId, sessionId);
        return new Filter()
                .join("join fetch e.person")
                .when(session, "e.session = :session", "session")
                .when(status, "e.status = :status", "status")
                .page(Enrolment.class, "e", page, e -> e.id, TrainingDtos.EnrolmentView::of);
    }

    public TrainingDtos.EnrolmentView get(UUID programmeId, UUID sessionId, UUID enrolmentId) {
        return TrainingDtos.EnrolmentView.of(load(programmeId, sessionId, enrolmentId));
    }

    /** A person's training record: every enrolment of theirs the caller may see. */
    public List<TrainingDtos.PersonTrainingView> ofPerson(UUID personId) {
        Person person = people.find(personId).orElseThrow(() -> Problems.notFound("person", personId));
        return Enrolment.<Enrolment>list("person = ?1 order by id", person).stream()
                .filter(e -> trainings.find(e.session.programme.id).isPresent())
                .map(TrainingDtos.PersonTrainingView::of).toList();
    }

    /**
     * Enrols the person. A request that raced past the check for an earlier enrolment of theirs is
     * refused by uq_enrolment_session_person and answered as the check answers, naming the winner.
     */
    @Transactional
    public TrainingDtos.EnrolmentView enrol(UUID programmeId, UUID sessionId, @Valid TrainingDtos.EnrolmentCreate in) {
        try {
            return enrolInCurrentTransaction(programmeId, sessionId, in);
        } catch (PersistenceException e) {
            if ("uq_enrolment_session_person".equals(DatabaseConstraints.violated(e))) {
                throw Problems.conflict(RULE_ONCE, conflicts.enrolmentOf(sessionId, in.personId()).orElse(null),
                        "training.conflict.enrolled");
            }
            throw e;
        }
    }

    /** The same enrolment within the caller's transaction (imports): checks first, so a refusal leaves it usable. */
    public TrainingDtos.EnrolmentView enrolInCurrentTransaction(UUID programmeId, UUID sessionId,
            @Valid TrainingDtos.EnrolmentCreate in) {
        TrainingSession session = trainings.session(programmeId, sessionId);
        Person person = people.referenced("personId", in.personId());
        LocalDate on = in.enrolledOn() == null ? LocalDate.now() : in.enrolledOn();
        checkOpen(session, on);
        Enrolment.of(session, person).ifPresent(existing -> {
            throw Problems.conflict(RULE_ONCE, existing.id, "training.conflict.enrolled");
        });
        if (session.capacity != null && session.enrolledCount >= session.capacity) {
            throw Problems.ruleViolation(RULE_CAPACITY, "training.session-full", session.capacity);
        }
        Enrolment e = new Enrolment();
        e.session = session;
        e.person = person;
        e.enrolledOn = on;
        applyDegree(e, in.degree(), "degree");
        e.persistAndFlush();
        // The trigger took the seat in the database. The count held here (never written: not updatable) follows it, so the
        // check above sees it for a later enrolment in this transaction, as an import's next row is: otherwise that row
        // passes the check and the database refuses it, which ends the transaction.
        session.enrolledCount++;
        return TrainingDtos.EnrolmentView.of(e);
    }

    @Transactional
    public TrainingDtos.EnrolmentView update(UUID programmeId, UUID sessionId, UUID enrolmentId, String ifMatch,
            @Valid TrainingDtos.EnrolmentPatch in) {
        Enrolment e = load(programmeId, sessionId, enrolmentId);
        Etags.require(ifMatch, e);
        if (in.status() != null) {
            changeStatus(e, in.status(), "status");
        }
        if (in.hours() != null) {
            e.hours = in.hours();
        }
        if (in.result() != null) {
            e.result = in.result();
        }
        if (in.certificateNumber() != null) {
            e.certificateNumber = in.certificateNumber();
        }
        if (in.degree() != null) {
            applyDegree(e, in.degree(), "degree");
        }
        e.flush();
        return TrainingDtos.EnrolmentView.of(e);
    }

    /**
     * Marks a whole session's attendance or results in one request. Every record is checked
     * before anything is written, and all bad records are named in one answer; then all are
     * written in one transaction. The session's ETag is required and moves on.
     */
    @Transactional
    public List<TrainingDtos.EnrolmentView> markAttendance(UUID programmeId, UUID sessionId, String ifMatch,
            @Valid TrainingDtos.Attendance in) {
        TrainingSession session = trainings.session(programmeId, sessionId);
        Etags.require(ifMatch, session);
        Map<UUID, Enrolment> byPerson = new HashMap<>();
        Enrolment.<Enrolment>list("session", session).forEach(e -> byPerson.put(e.person.id, e));
        List<ProblemException.FieldIssue> issues = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < in.records().size(); i++) {
            TrainingDtos.AttendanceRecord r = in.records().get(i);
            String at = "records[" + i + "]";
            Enrolment e = byPerson.get(r.personId());
            if (seen.put(r.personId(), i) != null) {
                issues.add(new ProblemException.FieldIssue(at + ".personId", "Unique", "training.attendance.repeated"));
            } else if (e == null) {
                issues.add(new ProblemException.FieldIssue(at + ".personId", "NotEnrolled", "training.attendance.not-enrolled"));
            } else if (!e.status.mayBecome(r.status())) {
                issues.add(new ProblemException.FieldIssue(at + ".status", "Transition", "training.status-transition",
                        e.status.name(), r.status().name()));
            }
        }
        if (!issues.isEmpty()) {
            throw Problems.invalidFields(issues);
        }
        Locks.touch(session);
        List<TrainingDtos.EnrolmentView> updated = new ArrayList<>();
        for (TrainingDtos.AttendanceRecord r : in.records()) {
            Enrolment e = byPerson.get(r.personId());
            e.status = r.status();
            if (r.hours() != null) {
                e.hours = r.hours();
            }
            if (r.result() != null) {
                e.result = r.result();
            }
            if (r.certificateNumber() != null) {
                e.certificateNumber = r.certificateNumber();
            }
        }
        Enrolment.flush();
        in.records().forEach(r -> updated.add(TrainingDtos.EnrolmentView.of(byPerson.get(r.personId()))));
        return updated;
    }

    private Enrolment load(UUID programmeId, UUID sessionId, UUID enrolmentId) {
        TrainingSession session = trainings.session(programmeId, sessionId);
        return Enrolment.<Enrolment>findByIdOptional(enrolmentId).filter(e -> e.session.equals(session))
                .orElseThrow(() -> Problems.notFound("enrolment", enrolmentId));
    }

    /** Nobody enrols in a closed session or after it ended. */
    private static void checkOpen(TrainingSession session, LocalDate on) {
        if (session.closed) {
            throw Problems.ruleViolation(RULE_OPEN, "training.session-closed");
        }
        if (on.isAfter(session.endsOn)) {
            throw Problems.ruleViolation(RULE_DATES, "training.enrolment-after-end", session.endsOn.toString());
        }
    }

    private static void changeStatus(Enrolment e, EnrolmentStatus next, String field) {
        if (!e.status.mayBecome(next)) {
            throw Problems.invalidField(field, "Transition", "training.status-transition", e.status.name(), next.name());
        }
        if (e.status == EnrolmentStatus.WITHDRAWN && next == EnrolmentStatus.ENROLLED) {
            checkOpen(e.session, LocalDate.now());
        }
        e.status = next;
    }

    /** Degree-upgrade programmes carry the study; other programmes must not. */
    private void applyDegree(Enrolment e, TrainingDtos.DegreeStudy degree, String field) {
        boolean upgrade = e.session.programme.type == ProgrammeType.DEGREE_UPGRADE;
        if (degree == null) {
            if (upgrade && e.targetDegree == null) {
                throw Problems.invalidField(field, "DegreeUpgrade", "training.degree.required");
            }
            return;
        }
        if (!upgrade) {
            throw Problems.invalidField(field, "DegreeUpgrade", "training.degree.only-upgrade");
        }
        StudyStatus status = degree.studyStatus() == null ? StudyStatus.STUDYING : degree.studyStatus();
        if ((status == StudyStatus.GRADUATED) != (degree.actualGraduation() != null)) {
            throw Problems.invalidField(field + ".actualGraduation", "Graduated", "training.degree.graduation");
        }
        e.targetDegree = degree.targetDegree();
        e.institution = degree.institutionId() == null ? e.session.programme.provider
                : organisations.referenced(field + ".institutionId", degree.institutionId());
        e.expectedGraduation = degree.expectedGraduation();
        e.actualGraduation = degree.actualGraduation();
        e.studyStatus = status;
    }
}
