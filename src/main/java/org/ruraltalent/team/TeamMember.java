package org.ruraltalent.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ruraltalent.common.Membership;
import org.ruraltalent.personnel.Person;

/**
 * A person's membership of a team over time. ux_team_member_open keeps one open membership per
 * person and team; ux_team_leader_open one open leader per team.
 */
@Entity
@Table(name = "team_member")
public class TeamMember extends Membership {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    public Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TeamRole role;

    /** The assignment under which the person serves in the team, when there is one. */
    @Column(name = "assignment_id")
    public UUID assignmentId;

    public static List<TeamMember> currentOf(Team team) {
        return list("team = ?1 and leftOn is null order by id", team);
    }

    public static Optional<TeamMember> openMembership(Team team, Person person) {
        return find("team = ?1 and person = ?2 and leftOn is null", team, person).firstResultOptional();
    }

    public static Optional<TeamMember> currentLeaderOf(Team team) {
        return find("team = ?1 and role = ?2 and leftOn is null", team, TeamRole.LEADER).firstResultOptional();
    }
}
