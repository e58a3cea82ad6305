package org.ruraltalent.industry;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.common.Problems;
import org.ruraltalent.security.Callers;

/**
 * The industry reference list. Everyone may read it (it is not located anywhere); only admins
 * may change it, since every county's projects point into it.
 */
@ApplicationScoped
public class IndustryService {

    @Inject
    Callers callers;

    public IndustryDtos.IndustryView get(UUID id) {
        return IndustryDtos.IndustryView.of(load(id));
    }

    /** An industry named by another record: an unknown or retired code is a 400 on that field. */
    public Industry referenced(String field, String code) {
        return Industry.byCode(code).filter(i -> i.active)
                .orElseThrow(() -> Problems.invalidField(field, "UnknownIndustry", "field.unknown-industry", code));
    }

    /** An industry given as a list filter: an unknown code is a 400 on the query parameter (retired ones still filter). */
    public Industry filter(String param, String code) {
        return code == null || code.isBlank() ? null : Industry.byCode(code.trim())
                .orElseThrow(() -> Problems.invalidField(param, "UnknownIndustry", "field.unknown-industry", code));
    }

    public Page<IndustryDtos.IndustryView> list(Boolean active, String code, PageRequest page) {
        return new Filter()
                .when(active, "i.active = :active", "active")
                .when(code, "i.code = :code", "code")
                .page(Industry.class, "i", page, i -> i.id, IndustryDtos.IndustryView::of);
    }

    /** Code uniqueness is held by uq_industry_code. */
    @Transactional
    public IndustryDtos.IndustryView create(@Valid IndustryDtos.IndustryCreate in) {
        requireAdmin();
        Industry i = new Industry();
        i.code = in.code();
        i.nameZh = in.nameZh().strip();
        i.nameEn = in.nameEn().strip();
        i.sortOrder = in.sortOrder() == null ? 0 : in.sortOrder();
        i.persistAndFlush();
        return IndustryDtos.IndustryView.of(i);
    }

    @Transactional
    public IndustryDtos.IndustryView update(UUID id, String ifMatch, @Valid IndustryDtos.IndustryPatch in) {
        requireAdmin();
        Industry i = load(id);
        Etags.require(ifMatch, i);
        if (in.nameZh() != null) {
            i.nameZh = in.nameZh().strip();
        }
        if (in.nameEn() != null) {
            i.nameEn = in.nameEn().strip();
        }
        if (in.sortOrder() != null) {
            i.sortOrder = in.sortOrder();
        }
        if (in.active() != null) {
            i.active = in.active();
        }
        i.flush();
        return IndustryDtos.IndustryView.of(i);
    }

    private Industry load(UUID id) {
        return Industry.<Industry>findByIdOptional(id).orElseThrow(() -> Problems.notFound("industry", id));
    }

    /** Operators and integrations write within their division; a city-wide list is the admins' to keep. */
    private void requireAdmin() {
        if (!callers.isAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "detail.admin-only");
        }
    }
}
