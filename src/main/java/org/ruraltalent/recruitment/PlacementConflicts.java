package org.ruraltalent.recruitment;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ruraltalent.personnel.Person;

/**
 * Names the placement a racing request won with. When ux_placement_person_programme refuses an
 * insert, the refused transaction can no longer read; this looks in a fresh one, where the
 * winner is already committed.
 */
@ApplicationScoped
class PlacementConflicts {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<UUID> placedIn(UUID programmeId, UUID personId) {
        return Placement.placedIn(RecruitmentProgramme.findById(programmeId), Person.findById(personId)).map(p -> p.id);
    }
}
