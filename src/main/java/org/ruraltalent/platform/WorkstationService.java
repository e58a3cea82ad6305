package org.ruraltalent.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Locks;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Problems;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.personnel.Person;
import org.ruraltalent.personnel.PersonService;
import org.ruraltalent.security.DataScope;

/**
 * Workstations, incubators and talent homes with their resident talent over time. Changing the
 * residents is a change of the workstation: it needs the workstation's If-Match and moves its
 * ETag on (as for teams).
 */
@ApplicationScoped
public class WorkstationService {

    /** What a list of workstations may be narrowed by; every field optional. */
    public record Criteria(WorkstationKind kind, String division, UUID host, UUID member) {
    }

    static final String RULE_ONE_MEMBERSHIP = "one-open-residency-per-person-and-workstation";

    @Inject
    DivisionService divisions;
    @Inject
    OrganisationService organisations;
    @Inject
    PersonService people;
    @Inject
    DataScope scope;

    /** A workstation the caller may see: one located outside its division scope does not exist for it. */
    public Optional<Workstation> find(UUID id) {
        return Workstation.<Workstation>findByIdOptional(id).filter(w -> scope.covers(w.division));
    }

    public WorkstationDtos.WorkstationView get(UUID id) {
        return WorkstationDtos.WorkstationView.of(load(id));
    }

    public Page<WorkstationDtos.WorkstationView> list(Criteria c, PageRequest page) {
        String within = divisions.within("division", c.division());
        return new Filter()
                .join("join fetch w.division wd join fetch w.host")
                .scoped(scope.likePattern(), "wd.path like :scope")
                .when(c.kind(), "w.kind = :kind", "kind")
                .when(within, "wd.path like :within", "within")
                .when(c.host(), "w.host.id = :host", "host")
                .when(c.member(), "exists (select 1 from WorkstationMember m where m.workstation = w and m.person.id = :member"
                        + " and m.leftOn is null)", "member")
                .page(Workstation.class, "w", page, w -> w.id, WorkstationDtos.WorkstationView::of);
    }

    public List<WorkstationDtos.MemberView> members(UUID id, boolean includePast) {
        Workstation w = load(id);
        List<WorkstationMember> members = includePast ? WorkstationMember.list("workstation = ?1 order by id", w)
                : WorkstationMember.currentOf(w);
        return members.stream().map(WorkstationDtos.MemberView::of).toList();
    }

    @Transactional
    public WorkstationDtos.WorkstationView create(@Valid WorkstationDtos.WorkstationCreate in) {
        Workstation w = new Workstation();
        w.kind = in.kind();
        w.name = in.name().strip();
        w.host = organisations.referenced("hostOrganisationId", in.hostOrganisationId());
        w.division = divisions.placeable("divisionCode", in.divisionCode());
        w.openedOn = in.openedOn();
        w.note = in.note();
        w.persistAndFlush();
        return WorkstationDtos.WorkstationView.of(w);
    }

    @Transactional
    public WorkstationDtos.WorkstationView update(UUID id, String ifMatch, @Valid WorkstationDtos.WorkstationPatch in) {
        Workstation w = load(id);
        Etags.require(ifMatch, w);
        if (in.name() != null) {
            w.name = in.name().strip();
        }
        if (in.hostOrganisationId() != null) {
            w.host = organisations.referenced("hostOrganisationId", in.hostOrganisationId());
        }
        if (in.openedOn() != null) {
            w.openedOn = in.openedOn();
        }
        if (in.closedOn() != null) {
            w.closedOn = in.closedOn();
        }
        if (in.note() != null) {
            w.note = in.note();
        }
        if (w.closedOn != null && w.closedOn.isBefore(w.openedOn)) {
            throw Problems.invalidField("closedOn", "NotBeforeOpened", "workstation.closed-before-opened", w.openedOn.toString());
        }
        w.flush();
        return WorkstationDtos.WorkstationView.of(w);
    }

    /** Adds a resident; a second open residency of the same person is refused (and held by ux_workstation_member_open). */
    @Transactional
    public WorkstationDtos.MemberView addMember(UUID id, String ifMatch, @Valid WorkstationDtos.MemberAdd in) {
        Workstation w = lockedForChange(id, ifMatch);
        Person person = people.referenced("personId", in.personId());
        WorkstationMember.openMembership(w, person).ifPresent(existing -> {
            throw Problems.conflict(RULE_ONE_MEMBERSHIP, existing.id, "workstation.conflict.member");
        });
        if (in.joinedOn().isBefore(w.openedOn)) {
            throw Problems.invalidField("joinedOn", "NotBeforeOpened", "workstation.joined-before-opened", w.openedOn.toString());
        }
        WorkstationMember m = new WorkstationMember();
        m.workstation = w;
        m.person = person;
        m.joinedOn = in.joinedOn();
        m.persist();
        Locks.touch(w);
        m.flush();
        return WorkstationDtos.MemberView.of(m);
    }

    @Transactional
    public WorkstationDtos.MemberView leave(UUID id, UUID memberId, String ifMatch, @Valid WorkstationDtos.MemberLeave in) {
        Workstation w = lockedForChange(id, ifMatch);
        WorkstationMember m = WorkstationMember.<WorkstationMember>findByIdOptional(memberId).filter(x -> x.workstation.equals(w))
                .orElseThrow(() -> Problems.notFound("workstation-member", memberId));
        m.leave(in.leftOn());
        Locks.touch(w);
        m.flush();
        return WorkstationDtos.MemberView.of(m);
    }

    private Workstation load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("workstation", id));
    }

    private Workstation lockedForChange(UUID id, String ifMatch) {
        return Locks.forChange(Workstation.class, id, ifMatch, x -> scope.covers(x.division), "workstation");
    }

}
