package org.ruraltalent.recruitment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.ruraltalent.assignment.AssignmentDtos;
import org.ruraltalent.assignment.AssignmentService;
import org.ruraltalent.common.DatabaseConstraints;
import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.Problems;
import org.ruraltalent.demand.DemandService;
import org.ruraltalent.demand.DemandStatus;
import org.ruraltalent.demand.TalentDemand;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.organisation.Organisation;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.personnel.Person;
import org.ruraltalent.personnel.PersonService;
import org.ruraltalent.security.DataScope;

/**
 * Recruitment programmes and their placements. The quota and a demand's quantity are checked
 * here first, for a clear answer; the database holds both when placements race past these checks
 * (trg_placement_counts with ck_recruitment_programme_quota, ck_talent_demand_filled and
 * ck_placement_demand_open, see V6__introduction_and_platforms.sql), and {@link #flushGuarded}
 * turns its refusal into the same answer.
 */
@ApplicationScoped
public class RecruitmentService {

    /** What a list of programmes may be narrowed by; every field optional. */
    public record Criteria(ProgrammeKind kind, Integer year, String division) {
    }

    static final String RULE_QUOTA = "programme-quota-not-exceeded";
    static final String RULE_DEMAND_QUANTITY = "demand-quantity-not-exceeded";
    static final String RULE_DEMAND_OPEN = "closed-demand-takes-no-placements";
    static final String RULE_ONCE = "one-placement-per-person-and-programme";

    @Inject
    DivisionService divisions;
    @Inject
    OrganisationService organisations;
    @Inject
    PersonService people;
    @Inject
    DemandService demands;
    @Inject
    AssignmentService assignments;
    @Inject
    PlacementConflicts conflicts;
    @Inject
    DataScope scope;

    /** A programme the caller may see: one run for a division outside its scope does not exist for it. */
    public Optional<RecruitmentProgramme> find(UUID id) {
        return RecruitmentProgramme.<RecruitmentProgramme>findByIdOptional(id).filter(p -> scope.covers(p.division));
    }

    public RecruitmentDtos.ProgrammeView get(UUID id) {
        return RecruitmentDtos.ProgrammeView.of(load(id));
    }

    public Page<RecruitmentDtos.ProgrammeView> list(Criteria c, PageRequest page) {
        String within = divisions.within("division", c.division());
        return new Filter()
                .join("join fetch r.division rd")
                .scoped(scope.likePattern(), "rd.path like :scope")
                .when(c.kind(), "r.kind = :kind", "kind")
                .when(c.year(), "r.year = :year", "year")
                .when(within, "rd.path like :within", "within")
                .page(RecruitmentProgramme.class, "r", page, r -> r.id, RecruitmentDtos.ProgrammeView::of);
    }

    @Transactional
    public RecruitmentDtos.ProgrammeView create(@Valid RecruitmentDtos.ProgrammeCreate in) {
        RecruitmentProgramme p = new RecruitmentProgramme();
        p.name = in.name().strip();
        p.kind = in.kind();
        p.year = in.year();
        p.quota = in.quota();
        p.division = divisions.placeable("divisionCode", in.divisionCode());
        p.note = in.note();
        p.persistAndFlush();
        return RecruitmentDtos.ProgrammeView.of(p);
    }

    /** Lowering the quota below the placements made is refused here, and by ck_recruitment_programme_quota under races. */
    @Transactional
    public RecruitmentDtos.ProgrammeView update(UUID id, String ifMatch, @Valid RecruitmentDtos.ProgrammePatch in) {
        RecruitmentProgramme p = load(id);
        Etags.require(ifMatch, p);
        if (in.name() != null) {
            p.name = in.name().strip();
        }
        if (in.quota() != null) {
            if (in.quota() < p.placedCount) {
                throw Problems.ruleViolation(RULE_QUOTA, "recruitment.quota-below-placed", p.placedCount);
            }
            p.quota = in.quota();
        }
        if (in.note() != null) {
            p.note = in.note();
        }
        try {
            p.flush();
        } catch (PersistenceException e) {
            if ("ck_recruitment_programme_quota".equals(DatabaseConstraints.violated(e))) {
                throw Problems.ruleViolation(RULE_QUOTA, "recruitment.quota-below-placed", p.quota);
            }
            throw e;
        }
        return RecruitmentDtos.ProgrammeView.of(p);
    }

    public Page<RecruitmentDtos.PlacementView> placements(UUID programmeId, PlacementStatus status, UUID person, UUID demand,
            PageRequest page) {
        RecruitmentProgramme programme = load(programmeId);
        return new Filter()
                .join("join fetch pl.person join fetch pl.organisation")
                .when(programme, "pl.programme = :programme", "programme")
                .when(status, "pl.status = :status", "status")
                .when(person, "pl.person.id = :person", "person")
                .when(demand, "pl.demand.id = :demand", "demand")
                .page(Placement.class, "pl", page, pl -> pl.id, RecruitmentDtos.PlacementView::of);
    }

    public RecruitmentDtos.PlacementView placement(UUID programmeId, UUID placementId) {
        RecruitmentProgramme programme = load(programmeId);
        return RecruitmentDtos.PlacementView.of(Placement.<Placement>findByIdOptional(placementId)
                .filter(pl -> pl.programme.equals(programme))
                .orElseThrow(() -> Problems.notFound("placement", placementId)));
    }

