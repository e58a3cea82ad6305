package org.ruraltalent.organisation;

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
import org.ruraltalent.division.Division;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.security.DataScope;

@ApplicationScoped
public class OrganisationService {

    @Inject
    DivisionService divisions;
    @Inject
    DataScope scope;

    /** An organisation the caller may see: one outside its division scope does not exist for it. */
    public Optional<Organisation> find(UUID id) {
        return Organisation.withDivision(id).filter(o -> scope.covers(o.division));
    }

    public OrganisationDtos.OrganisationView get(UUID id) {
        return OrganisationDtos.OrganisationView.of(load(id));
    }

    private Organisation load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("organisation", id));
    }

    /** An organisation named by another record: an unknown id is a 400 on that field. */
    public Organisation referenced(String field, UUID id) {
        return find(id).orElseThrow(() -> Problems.invalidField(field, "UnknownOrganisation", "field.unknown-organisation", id));
    }

    public Page<OrganisationDtos.OrganisationView> list(OrganisationType type, String within, String namePrefix,
            Boolean active, PageRequest page) {
        String division = divisions.within("division", within);
        return new Filter()
                .scoped(scope.likePattern(), "o.division.path like :scope")
                .when(type, "o.type = :type", "type")
                .when(division, "o.division.path like :within", "within")
                .startsWith(namePrefix, "o.name", "name")
                .when(active, "o.active = :active", "active")
                .page(Organisation.class, "o", page, o -> o.id, OrganisationDtos.OrganisationView::of);
    }

    /** Credit code uniqueness is held by uq_organisation_credit_code. */
    @Transactional
    public OrganisationDtos.OrganisationView create(@Valid OrganisationDtos.OrganisationCreate in) {
        return createInCurrentTransaction(in);
    }

    /**
     * The same create within the caller's transaction, for callers that make many (imports): a
     * refused input leaves the transaction usable, so the caller can go on and report every bad row.
     */
    public OrganisationDtos.OrganisationView createInCurrentTransaction(@Valid OrganisationDtos.OrganisationCreate in) {
        Organisation o = new Organisation();
        o.name = in.name().strip();
        o.type = in.type();
        o.division = locatedIn(in.divisionCode());
        o.creditCode = in.creditCode();
        o.hospitalGrade = checkedGrade(o.type, in.hospitalGrade());
        o.persistAndFlush();
        return OrganisationDtos.OrganisationView.of(o);
    }

    @Transactional
    public OrganisationDtos.OrganisationView update(UUID id, String ifMatch, @Valid OrganisationDtos.OrganisationPatch in) {
        Organisation o = load(id);
        Etags.require(ifMatch, o);
        if (in.name() != null) {
            o.name = in.name().strip();
        }
        if (in.divisionCode() != null) {
            o.division = locatedIn(in.divisionCode());
        }
        if (in.creditCode() != null) {
            o.creditCode = in.creditCode();
        }
        if (in.hospitalGrade() != null) {
            o.hospitalGrade = checkedGrade(o.type, in.hospitalGrade());
        }
        if (in.active() != null) {
            o.active = in.active();
        }
        o.flush();
        return OrganisationDtos.OrganisationView.of(o);
    }

    /** Where an organisation may be put: a division within the caller's scope (others do not exist for it). */
    private Division locatedIn(String code) {
        Division division = divisions.referenced("divisionCode", code);
        if (!scope.covers(division)) {
            throw Problems.invalidField("divisionCode", "UnknownDivision", "field.unknown-division", code);
        }
        return division;
    }

    /** Only hospitals are graded; ck_organisation_hospital_grade holds it in the database too. */
    private static HospitalGrade checkedGrade(OrganisationType type, HospitalGrade grade) {
        if (grade != null && type != OrganisationType.HOSPITAL) {
            throw Problems.invalidField("hospitalGrade", "HospitalOnly", "organisation.hospital-grade");
        }
        return grade;
    }
}
