package org.ruraltalent.division;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Problems;
import org.ruraltalent.security.DataScope;

/**
 * The geography. Everyone may read all of it (it is reference data every record points into);
 * a scoped caller may add and rename divisions only within its own division.
 */
@ApplicationScoped
public class DivisionService {

    @Inject
    DataScope scope;
    @Inject
    DivisionPaths paths;

    public Optional<Division> find(String code) {
        return Division.byCode(code);
    }

    public DivisionDtos.DivisionView get(String code) {
        return find(code).map(DivisionDtos.DivisionView::of).orElseThrow(() -> Problems.notFound("division", code));
    }

    /** A division named by another record (an organisation's, a person's home): unknown codes are a 400 on that field. */
    public Division referenced(String field, String code) {
        return Division.byCode(code)
                .orElseThrow(() -> Problems.invalidField(field, "UnknownDivision", "field.unknown-division", code));
    }

    /** Where a new record may be located: a division within the caller's scope (others do not exist for it). */
    public Division placeable(String field, String code) {
        Division division = referenced(field, code);
        if (!scope.covers(division)) {
            throw Problems.invalidField(field, "UnknownDivision", "field.unknown-division", code);
        }
        return division;
    }

    /** The parent a list of divisions is filtered by: an unknown code is a 400 on the query parameter. */
    private Division filter(String param, String code) {
        return code == null || code.isBlank() ? null : referenced(param, code);
    }

    /**
     * A division given as a list filter, as the LIKE pattern of every path at or below it (null when
     * none is given): what lists and counts filter by. An unknown code is a 400 on the query
     * parameter. The path is kept once read ({@link DivisionPaths}), so the filter costs a page no
     * statement of its own.
     */
    public String within(String param, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return paths.of(code).map(path -> path + "%")
                .orElseThrow(() -> Problems.invalidField(param, "UnknownDivision", "field.unknown-division", code));
    }

    public Page<DivisionDtos.DivisionView> list(DivisionLevel level, String parentCode, String within, String namePrefix,
            PageRequest page) {
        Division parent = filter("parent", parentCode);
        String below = within("within", within);
        return new Filter()
                .when(level, "d.level = :level", "level")
                .when(parent, "d.parent = :parent", "parent")
                .when(below, "d.path like :within", "within")
                .startsWith(namePrefix, "d.name", "name")
                .page(Division.class, "d", page, d -> d.id, DivisionDtos.DivisionView::of);
    }

    /**
     * Adds a division under its parent. The parent must exist at the level just above, and the
     * code must extend the parent's (GB/T 2260 prefixes; statistical codes extend the county's
     * six digits). Uniqueness of the code is held by uq_division_code.
     */
    @Transactional
    public DivisionDtos.DivisionView create(@Valid DivisionDtos.DivisionCreate in) {
        return createInCurrentTransaction(in);
    }

    /**
     * The same create within the caller's transaction, for callers that make many (imports): a
     * refused input leaves the transaction usable, so the caller can go on and report every bad row.
     */
    public DivisionDtos.DivisionView createInCurrentTransaction(@Valid DivisionDtos.DivisionCreate in) {
        DivisionLevel parentLevel = in.level().parentLevel();
        if (in.code().length() != in.level().codeLength) {
            throw Problems.invalidField("code", "CodeFormat", "division.code.length", in.level().name(), in.level().codeLength);
        }
        Division division = new Division();
        division.code = in.code();
        division.name = in.name().strip();
        division.level = in.level();
        if (parentLevel == null) {
            if (in.parentCode() != null) {
                throw Problems.invalidField("parentCode", "NoParent", "division.parent.none");
            }
            if (scope.prefix().isPresent()) {
                throw Problems.invalidField("level", "Scope", "division.parent.required", in.level().name());
            }
            division.path = "/" + in.code() + "/";
        } else {
            if (in.parentCode() == null) {
                throw Problems.invalidField("parentCode", "NotNull", "division.parent.required", in.level().name());
            }
            Division parent = referenced("parentCode", in.parentCode());
            if (!scope.covers(parent)) {
                throw Problems.invalidField("parentCode", "UnknownDivision", "field.unknown-division", in.parentCode());
            }
            if (parent.level != parentLevel) {
                throw Problems.invalidField("parentCode", "ParentLevel", "division.parent.level", parentLevel.name(),
                        parent.level.name());
            }
            if (!in.code().startsWith(significantPrefix(parent))) {
                throw Problems.invalidField("code", "CodePrefix", "division.code.prefix", significantPrefix(parent));
            }
            division.parent = parent;
            division.path = parent.path + in.code() + "/";
        }
        division.persistAndFlush();
        return DivisionDtos.DivisionView.of(division);
    }

    @Transactional
    public DivisionDtos.DivisionView rename(String code, String ifMatch, @Valid DivisionDtos.DivisionPatch patch) {
        Division division = find(code).filter(scope::covers).orElseThrow(() -> Problems.notFound("division", code));
        Etags.require(ifMatch, division);
        division.name = patch.name().strip();
        division.flush();
        return DivisionDtos.DivisionView.of(division);
    }

    /** The digits a child's code must start with: GB/T 2260 drops the trailing zero pairs of a province or city. */
    static String significantPrefix(Division parent) {
        return switch (parent.level) {
            case PROVINCE -> parent.code.substring(0, 2);
            case CITY -> parent.code.substring(0, 4);
            default -> parent.code;
        };
    }
}
