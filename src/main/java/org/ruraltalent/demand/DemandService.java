package org.ruraltalent.demand;

import java.time.LocalDate;
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
import org.ruraltalent.division.DivisionLevel;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.personnel.Education;
import org.ruraltalent.personnel.TitleLevel;
import org.ruraltalent.security.DataScope;

/**
 * Talent demand catalogues. How far a demand is filled is the placements' business (see
 * recruitment); here a demand is listed, changed and closed by hand.
 */
@ApplicationScoped
public class DemandService {

    /** What a list of demands may be narrowed by; every field optional. */
    public record Criteria(String division, UUID organisation, DemandStatus status, Integer year, Education education,
            TitleLevel titleLevel) {
    }

    static final String RULE_QUANTITY = "demand-quantity-not-below-filled";

    @Inject
    DivisionService divisions;
    @Inject
    OrganisationService organisations;
    @Inject
    DataScope scope;

    /** A demand the caller may see: one listed outside its division scope does not exist for it. */
    public Optional<TalentDemand> find(UUID id) {
        return TalentDemand.<TalentDemand>findByIdOptional(id).filter(d -> scope.covers(d.division));
    }

    /** A demand named by another record (a placement): unknown or out of scope is a 400 on that field. */
    public TalentDemand referenced(String field, UUID id) {
        return find(id).orElseThrow(() -> Problems.invalidField(field, "UnknownDemand", "field.unknown-demand", id));
    }

    public DemandDtos.DemandView get(UUID id) {
        return DemandDtos.DemandView.of(load(id));
    }

    public Page<DemandDtos.DemandView> list(Criteria c, PageRequest page) {
        String within = divisions.within("division", c.division());
        return new Filter()
                .join("join fetch d.division dd join fetch d.organisation")
                .scoped(scope.likePattern(), "dd.path like :scope")
                .when(within, "dd.path like :within", "within")
                .when(c.organisation(), "d.organisation.id = :organisation", "organisation")
                .when(c.status(), "d.status = :status", "status")
                .when(c.year(), "d.year = :year", "year")
                .when(c.education(), "d.educationRequired = :education", "education")
                .when(c.titleLevel(), "d.titleLevelRequired = :titleLevel", "titleLevel")
                .page(TalentDemand.class, "d", page, d -> d.id, DemandDtos.DemandView::of);
    }

    @Transactional
    public DemandDtos.DemandView create(@Valid DemandDtos.DemandCreate in) {
        TalentDemand d = new TalentDemand();
        d.division = divisions.placeable("divisionCode", in.divisionCode());
        if (d.division.level != DivisionLevel.TOWNSHIP && d.division.level != DivisionLevel.COUNTY) {
            throw Problems.invalidField("divisionCode", "TownshipOrCounty", "demand.division-level", d.division.level.name());
        }
        d.divisionLevel = d.division.level;
        d.organisation = organisations.referenced("organisationId", in.organisationId());
        if (!d.division.contains(d.organisation.division)) {
            throw Problems.invalidField("organisationId", "WithinDivision", "demand.organisation-within", d.division.code);
        }
        d.year = in.year();
        d.position = in.position().strip();
        d.field = in.field();
        d.educationRequired = in.educationRequired();
        d.titleLevelRequired = in.titleLevelRequired();
        d.requirements = in.requirements();
        d.quantity = in.quantity();
        d.persistAndFlush();
        return fresh(d);
    }

    /** A quantity below the placements made is refused here, and by ck_talent_demand_filled under races. */
    @Transactional
    public DemandDtos.DemandView update(UUID id, String ifMatch, @Valid DemandDtos.DemandPatch in) {
        TalentDemand d = load(id);
        Etags.require(ifMatch, d);
        if (in.position() != null) {
            d.position = in.position().strip();
        }
        if (in.field() != null) {
            d.field = in.field();
        }
        if (in.educationRequired() != null) {
            d.educationRequired = in.educationRequired();
        }
        if (in.titleLevelRequired() != null) {
            d.titleLevelRequired = in.titleLevelRequired();
        }
        if (in.requirements() != null) {
            d.requirements = in.requirements();
        }
        if (in.quantity() != null) {
            if (in.quantity() < d.filledCount) {
                throw Problems.ruleViolation(RULE_QUANTITY, "demand.quantity-below-filled", d.filledCount);
            }
            d.quantity = in.quantity();
        }
        d.flush();
        return fresh(d);
    }

    /** Takes the demand out of the catalogue; the placement trigger then refuses new placements for it. */
    @Transactional
    public DemandDtos.DemandView close(UUID id, String ifMatch, @Valid DemandDtos.Closure in) {
        TalentDemand d = load(id);
        Etags.require(ifMatch, d);
        if (d.status == DemandStatus.CLOSED) {
            throw Problems.invalidState("close", d.status);
        }
        d.closedOn = in == null || in.closedOn() == null ? LocalDate.now() : in.closedOn();
        d.flush();
        return fresh(d);
    }

    @Transactional
    public DemandDtos.DemandView reopen(UUID id, String ifMatch) {
        TalentDemand d = load(id);
        Etags.require(ifMatch, d);
        if (d.status != DemandStatus.CLOSED) {
            throw Problems.invalidState("reopen", d.status);
        }
        d.closedOn = null;
        d.flush();
        return fresh(d);
    }

    private TalentDemand load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("talent-demand", id));
    }

    /** Reads back what the database derived (status, filled count) before answering. */
    private static DemandDtos.DemandView fresh(TalentDemand d) {
        TalentDemand.getEntityManager().refresh(d);
        return DemandDtos.DemandView.of(d);
    }
}
