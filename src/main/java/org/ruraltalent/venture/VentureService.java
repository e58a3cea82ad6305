package org.ruraltalent.venture;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Problems;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.personnel.Person;
import org.ruraltalent.personnel.PersonService;
import org.ruraltalent.personnel.TalentCategory;
import org.ruraltalent.security.DataScope;

/** Returnees' ventures 返乡创业. */
@ApplicationScoped
public class VentureService {

    /** What a list of ventures may be narrowed by; every field optional. */
    public record Criteria(UUID founder, VentureKind kind, String division, Integer foundedIn) {
    }

    static final String RULE_RETURNEE = "founder-is-returnee";

    @Inject
    DivisionService divisions;
    @Inject
    PersonService people;
    @Inject
    DataScope scope;

    /** A venture the caller may see: one located outside its division scope does not exist for it. */
    public Optional<Venture> find(UUID id) {
        return Venture.<Venture>findByIdOptional(id).filter(v -> scope.covers(v.division));
    }

    public VentureDtos.VentureView get(UUID id) {
        return VentureDtos.VentureView.of(load(id));
    }

    public Page<VentureDtos.VentureView> list(Criteria c, PageRequest page) {
        String within = divisions.within("division", c.division());
        return new Filter()
                .join("join fetch v.division vd join fetch v.founder")
                .scoped(scope.likePattern(), "vd.path like :scope")
                .when(c.founder(), "v.founder.id = :founder", "founder")
                .when(c.kind(), "v.kind = :kind", "kind")
                .when(within, "vd.path like :within", "within")
                .when(c.foundedIn(), "extract(year from v.foundedOn) = :foundedIn", "foundedIn")
                .page(Venture.class, "v", page, v -> v.id, VentureDtos.VentureView::of);
    }

    @Transactional
    public VentureDtos.VentureView create(@Valid VentureDtos.VentureCreate in) {
        Venture v = new Venture();
        v.founder = returnee(in.founderId());
        v.name = in.name().strip();
        v.kind = in.kind();
        v.division = divisions.placeable("divisionCode", in.divisionCode());
        v.foundedOn = in.foundedOn();
        v.peopleEmployed = in.peopleEmployed() == null ? 0 : in.peopleEmployed();
        v.note = in.note();
        v.persistAndFlush();
        return VentureDtos.VentureView.of(v);
    }

    @Transactional
    public VentureDtos.VentureView update(UUID id, String ifMatch, @Valid VentureDtos.VenturePatch in) {
        Venture v = load(id);
        Etags.require(ifMatch, v);
        if (in.name() != null) {
            v.name = in.name().strip();
        }
        if (in.kind() != null) {
            v.kind = in.kind();
        }
        if (in.divisionCode() != null) {
            v.division = divisions.placeable("divisionCode", in.divisionCode());
        }
        if (in.foundedOn() != null) {
            v.foundedOn = in.foundedOn();
        }
        if (in.peopleEmployed() != null) {
            v.peopleEmployed = in.peopleEmployed();
        }
        if (in.note() != null) {
            v.note = in.note();
        }
        v.flush();
        return VentureDtos.VentureView.of(v);
    }

    private Venture load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("venture", id));
    }

    /** Ventures are what returnees founded: the founder carries the RETURNEE category. */
    private Person returnee(UUID id) {
        Person founder = people.referenced("founderId", id);
        if (!founder.categories.contains(TalentCategory.RETURNEE)) {
            throw Problems.ruleViolation(RULE_RETURNEE, "venture.founder-not-returnee");
        }
        return founder;
    }
}
