package org.ruraltalent.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.ruraltalent.common.DatabaseConstraints;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Locks;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Problems;
import org.ruraltalent.common.RequestIds;
import org.ruraltalent.division.DivisionLevel;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.organisation.Organisation;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.personnel.PersonService;
import org.ruraltalent.personnel.PoliticalStatus;
import org.ruraltalent.security.Callers;
import org.ruraltalent.security.DataScope;
import org.ruraltalent.team.TeamService;

/**
 * Assignments and their lifecycle. Each rule is checked here first, to answer with the rule and
 * the record in the way; the database holds the same rules (V3__assignments.sql) for the
 * requests that race past these checks, and {@link #flushGuarded} turns its refusal into the
 * same answer. An activation leaves its two conflicts to the database alone; a create checks
 * them first, so that an import's refused row leaves its transaction usable.
 */
@ApplicationScoped
public class AssignmentService {

    /** What a list of assignments may be narrowed by; every field optional. */
    public record Criteria(UUID person, UUID host, String division, AssignmentRole role, SendingLevel sendingLevel,
            AssignmentStatus status, LocalDate activeOn, Integer batchYear) {
    }

    static final String RULE_ONE_FIRST_SECRETARY = "one-active-first-secretary-per-village";
    static final String RULE_ONE_RESIDENCY = "one-active-village-residency-per-person";
    static final String RULE_FIRST_SECRETARY_VILLAGE = "first-secretary-hosted-by-village";
    static final String RULE_FIRST_SECRETARY_PARTY = "first-secretary-is-cpc-member";
    private static final String STATUS = AssignmentStatus.class.getName() + ".";

    @Inject
    PersonService people;
    @Inject
    OrganisationService organisations;
    @Inject
    DivisionService divisions;
    @Inject
    DataScope scope;
    @Inject
    Callers callers;
    @Inject
    AssignmentConflicts conflicts;
    @Inject
    TeamService teams;

    /** An assignment the caller may see: one hosted outside its division scope does not exist for it. */
    public Optional<Assignment> find(UUID id) {
        return Assignment.<Assignment>findByIdOptional(id).filter(a -> scope.covers(a.hostDivision));
    }

    public AssignmentDtos.AssignmentView get(UUID id) {
        return AssignmentDtos.AssignmentView.of(load(id));
    }

    public List<AssignmentDtos.TransitionView> history(UUID id) {
        load(id);
        return AssignmentTransition.historyOf(id).stream().map(AssignmentDtos.TransitionView::of).toList();
    }

    public Page<AssignmentDtos.AssignmentView> list(Criteria c, PageRequest page) {
        return filter(c).page(Assignment.class, "a", page, a -> a.id, AssignmentDtos.AssignmentView::of);
    }

    /** Whether more than {@code n} assignments meet the criteria: what an export asks before it starts. */
    public boolean hasMoreThan(Criteria c, int n) {
        return filter(c).hasMoreThan(Assignment.class, "a", n);
    }

    private Filter filter(Criteria c) {
        String within = divisions.within("division", c.division());
        return new Filter()
                .join("join fetch a.person join fetch a.host join a.hostDivision hd")
                .scoped(scope.likePattern(), "hd.path like :scope")
                .when(c.person(), "a.person.id = :person", "person")
                .when(c.host(), "a.host.id = :host", "host")
                .when(within, "hd.path like :within", "within")
                .when(c.role(), "a.role = :role", "role")
                .when(c.sendingLevel(), "a.sendingLevel = :sendingLevel", "sendingLevel")
                .when(c.status(), "a.status = :status", "status")
                .when(c.batchYear(), "a.batchYear = :batchYear", "batchYear")
                .when(c.activeOn(), "a.startDate <= :on and a.status not in (" + STATUS + "PLANNED, " + STATUS
                        + "CANCELLED) and (a.actualEndDate is null or a.actualEndDate >= :on)", "on");
    }

    @Transactional
    public AssignmentDtos.AssignmentView create(@Valid AssignmentDtos.AssignmentCreate in) {
        return createInCurrentTransaction(in);
    }

