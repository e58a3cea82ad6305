package org.ruraltalent.personnel;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruraltalent.common.NationalIds;
import org.ruraltalent.common.PiiProtection;
import org.ruraltalent.common.Ref;
import org.ruraltalent.security.Callers;

/** The one place personal data leaves the service: numbers are decrypted here and masked. */
@ApplicationScoped
public class PersonMapper {

    @Inject
    PiiProtection pii;
    @Inject
    Callers callers;

    /** The person as the caller may see them: full numbers only with the pii-reader permission. */
    public PersonDtos.PersonView toView(Person p) {
        return toView(PersonRow.of(p));
    }

    /** A person read as a row (a page of people), as the caller may see them. */
    public PersonDtos.PersonView toView(PersonRow p) {
        return toView(p, callers.mayReadPersonalData());
    }

    /** The person with numbers masked whoever asks, for records that outlive the request (audit). */
    public PersonDtos.PersonView toMaskedView(Person p) {
        return toView(PersonRow.of(p), false);
    }

    private PersonDtos.PersonView toView(PersonRow p, boolean full) {
        String nationalId = pii.decrypt(p.nationalIdCipher());
        String mobile = pii.decrypt(p.mobileCipher());
        return new PersonDtos.PersonView(p.id(), p.name(), full ? nationalId : maskId(nationalId), p.gender(),
                full ? p.birthDate() : null, p.birthDate().getYear(), p.ethnicGroup(), full ? mobile : maskMobile(mobile),
                p.education(), p.degree(), p.politicalStatus(), p.professionalTitle(), p.titleLevel(),
                p.employerId() == null ? null : new Ref(p.employerId(), p.employerName()),
                p.homeDivisionCode(), sorted(p.categories()), sorted(p.specialties()),
                p.status(), p.deactivatedOn(), p.deactivationReason(), p.version());
    }

    /** In a stable order (categories as declared, specialties by text); a person with none has an empty set. */
    private static <T extends Comparable<? super T>> SortedSet<T> sorted(T[] values) {
        SortedSet<T> set = new TreeSet<>();
        if (values != null) {
            Collections.addAll(set, values);
        }
        return set;
    }

    static String maskId(String number) {
        return number == null ? null : NationalIds.mask(number);
    }

    /** First three and last four digits: {@code 138****5678}. */
    static String maskMobile(String number) {
        return number == null ? null : number.substring(0, 3) + "****" + number.substring(7);
    }
}
