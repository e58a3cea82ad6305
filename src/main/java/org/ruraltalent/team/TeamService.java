package org.ruraltalent.team;

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
 * Teams, their members over time and the organisations they serve. Changing the members is a
 * change of the team: it needs the team's If-Match and moves its ETag on.
 */
@ApplicationScoped
public class TeamService {

    static final String RULE_ONE_LEADER = "one-leader-per-team";
    static final String RULE_ONE_MEMBERSHIP = "one-open-membership-per-person-and-team";

    @Inject
    DivisionService divisions;
    @Inject
    OrganisationService organisations;
    @Inject
    PersonService people;
    @Inject
    DataScope scope;

    /** A team the caller may see: one working outside its division scope does not exist for it. */
    public Optional<Team> find(UUID id) {
        return Team.<Team>findByIdOptional(id).filter(t -> scope.covers(t.division));
    }

    /** A team named by another record: unknown or out of scope is a 400 on that field. */
    public Team referenced(String field, UUID id) {
        return find(id).orElseThrow(() -> Problems.invalidField(field, "UnknownTeam", "field.unknown-team", id));
    }

    public TeamDtos.TeamView get(UUID id) {
        return TeamDtos.TeamView.of(load(id));
    }

    public Page<TeamDtos.TeamView> list(TeamType type, String division, UUID member, PageRequest page) {
        String within = divisions.within("division", division);
        return new Filter()
                .join("join fetch t.division d")
                .scoped(scope.likePattern(), "d.path like :scope")
                .when(type, "t.type = :type", "type")
                .when(within, "d.path like :within", "within")
                .when(member, "exists (select 1 from TeamMember m where m.team = t and m.person.id = :member and m.leftOn is null)",
                        "member")
                .page(Team.class, "t", page, t -> t.id, TeamDtos.TeamView::of);
    }

    public List<TeamDtos.MemberView> members(UUID teamId, boolean includePast) {
        Team team = load(teamId);
        List<TeamMember> members = includePast ? TeamMember.list("team = ?1 order by id", team) : TeamMember.currentOf(team);
        return members.stream().map(TeamDtos.MemberView::of).toList();
    }

    @Transactional
    public TeamDtos.TeamView create(@Valid TeamDtos.TeamCreate in) {
        Team t = new Team();
        t.name = in.name().strip();
        t.type = in.type();
        t.division = divisions.referenced("divisionCode", in.divisionCode());
        if (!scope.covers(t.division)) {
            throw Problems.invalidField("divisionCode", "UnknownDivision", "field.unknown-division", in.divisionCode());
        }
        t.formedOn = in.formedOn();
        t.note = in.note();
        if (in.servedOrganisationIds() != null) {
            t.served.addAll(served(in.servedOrganisationIds()));
        }
        t.persistAndFlush();
        return TeamDtos.TeamView.of(t);
    }

    @Transactional
    public TeamDtos.TeamView update(UUID id, String ifMatch, @Valid TeamDtos.TeamPatch in) {
        Team t = load(id);
        Etags.require(ifMatch, t);
        if (in.name() != null) {
            t.name = in.name().strip();
        }
        if (in.formedOn() != null) {
            t.formedOn = in.formedOn();
        }
        if (in.dissolvedOn() != null) {
            t.dissolvedOn = in.dissolvedOn();
        }
        if (in.note() != null) {
            t.note = in.note();
        }
        if (t.formedOn != null && t.dissolvedOn != null && t.dissolvedOn.isBefore(t.formedOn)) {
            throw Problems.invalidField("dissolvedOn", "NotBeforeFormed", "team.dissolved-before-formed", t.formedOn.toString());
        }
        if (in.servedOrganisationIds() != null) {
            Set<Organisation> served = served(in.servedOrganisationIds());
            t.served.retainAll(served);
            t.served.addAll(served);
            Locks.touch(t);
        }
        t.flush();
        return TeamDtos.TeamView.of(t);
    }

    /** Adds a member; a second open leader or a second open membership is refused (and held by partial unique indexes). */
    @Transactional
    public TeamDtos.MemberView addMember(UUID teamId, String ifMatch, @Valid TeamDtos.MemberAdd in) {
        Team t = lockedForChange(teamId, ifMatch);
        Person person = people.referenced("personId", in.personId());
        TeamMember.openMembership(t, person).ifPresent(existing -> {
            throw Problems.conflict(RULE_ONE_MEMBERSHIP, existing.id, "team.conflict.member");
        });
        TeamRole role = in.role() == null ? TeamRole.MEMBER : in.role();
        if (role == TeamRole.LEADER) {
            TeamMember.currentLeaderOf(t).ifPresent(leader -> {
                throw Problems.conflict(RULE_ONE_LEADER, leader.id, "team.conflict.leader");
            });
        }
        if (in.assignmentId() != null) {
            checkAssignment(in.assignmentId(), person);
        }
        TeamMember m = new TeamMember();
        m.team = t;
        m.person = person;
        m.role = role;
        m.assignmentId = in.assignmentId();
        m.joinedOn = in.joinedOn();
        m.persist();
        Locks.touch(t);
        m.flush();
        return TeamDtos.MemberView.of(m);
    }

    @Transactional
    public TeamDtos.MemberView leave(UUID teamId, UUID memberId, String ifMatch, @Valid TeamDtos.MemberLeave in) {
        Team t = lockedForChange(teamId, ifMatch);
        TeamMember m = TeamMember.<TeamMember>findByIdOptional(memberId).filter(x -> x.team.equals(t))
                .orElseThrow(() -> Problems.notFound("team-member", memberId));
        m.leave(in.leftOn());
        Locks.touch(t);
        m.flush();
        return TeamDtos.MemberView.of(m);
    }

    private Team load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("team", id));
    }

    private Team lockedForChange(UUID id, String ifMatch) {
        return Locks.forChange(Team.class, id, ifMatch, x -> scope.covers(x.division), "team");
    }


    private Set<Organisation> served(Set<UUID> ids) {
        Set<Organisation> served = new LinkedHashSet<>();
        for (UUID id : ids) {
            served.add(organisations.referenced("servedOrganisationIds", id));
        }
        return served;
    }

    private static void checkAssignment(UUID assignmentId, Person person) {
        boolean belongs = Team.getEntityManager()
                .createQuery("select count(a) from Assignment a where a.id = :id and a.person = :person", Long.class)
                .setParameter("id", assignmentId).setParameter("person", person).getSingleResult() > 0;
        if (!belongs) {
            throw Problems.invalidField("assignmentId", "PersonsAssignment", "team.assignment-of-person");
        }
    }
}