    /**
     * The same create within the caller's transaction, for callers that make many (imports): every
     * rule is checked before anything is written, so a refused input leaves the transaction usable.
     */
    public AssignmentDtos.AssignmentView createInCurrentTransaction(@Valid AssignmentDtos.AssignmentCreate in) {
        AssignmentStatus initial = in.status() == null ? AssignmentStatus.PLANNED : in.status();
        if (initial != AssignmentStatus.PLANNED && initial != AssignmentStatus.ACTIVE) {
            throw Problems.invalidField("status", "InitialStatus", "assignment.initial-status");
        }
        Assignment a = new Assignment();
        a.person = people.referenced("personId", in.personId());
        a.role = in.role();
        a.host = organisations.referenced("hostOrganisationId", in.hostOrganisationId());
        a.hostDivision = a.host.division;
        a.hostLevel = a.host.division.level;
        a.sender = in.sendingOrganisationId() == null ? null : sender(in.sendingOrganisationId());
        a.sendingLevel = in.sendingLevel();
        a.batchYear = in.batchYear();
        a.teamId = in.teamId() == null ? null : teams.referenced("teamId", in.teamId()).id;
        a.startDate = in.startDate();
        a.plannedEndDate = in.plannedEndDate();
        a.note = in.note();
        checkDispatch(a);
        checkDates(a);
        checkFirstSecretary(a);
        if (initial == AssignmentStatus.ACTIVE) {
            checkNoConflicts(a);
        }
        a.persist();
        record(a, null, AssignmentStatus.PLANNED, a.startDate, null);
        if (initial == AssignmentStatus.ACTIVE) {
            a.status = AssignmentStatus.ACTIVE;
            record(a, AssignmentStatus.PLANNED, AssignmentStatus.ACTIVE, a.startDate, null);
        }
        flushGuarded(a);
        return AssignmentDtos.AssignmentView.of(a);
    }

    @Transactional
    public AssignmentDtos.AssignmentView activate(UUID id, String ifMatch, @Valid AssignmentDtos.Activation in) {
        Assignment a = lockedForChange(id, ifMatch, "activate", AssignmentStatus.PLANNED);
        if (in != null && in.startDate() != null) {
            a.startDate = in.startDate();
            checkDates(a);
        }
        activate(a);
        flushGuarded(a);
        return AssignmentDtos.AssignmentView.of(a);
    }

    @Transactional
    public AssignmentDtos.AssignmentView complete(UUID id, String ifMatch, @Valid AssignmentDtos.Completion in) {
        Assignment a = lockedForChange(id, ifMatch, "complete", AssignmentStatus.ACTIVE);
        end(a, AssignmentStatus.COMPLETED, in.endDate(), null);
        flushGuarded(a);
        return AssignmentDtos.AssignmentView.of(a);
    }

    @Transactional
    public AssignmentDtos.AssignmentView recall(UUID id, String ifMatch, @Valid AssignmentDtos.Recall in) {
        Assignment a = lockedForChange(id, ifMatch, "recall", AssignmentStatus.ACTIVE);
        end(a, AssignmentStatus.RECALLED, in.endDate(), in.reason().strip());
        flushGuarded(a);
        return AssignmentDtos.AssignmentView.of(a);
    }

    @Transactional
    public AssignmentDtos.AssignmentView cancel(UUID id, String ifMatch, @Valid AssignmentDtos.Cancellation in) {
        Assignment a = lockedForChange(id, ifMatch, "cancel", AssignmentStatus.PLANNED);
        a.status = AssignmentStatus.CANCELLED;
        a.endReason = in == null || in.reason() == null ? null : in.reason().strip();
        record(a, AssignmentStatus.PLANNED, AssignmentStatus.CANCELLED, LocalDate.now(), a.endReason);
        flushGuarded(a);
        return AssignmentDtos.AssignmentView.of(a);
    }

    /** Moves the planned end later; the history records it as a step in the same state. */
    @Transactional
    public AssignmentDtos.AssignmentView extend(UUID id, String ifMatch, @Valid AssignmentDtos.Extension in) {
        Assignment a = lockedForChange(id, ifMatch, "extend", AssignmentStatus.PLANNED, AssignmentStatus.ACTIVE);
        if (a.plannedEndDate != null && !in.plannedEndDate().isAfter(a.plannedEndDate)) {
            throw Problems.invalidField("plannedEndDate", "Later", "assignment.extend-later", a.plannedEndDate.toString());
        }
        a.plannedEndDate = in.plannedEndDate();
        checkDates(a);
        record(a, a.status, a.status, LocalDate.now(), "plannedEndDate " + in.plannedEndDate());
        flushGuarded(a);
        return AssignmentDtos.AssignmentView.of(a);
    }

