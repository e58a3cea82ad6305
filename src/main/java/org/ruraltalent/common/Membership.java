package org.ruraltalent.common;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A person's time in a group (a team's member, a workstation's resident, a partnership's
 * expert): from {@code joinedOn} until {@code leftOn}, open while that is empty. Leaving keeps
 * the row, so the group's history stays readable.
 */
@MappedSuperclass
public abstract class Membership extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    /** Ends the membership on {@code day}; it must be open and the day not before it began. */
    public void leave(LocalDate day) {
        if (leftOn != null) {
            throw Problems.invalidField("leftOn", "AlreadyLeft", "membership.already-left", leftOn.toString());
        }
        if (day.isBefore(joinedOn)) {
            throw Problems.invalidField("leftOn", "NotBeforeJoined", "membership.left-before-joined", joinedOn.toString());
        }
        leftOn = day;
    }
}
