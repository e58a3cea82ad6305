package org.ruraltalent.training;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Names the enrolment a racing request won with. When uq_enrolment_session_person refuses an
 * enrolment, the refused transaction can no longer read; this looks in a fresh one, where the
 * winner is already committed.
 */
@ApplicationScoped
class EnrolmentConflicts {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<UUID> enrolmentOf(UUID sessionId, UUID personId) {
        return Enrolment.<Enrolment>find("session.id = ?1 and person.id = ?2", sessionId, personId)
                .firstResultOptional().map(e -> e.id);
    }
}