    /**
     * Replaces a village's ACTIVE first secretary with this PLANNED one in one transaction: the
     * outgoing one completes and the incoming one starts on the same day. Both rows are locked
     * in id order, so two rotations of one village cannot deadlock or both succeed.
     */
    @Transactional
    public AssignmentDtos.AssignmentView rotateIn(UUID incomingId, String ifMatch, @Valid AssignmentDtos.Rotation in) {
        UUID first = incomingId.compareTo(in.replacing()) < 0 ? incomingId : in.replacing();
        UUID second = first.equals(incomingId) ? in.replacing() : incomingId;
        Assignment.lockedById(first);
        Assignment.lockedById(second);
        Assignment incoming = lockedForChange(incomingId, ifMatch, "rotate in", AssignmentStatus.PLANNED);
        Assignment outgoing = find(in.replacing())
                .orElseThrow(() -> Problems.invalidField("replacing", "UnknownAssignment", "assignment.unknown", in.replacing()));
        if (incoming.role != AssignmentRole.FIRST_SECRETARY || outgoing.role != AssignmentRole.FIRST_SECRETARY
                || !incoming.hostDivision.equals(outgoing.hostDivision)) {
            throw Problems.ruleViolation("rotation-replaces-first-secretary-of-same-village", "assignment.rotation.mismatch");
        }
        if (outgoing.status != AssignmentStatus.ACTIVE) {
            throw Problems.invalidState("be replaced", outgoing.status);
        }
        end(outgoing, AssignmentStatus.COMPLETED, in.on(), null);
        flushGuarded(outgoing);
        incoming.startDate = in.on();
        checkDates(incoming);
        activate(incoming);
        flushGuarded(incoming);
        return AssignmentDtos.AssignmentView.of(incoming);
    }

