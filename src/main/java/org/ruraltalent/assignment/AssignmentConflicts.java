package org.ruraltalent.assignment;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ruraltalent.division.Division;
import org.ruraltalent.personnel.Person;

/**
 * Names the record a racing request won with. When a partial unique index refuses a change, the
 * refused transaction can no longer read; these look in a fresh one, where the winner is
 * already committed.
 */
@ApplicationScoped
class AssignmentConflicts {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<UUID> activeFirstSecretaryOf(UUID villageId) {
        return Assignment.activeFirstSecretaryOf(Division.findById(villageId)).map(a -> a.id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<UUID> activeResidencyOf(UUID personId) {
        return Assignment.activeResidencyOf(Person.findById(personId)).map(a -> a.id);
    }
}