    /**
     * Places a person, optionally filling a demand and creating their assignment, all in one
     * transaction: if any part is refused, nothing is kept.
     */
    @Transactional
    public RecruitmentDtos.PlacementView place(UUID programmeId, @Valid RecruitmentDtos.PlacementCreate in) {
        RecruitmentProgramme programme = load(programmeId);
        Person person = people.referenced("personId", in.personId());
        Organisation organisation = organisations.referenced("organisationId", in.organisationId());
        if (!programme.division.contains(organisation.division)) {
            throw Problems.invalidField("organisationId", "WithinDivision", "recruitment.organisation-within",
                    programme.division.code);
        }
        TalentDemand demand = in.demandId() == null ? null : demands.referenced("demandId", in.demandId());
        if (demand != null) {
            checkDemand(demand, organisation);
        }
        Placement.placedIn(programme, person).ifPresent(existing -> {
            throw Problems.conflict(RULE_ONCE, existing.id, "recruitment.conflict.placed");
        });
        if (programme.placedCount >= programme.quota) {
            throw Problems.ruleViolation(RULE_QUOTA, "recruitment.quota-full", programme.quota);
        }
        Placement p = new Placement();
        p.programme = programme;
        p.person = person;
        p.organisation = organisation;
        p.placedOn = in.placedOn();
        p.demand = demand;
        p.note = in.note();
        if (in.assignment() != null) {
            p.assignmentId = createAssignment(programme, person, organisation, in.assignment());
        }
        p.persist();
        flushGuarded(p);
        return RecruitmentDtos.PlacementView.of(p);
    }

    /** Ends a placement: it no longer counts against the quota or the demand. Its assignment, if any, is left to its own lifecycle. */
    @Transactional
    public RecruitmentDtos.PlacementView withdraw(UUID programmeId, UUID placementId, String ifMatch,
            @Valid RecruitmentDtos.Withdrawal in) {
        RecruitmentProgramme programme = load(programmeId);
        Placement p = Placement.lockedById(placementId).filter(pl -> pl.programme.equals(programme))
                .orElseThrow(() -> Problems.notFound("placement", placementId));
        Etags.require(ifMatch, p);
        if (p.status != PlacementStatus.PLACED) {
            throw Problems.invalidState("withdraw", p.status);
        }
        if (in.withdrawnOn().isBefore(p.placedOn)) {
            throw Problems.invalidField("withdrawnOn", "NotBeforePlaced", "recruitment.withdrawn-before-placed",
                    p.placedOn.toString());
        }
        p.status = PlacementStatus.WITHDRAWN;
        p.withdrawnOn = in.withdrawnOn();
        p.withdrawalReason = in.reason() == null ? null : in.reason().strip();
        p.flush();
        return RecruitmentDtos.PlacementView.of(p);
    }

    private RecruitmentProgramme load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("recruitment-programme", id));
    }

    /** A demand is filled where it was listed, while open and not yet full (held by the trigger and ck_talent_demand_filled). */
    private static void checkDemand(TalentDemand demand, Organisation organisation) {
        if (!demand.division.contains(organisation.division)) {
            throw Problems.invalidField("demandId", "SameDivision", "recruitment.demand-division", demand.division.code);
        }
        if (demand.status == DemandStatus.CLOSED) {
            throw Problems.ruleViolation(RULE_DEMAND_OPEN, "recruitment.demand-closed");
        }
        if (demand.filledCount >= demand.quantity) {
            throw Problems.ruleViolation(RULE_DEMAND_QUANTITY, "recruitment.demand-filled", demand.quantity);
        }
    }

    /** Creates the assignment through the assignment feature's own rules; its fields are named under {@code assignment.}. */
    private UUID createAssignment(RecruitmentProgramme programme, Person person, Organisation organisation,
            RecruitmentDtos.AssignmentSpec spec) {
        try {
            return assignments.create(new AssignmentDtos.AssignmentCreate(person.id, spec.role(), organisation.id,
                    spec.sendingOrganisationId(), spec.sendingLevel(), programme.year, null, spec.startDate(),
                    spec.plannedEndDate(), spec.status(), null)).id();
        } catch (ProblemException p) {
            if (p.issues.isEmpty()) {
                throw p;
            }
            List<ProblemException.FieldIssue> nested = p.issues.stream()
                    .map(i -> new ProblemException.FieldIssue("assignment." + i.field(), i.code(), i.messageKey(), i.args()))
                    .toList();
            throw new ProblemException(p.type, p.detailKey, p.args, nested, p.extensions);
        }
    }

    /** Flushes, turning the database's refusal of a racing placement into the same answer as the checks above. */
    private void flushGuarded(Placement p) {
        try {
            p.flush();
        } catch (PersistenceException e) {
            String constraint = DatabaseConstraints.violated(e);
            if ("ck_recruitment_programme_quota".equals(constraint)) {
                throw Problems.ruleViolation(RULE_QUOTA, "recruitment.quota-full", p.programme.quota);
            }
            if ("ck_talent_demand_filled".equals(constraint)) {
                throw Problems.ruleViolation(RULE_DEMAND_QUANTITY, "recruitment.demand-filled", p.demand.quantity);
            }
            if ("ck_placement_demand_open".equals(constraint)) {
                throw Problems.ruleViolation(RULE_DEMAND_OPEN, "recruitment.demand-closed");
            }
            if ("ux_placement_person_programme".equals(constraint)) {
                throw Problems.conflict(RULE_ONCE, conflicts.placedIn(p.programme.id, p.person.id).orElse(null),
                        "recruitment.conflict.placed");
            }
            throw e;
        }
    }
}
