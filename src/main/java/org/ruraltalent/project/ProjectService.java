package org.ruraltalent.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.ruraltalent.industry.Industry;
import org.ruraltalent.industry.IndustryService;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.personnel.Person;
import org.ruraltalent.personnel.PersonService;
import org.ruraltalent.security.DataScope;

/**
 * Talent projects and their funding. Amounts stay {@link BigDecimal} from JSON to the
 * numeric(14,2) column and back; sums are computed by the database over numeric, so they are
 * exact however many projects add up.
 */
@ApplicationScoped
public class ProjectService {

    /** What a list of projects, or the sums, may be narrowed by; every field optional. */
    public record Criteria(String industry, FundingLevel level, Integer year, ProjectStatus status, String division,
            UUID lead, UUID person) {
    }

    private static final String STATUS = ProjectStatus.class.getName() + ".";

    @Inject
    DivisionService divisions;
    @Inject
    IndustryService industries;
    @Inject
    OrganisationService organisations;
    @Inject
    PersonService people;
    @Inject
    DataScope scope;

    /** A project the caller may see: one led from outside its division scope does not exist for it. */
    public Optional<TalentProject> find(UUID id) {
        return TalentProject.<TalentProject>findByIdOptional(id).filter(p -> scope.covers(p.division));
    }

    public ProjectDtos.ProjectView get(UUID id) {
        return ProjectDtos.ProjectView.of(load(id));
    }

    public Page<ProjectDtos.ProjectView> list(Criteria c, PageRequest page) {
        return filtered(c, "join fetch p.division pd join fetch p.industry i join fetch p.lead")
                .when(c.status(), "p.status = :status", "status")
                .page(TalentProject.class, "p", page, p -> p.id, ProjectDtos.ProjectView::of);
    }

    /**
     * Funding summed by the database per industry, level or year. Without a status filter,
     * cancelled projects are left out: their money was never spent.
     */
    public ProjectDtos.FundingSums sums(ProjectDtos.GroupBy groupBy, Criteria c) {
        if (groupBy == null) {
            throw Problems.invalidField("groupBy", "NotNull", "project.group-by");
        }
        Filter filter = filtered(c, "join p.division pd join p.industry i");
        if (c.status() != null) {
            filter.when(c.status(), "p.status = :status", "status");
        } else {
            filter.always("p.status <> " + STATUS + "CANCELLED");
        }
        List<Object[]> rows = switch (groupBy) {
            case INDUSTRY -> filter.aggregate(TalentProject.class, "p", "i.code, i.nameZh, count(p), sum(p.fundingAmount)",
                    "i.code, i.nameZh");
            case LEVEL -> filter.aggregate(TalentProject.class, "p", "p.fundingLevel, count(p), sum(p.fundingAmount)",
                    "p.fundingLevel");
            case YEAR -> filter.aggregate(TalentProject.class, "p", "p.year, count(p), sum(p.fundingAmount)", "p.year");
        };
        List<ProjectDtos.FundingSum> groups = new ArrayList<>();
        long projects = 0;
        BigDecimal funding = BigDecimal.ZERO.setScale(2);
        for (Object[] row : rows) {
            int n = row.length;
            String key = row[0] instanceof FundingLevel level ? level.name() : String.valueOf(row[0]);
            String label = groupBy == ProjectDtos.GroupBy.INDUSTRY ? (String) row[1]
                    : row[0] instanceof FundingLevel level ? level.zh() : key;
            long count = ((Number) row[n - 2]).longValue();
            BigDecimal sum = ((BigDecimal) row[n - 1]).setScale(2, RoundingMode.UNNECESSARY);
            groups.add(new ProjectDtos.FundingSum(key, label, count, sum));
            projects += count;
            funding = funding.add(sum);
        }
        return new ProjectDtos.FundingSums(groupBy.name().toLowerCase(java.util.Locale.ROOT), groups, projects, funding);
    }

    @Transactional
    public ProjectDtos.ProjectView create(@Valid ProjectDtos.ProjectCreate in) {
        TalentProject p = new TalentProject();
        p.title = in.title().strip();
        p.industry = industries.referenced("industryCode", in.industryCode());
        p.lead = organisations.referenced("leadOrganisationId", in.leadOrganisationId());
        p.division = p.lead.division;
        p.fundingAmount = in.fundingAmount().setScale(2, RoundingMode.UNNECESSARY);
        p.fundingLevel = in.fundingLevel();
        p.year = in.year();
        p.status = in.status() == null ? ProjectStatus.PROPOSED : in.status();
        p.note = in.note();
        if (in.personIds() != null) {
            p.people.addAll(people(in.personIds()));
        }
        p.persistAndFlush();
        return ProjectDtos.ProjectView.of(p);
    }

    @Transactional
    public ProjectDtos.ProjectView update(UUID id, String ifMatch, @Valid ProjectDtos.ProjectPatch in) {
        TalentProject p = load(id);
        Etags.require(ifMatch, p);
        if (in.title() != null) {
            p.title = in.title().strip();
        }
        if (in.industryCode() != null) {
            p.industry = industries.referenced("industryCode", in.industryCode());
        }
        if (in.leadOrganisationId() != null) {
            p.lead = organisations.referenced("leadOrganisationId", in.leadOrganisationId());
            p.division = p.lead.division;
        }
        if (in.fundingAmount() != null) {
            p.fundingAmount = in.fundingAmount().setScale(2, RoundingMode.UNNECESSARY);
        }
        if (in.fundingLevel() != null) {
            p.fundingLevel = in.fundingLevel();
        }
        if (in.year() != null) {
            p.year = in.year();
        }
        if (in.status() != null) {
            p.status = in.status();
        }
        if (in.note() != null) {
            p.note = in.note();
        }
        if (in.personIds() != null) {
            Set<Person> people = people(in.personIds());
            p.people.retainAll(people);
            p.people.addAll(people);
        }
        p.flush();
        return ProjectDtos.ProjectView.of(p);
    }

    private TalentProject load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("talent-project", id));
    }

    /** The conditions lists and sums share: the caller's scope and the filters given. */
    private Filter filtered(Criteria c, String joins) {
        String within = divisions.within("division", c.division());
        Industry industry = industries.filter("industry", c.industry());
        return new Filter()
                .join(joins)
                .scoped(scope.likePattern(), "pd.path like :scope")
                .when(industry, "p.industry = :industry", "industry")
                .when(c.level(), "p.fundingLevel = :level", "level")
                .when(c.year(), "p.year = :year", "year")
                .when(within, "pd.path like :within", "within")
                .when(c.lead(), "p.lead.id = :lead", "lead")
                .when(c.person(), "exists (select 1 from TalentProject q join q.people qp where q = p and qp.id = :person)",
                        "person");
    }

    private Set<Person> people(Set<UUID> ids) {
        Set<Person> found = new LinkedHashSet<>();
        for (UUID id : ids) {
            found.add(people.referenced("personIds", id));
        }
        return found;
    }
}
