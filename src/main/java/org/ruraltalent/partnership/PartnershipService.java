package org.ruraltalent.partnership;

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
import org.ruraltalent.organisation.Organisation;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.personnel.Person;
import org.ruraltalent.personnel.PersonService;
import org.ruraltalent.security.DataScope;

/**
 * Partnerships and the experts they provide. Changing the experts is a change of the partnership:
 * it needs the partnership's If-Match and moves its ETag on (as for teams).
 */
@ApplicationScoped
public class PartnershipService {

    /** What a list of partnerships may be narrowed by; every field optional. */
    public record Criteria(UUID partner, UUID local, String division, UUID expert) {
    }

    static final String RULE_ONE_PERIOD = "one-open-period-per-expert-and-partnership";

    @Inject
    DivisionService divisions;
    @Inject
    OrganisationService organisations;
    @Inject
    PersonService people;
    @Inject
    DataScope scope;

    /** A partnership the caller may see: one whose local organisation is outside its scope does not exist for it. */
    /** A partnership named by another record (an expert lecture): unknown or out of scope is a 400 on that field. */
    public Partnership referenced(String field, UUID id) {
        return find(id).orElseThrow(() -> Problems.invalidField(field, "UnknownPartnership", "field.unknown-partnership", id));
    }

    public Optional<Partnership> find(UUID id) {
        return Partnership.<Partnership>findByIdOptional(id).filter(p -> scope.covers(p.division));
    }

    public PartnershipDtos.PartnershipView get(UUID id) {
        return PartnershipDtos.PartnershipView.of(load(id));
    }

    public Page<PartnershipDtos.PartnershipView> list(Criteria c, PageRequest page) {
        String within = divisions.within("division", c.division());
        return new Filter()
                .join("join fetch p.division pd join fetch p.partner join fetch p.local")
                .scoped(scope.likePattern(), "pd.path like :scope")
                .when(c.partner(), "p.partner.id = :partner", "partner")
                .when(c.local(), "p.local.id = :local", "local")
                .when(within, "pd.path like :within", "within")
                .when(c.expert(), "exists (select 1 from PartnershipExpert e where e.partnership = p and e.person.id = :expert"
                        + " and e.leftOn is null)", "expert")
                .page(Partnership.class, "p", page, p -> p.id, PartnershipDtos.PartnershipView::of);
    }

    public List<PartnershipDtos.ExpertView> experts(UUID id, boolean includePast) {
        Partnership p = load(id);
        List<PartnershipExpert> experts = includePast ? PartnershipExpert.list("partnership = ?1 order by id", p)
                : PartnershipExpert.currentOf(p);
        return experts.stream().map(PartnershipDtos.ExpertView::of).toList();
    }

    @Transactional
    public PartnershipDtos.PartnershipView create(@Valid PartnershipDtos.PartnershipCreate in) {
        Partnership p = new Partnership();
        p.partner = partner(in.partnerOrganisationId());
        p.local = organisations.referenced("localOrganisationId", in.localOrganisationId());
        if (p.partner.equals(p.local)) {
            throw Problems.invalidField("localOrganisationId", "OtherThanPartner", "partnership.same-organisation");
        }
        p.division = p.local.division;
        p.startedOn = in.startedOn();
        p.note = in.note();
        p.persistAndFlush();
        return PartnershipDtos.PartnershipView.of(p);
    }

    @Transactional
    public PartnershipDtos.PartnershipView update(UUID id, String ifMatch, @Valid PartnershipDtos.PartnershipPatch in) {
        Partnership p = load(id);
        Etags.require(ifMatch, p);
        if (in.startedOn() != null) {
            p.startedOn = in.startedOn();
        }
        if (in.endedOn() != null) {
            p.endedOn = in.endedOn();
        }
        if (in.note() != null) {
            p.note = in.note();
        }
        if (p.endedOn != null && p.endedOn.isBefore(p.startedOn)) {
            throw Problems.invalidField("endedOn", "NotBeforeStarted", "partnership.ended-before-started", p.startedOn.toString());
        }
        p.flush();
        return PartnershipDtos.PartnershipView.of(p);
    }

    /** Adds an expert; a second open period of the same person is refused (and held by ux_partnership_expert_open). */
    @Transactional
    public PartnershipDtos.ExpertView addExpert(UUID id, String ifMatch, @Valid PartnershipDtos.ExpertAdd in) {
        Partnership p = lockedForChange(id, ifMatch);
        Person person = people.referenced("personId", in.personId());
        PartnershipExpert.openPeriod(p, person).ifPresent(existing -> {
            throw Problems.conflict(RULE_ONE_PERIOD, existing.id, "partnership.conflict.expert");
        });
        PartnershipExpert e = new PartnershipExpert();
        e.partnership = p;
        e.person = person;
        e.joinedOn = in.joinedOn();
        e.persist();
        Locks.touch(p);
        e.flush();
        return PartnershipDtos.ExpertView.of(e);
    }

    @Transactional
    public PartnershipDtos.ExpertView leave(UUID id, UUID expertId, String ifMatch, @Valid PartnershipDtos.ExpertLeave in) {
        Partnership p = lockedForChange(id, ifMatch);
        PartnershipExpert e = PartnershipExpert.<PartnershipExpert>findByIdOptional(expertId).filter(x -> x.partnership.equals(p))
                .orElseThrow(() -> Problems.notFound("partnership-expert", expertId));
        e.leave(in.leftOn());
        Locks.touch(p);
        e.flush();
        return PartnershipDtos.ExpertView.of(e);
    }

    private Partnership load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("partnership", id));
    }

    private Partnership lockedForChange(UUID id, String ifMatch) {
        return Locks.forChange(Partnership.class, id, ifMatch, x -> scope.covers(x.division), "partnership");
    }


    /** The partner may sit outside the caller's scope (a university elsewhere), like the sender of an assignment. */
    private static Organisation partner(UUID id) {
        return Organisation.byId(id).orElseThrow(() -> Problems.invalidField("partnerOrganisationId", "UnknownOrganisation",
                "field.unknown-organisation", id));
    }
}