    private Assignment load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("assignment", id));
    }

    /** Locks the row, then checks the caller's If-Match and that the action fits the current state. */
    private Assignment lockedForChange(UUID id, String ifMatch, String action, AssignmentStatus... allowed) {
        Assignment a = Locks.forChange(Assignment.class, id, ifMatch, x -> scope.covers(x.hostDivision), "assignment",
                "person", "host", "hostDivision", "sender");
        if (!EnumSet.copyOf(List.of(allowed)).contains(a.status)) {
            throw Problems.invalidState(action, a.status);
        }
        return a;
    }

    /**
     * Starts the assignment. Its conflicts (another ACTIVE first secretary in the village, another
     * ACTIVE residency of the person) are left to the partial unique indexes: the caller's
     * {@link #flushGuarded} answers as {@link #checkNoConflicts} would, and checking first cost an
     * activation a query of its own (docs/PERFORMANCE.md, session 26).
     */
    private void activate(Assignment a) {
        checkFirstSecretary(a);
        record(a, a.status, AssignmentStatus.ACTIVE, a.startDate, null);
        a.status = AssignmentStatus.ACTIVE;
    }

    private void end(Assignment a, AssignmentStatus to, LocalDate on, String reason) {
        if (on.isBefore(a.startDate)) {
            throw Problems.invalidField("endDate", "NotBeforeStart", "assignment.end-before-start", a.startDate.toString());
        }
        record(a, a.status, to, on, reason);
        a.status = to;
        a.actualEndDate = on;
        a.endReason = reason;
    }

    private void record(Assignment a, AssignmentStatus from, AssignmentStatus to, LocalDate on, String reason) {
        AssignmentTransition t = new AssignmentTransition();
        t.assignmentId = a.id;
        t.from = from;
        t.to = to;
        t.effectiveOn = on;
        t.reason = reason;
        t.actor = callers.current();
        t.requestId = RequestIds.current();
        t.occurredAt = Instant.now();
        t.persist();
    }

    /** Dispatched roles name their sender and its level; local posts name neither (ck_assignment_dispatch). */
    private static void checkDispatch(Assignment a) {
        boolean names = a.sender != null || a.sendingLevel != null;
        switch (a.role.sending) {
            case DISPATCHED -> {
                if (a.sender == null) {
                    throw Problems.invalidField("sendingOrganisationId", "Dispatched", "assignment.sender.required", a.role.name());
                }
                if (a.sendingLevel == null) {
                    throw Problems.invalidField("sendingLevel", "Dispatched", "assignment.sender.required", a.role.name());
                }
            }
            case LOCAL -> {
                if (names) {
                    throw Problems.invalidField(a.sender != null ? "sendingOrganisationId" : "sendingLevel", "LocalPost",
                            "assignment.sender.none", a.role.name());
                }
            }
            case EITHER -> {
                if ((a.sender == null) != (a.sendingLevel == null)) {
                    throw Problems.invalidField(a.sender == null ? "sendingOrganisationId" : "sendingLevel", "Dispatched",
                            "assignment.sender.both");
                }
            }
        }
    }

    /** Dates run forward (ck_assignment_dates). */
    private static void checkDates(Assignment a) {
        if (a.plannedEndDate != null && a.plannedEndDate.isBefore(a.startDate)) {
            throw Problems.invalidField("plannedEndDate", "NotBeforeStart", "assignment.end-before-start", a.startDate.toString());
        }
    }

    /**
     * A first secretary serves a village and is a CPC member (ck_assignment_first_secretary_village,
     * ck_assignment_first_secretary_party). The person's status is copied for the database to check.
     */
    private static void checkFirstSecretary(Assignment a) {
        if (a.role != AssignmentRole.FIRST_SECRETARY) {
            return;
        }
        a.personParty = a.person.politicalStatus;
        if (a.hostLevel != DivisionLevel.VILLAGE) {
            throw Problems.ruleViolation(RULE_FIRST_SECRETARY_VILLAGE, "assignment.first-secretary.village", a.hostLevel.name());
        }
        if (a.person.politicalStatus != PoliticalStatus.CPC_MEMBER) {
            throw Problems.ruleViolation(RULE_FIRST_SECRETARY_PARTY, "assignment.first-secretary.party",
                    String.valueOf(a.person.politicalStatus));
        }
    }

    /**
     * One ACTIVE first secretary per village, one ACTIVE residency per person; the partial unique
     * indexes hold both. Checked before a create only: there a refusal at the flush would end an
     * import's transaction.
     */
    private static void checkNoConflicts(Assignment a) {
        if (a.role == AssignmentRole.FIRST_SECRETARY) {
            Assignment.activeFirstSecretaryOf(a.hostDivision).filter(other -> !other.equals(a)).ifPresent(other -> {
                throw Problems.conflict(RULE_ONE_FIRST_SECRETARY, other.id, "assignment.conflict.first-secretary");
            });
        }
        if (a.role.residency) {
            Assignment.activeResidencyOf(a.person).filter(other -> !other.equals(a)).ifPresent(other -> {
                throw Problems.conflict(RULE_ONE_RESIDENCY, other.id, "assignment.conflict.residency");
            });
        }
    }

    /** Flushes, turning a racing request's win at a partial unique index into the same answer as the checks above. */
    private void flushGuarded(Assignment a) {
        try {
            a.flush();
        } catch (PersistenceException e) {
            String constraint = DatabaseConstraints.violated(e);
            if ("ux_assignment_active_first_secretary".equals(constraint)) {
                throw Problems.conflict(RULE_ONE_FIRST_SECRETARY,
                        conflicts.activeFirstSecretaryOf(a.hostDivision.id).orElse(null), "assignment.conflict.first-secretary");
            }
            if ("ux_assignment_active_residency".equals(constraint)) {
                throw Problems.conflict(RULE_ONE_RESIDENCY, conflicts.activeResidencyOf(a.person.id).orElse(null),
                        "assignment.conflict.residency");
            }
            throw e;
        }
    }

    private static Organisation sender(UUID id) {
        return Organisation.byId(id)
                .orElseThrow(() -> Problems.invalidField("sendingOrganisationId", "UnknownOrganisation",
                        "field.unknown-organisation", id));
    }
}
