package org.ruraltalent.partnership;

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

/** An expert a partnership provides, over time. ux_partnership_expert_open keeps one open period per person and partnership. */
@Entity
@Table(name = "partnership_expert")
public class PartnershipExpert extends Membership {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id", nullable = false)
    public Partnership partnership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    public static List<PartnershipExpert> currentOf(Partnership partnership) {
        return list("partnership = ?1 and leftOn is null order by id", partnership);
    }

    public static Optional<PartnershipExpert> openPeriod(Partnership partnership, Person person) {
        return find("partnership = ?1 and person = ?2 and leftOn is null", partnership, person).firstResultOptional();
    }
}
