package org.ruraltalent.platform;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ruraltalent.common.Membership;
import org.ruraltalent.personnel.Person;

/** A resident talent's time at a workstation. ux_workstation_member_open keeps one open residency per person and workstation. */
@Entity
@Table(name = "workstation_member")
public class WorkstationMember extends Membership {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workstation_id", nullable = false)
    public Workstation workstation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    public static List<WorkstationMember> currentOf(Workstation workstation) {
        return list("workstation = ?1 and leftOn is null order by id", workstation);
    }

    public static Optional<WorkstationMember> openMembership(Workstation workstation, Person person) {
        return find("workstation = ?1 and person = ?2 and leftOn is null", workstation, person).firstResultOptional();
    }
}
