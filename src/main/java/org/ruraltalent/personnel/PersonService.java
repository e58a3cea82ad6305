package org.ruraltalent.personnel;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.ruraltalent.common.Etags;
import org.ruraltalent.common.Filter;
import org.ruraltalent.common.NationalIds;
import org.ruraltalent.common.PiiProtection;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Problems;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.security.DataScope;

@ApplicationScoped
public class PersonService {

    /** What a list of people may be narrowed by; every field optional. */
    public record Criteria(TalentCategory category, String division, UUID employer, PersonStatus status,
            String namePrefix, String nationalId) {
    }

    @Inject
    PiiProtection pii;
    @Inject
    PersonMapper mapper;
    @Inject
    DivisionService divisions;
    @Inject
    OrganisationService organisations;
    @Inject
    DataScope scope;

    /**
     * Where a person belongs for scope: their employer's division, their home when they have no
     * employer (both kept on the person as its location), and every division hosting one of
     * their assignments.
     */
    private static final String IN_SCOPE = "(p.indexedLocation like :scope"
            + " or exists (select 1 from Assignment sa where sa.person = p and sa.hostDivision.path like :scope))";
    /** A person's employer and home, fetched with the person (one row each, so a page keeps its limit). */
    private static final String PLACE_FETCHES = "left join fetch p.employer left join fetch p.homeDivision";
    /** What a person's view shows, fetched with the person in one statement. */
    private static final String VIEW_FETCHES = PLACE_FETCHES + " left join fetch p.categories left join fetch p.specialties";
    /**
     * A category, with the person's location beside it: a plain join (one row a person, the key
     * being person and category), so PostgreSQL can either walk the category's people in id order
     * or take the few in a division and sort them, whichever is cheaper (docs/PERFORMANCE.md).
     */
    private static final String CATEGORY = "join PersonCategoryLocation c on c.key.personId = p.id";

    /** A person the caller may see: one outside its division scope does not exist for it. */
    public Optional<Person> find(UUID id) {
        return find(id, VIEW_FETCHES);
    }

    private Optional<Person> find(UUID id, String fetches) {
        return new Filter().join(fetches).scoped(scope.likePattern(), IN_SCOPE).single(Person.class, "p", id);
    }

    /**
     * A person named by another record (an assignment, an enrolment): unknown or out of scope is a
     * 400 on that field. Read without the categories and specialties a view shows (they load if
     * asked): on the write paths that name a person this read was an eighth of the service's time.
     */
    public Person referenced(String field, UUID id) {
        return find(id, PLACE_FETCHES)
                .orElseThrow(() -> Problems.invalidField(field, "UnknownPerson", "field.unknown-person", id));
    }

    /** Whether the caller still sees the person by where they work or live (assignments aside). */
    private boolean visible(Person p) {
        return p.employer != null ? scope.covers(p.employer.division) : scope.covers(p.homeDivision);
    }

    /** A scoped caller must leave the person where it can still see them. */
    private void requireVisible(Person p) {
        if (!visible(p)) {
            throw Problems.invalidField(p.employer == null ? "homeDivisionCode" : "employerId", "Scope", "person.placement");
        }
    }

    public PersonDtos.PersonView get(UUID id) {
        return mapper.toView(load(id));
    }

    private Person load(UUID id) {
        return find(id).orElseThrow(() -> Problems.notFound("person", id));
    }

    /**
     * People by category, by division (where they work or, for those without an employer, their
     * home; at any depth below it), employer, status, name prefix, or exact national ID.
     */
    public Page<PersonDtos.PersonView> list(Criteria c, PageRequest page) {
        return filter(c, page.after()).page(Person.class, "p", PersonRow.SELECT, PersonRow.class, page, PersonRow::id,
                mapper::toView);
    }

    /** Whether more than {@code n} people meet the criteria: what an export asks before it starts. */
    public boolean hasMoreThan(Criteria c, int n) {
        return filter(c, null).hasMoreThan(Person.class, "p", n);
    }

    private Filter filter(Criteria c, UUID after) {
        String within = divisions.within("division", c.division());
        byte[] idHash = null;
        if (c.nationalId() != null && !c.nationalId().isBlank()) {
            idHash = pii.hash(NationalIds.parse(c.nationalId())
                    .orElseThrow(() -> Problems.invalidField("nationalId", "NationalId", "field.national-id"))
                    .number());
        }
        // One statement for the page: rows, categories and specialties as arrays (PersonRow).
        Filter filter = new Filter().scoped(scope.likePattern(), IN_SCOPE);
        if (c.category() != null) {
            filter.join(CATEGORY)
                    .when(c.category(), "c.key.category = :category", "category")
                    .when(within, "c.location like :within", "within")
                    // The cursor again on the category's side: PostgreSQL carries equalities across a join, not ranges.
                    .when(after, "c.key.personId > :categoryAfter", "categoryAfter");
        } else {
            filter.when(within, "p.indexedLocation like :within", "within");
        }
        return filter
                .when(c.employer(), "p.employer.id = :employer", "employer")
                .when(c.status(), "p.status = :status", "status")
                .startsWith(c.namePrefix(), "p.name", "name")
                .when(idHash, "p.nationalIdHash = :idHash", "idHash");
    }

    /** One ID number, one person: checked here for a clear answer, held by uq_person_national_id under races. */
    @Transactional
    public PersonDtos.PersonView create(@Valid PersonDtos.PersonCreate in) {
        return createInCurrentTransaction(in);
    }

    /**
     * The same create within the caller's transaction, for callers that make many (imports): a
     * refused input leaves the transaction usable, so the caller can go on and report every bad row.
     */
    public PersonDtos.PersonView createInCurrentTransaction(@Valid PersonDtos.PersonCreate in) {
        Person p = newPerson(in, true);
        p.persistAndFlush();
        return mapper.toView(p);
    }

    /**
     * The same create for imports, which write many people in JDBC batches: the caller has
     * already looked up, for many rows at once, that no one holds the ID number (one held is
     * created through {@link #createInCurrentTransaction}, which says why it cannot be), and the
     * person is written at the caller's next flush, where uq_person_national_id still refuses a
     * number taken meanwhile.
     */
    public void createUnheldInCurrentTransaction(@Valid PersonDtos.PersonCreate in) {
        newPerson(in, false).persist();
    }

    private Person newPerson(PersonDtos.PersonCreate in, boolean checkHeld) {
        NationalIds.Parsed id = NationalIds.parse(in.nationalId()).orElseThrow();
        Person p = new Person();
        p.name = in.name().strip();
        setNationalId(p, id, in.gender(), in.birthDate(), checkHeld);
        p.ethnicGroup = in.ethnicGroup();
        setMobile(p, in.mobile());
        p.education = in.education();
        p.degree = in.degree();
        p.politicalStatus = in.politicalStatus();
        p.professionalTitle = in.professionalTitle();
        p.titleLevel = in.titleLevel();
        p.employer = in.employerId() == null ? null : organisations.referenced("employerId", in.employerId());
        p.homeDivision = in.homeDivisionCode() == null ? null : divisions.referenced("homeDivisionCode", in.homeDivisionCode());
        if (in.categories() != null) {
            p.categories.addAll(in.categories());
        }
        if (in.specialties() != null) {
            in.specialties().forEach(s -> p.specialties.add(s.strip()));
        }
        requireVisible(p);
        return p;
    }

    @Transactional
    public PersonDtos.PersonView update(UUID personId, String ifMatch, @Valid PersonDtos.PersonPatch in) {
        Person p = load(personId);
        Etags.require(ifMatch, p);
        change(p, in);
        p.flush();
        return mapper.toView(p);
    }

    /**
     * The same update for imports, which change many people and write them in JDBC batches: the
     * caller holds the person, read within its scope, and the change is written at the caller's
     * next flush, where the version and the database's rules (an active first secretary stays a
     * party member, say) are still checked.
     */
    public void updateHeldInCurrentTransaction(Person p, @Valid PersonDtos.PersonPatch in) {
        change(p, in);
    }

    private void change(Person p, PersonDtos.PersonPatch in) {
        if (in.name() != null) {
            p.name = in.name().strip();
        }
        if (in.nationalId() != null) {
            setNationalId(p, NationalIds.parse(in.nationalId()).orElseThrow(), in.gender(), in.birthDate(), true);
        } else if (in.gender() != null || in.birthDate() != null) {
            // checked against the number held, which is the person's own
            setNationalId(p, NationalIds.parse(pii.decrypt(p.nationalIdCipher)).orElseThrow(), in.gender(), in.birthDate(), false);
        }
        if (in.ethnicGroup() != null) {
            p.ethnicGroup = in.ethnicGroup();
        }
        if (in.mobile() != null) {
            setMobile(p, in.mobile());
        }
        if (in.education() != null) {
            p.education = in.education();
        }
        if (in.degree() != null) {
            p.degree = in.degree();
        }
        if (in.politicalStatus() != null) {
            p.politicalStatus = in.politicalStatus();
        }
        if (in.professionalTitle() != null) {
            p.professionalTitle = in.professionalTitle();
        }
        if (in.titleLevel() != null) {
            p.titleLevel = in.titleLevel();
        }
        if (in.employerId() != null) {
            p.employer = organisations.referenced("employerId", in.employerId());
        }
        if (in.homeDivisionCode() != null) {
            p.homeDivision = divisions.referenced("homeDivisionCode", in.homeDivisionCode());
        }
        if (in.categories() != null) {
            p.categories.retainAll(in.categories());
            p.categories.addAll(in.categories());
        }
        if (in.specialties() != null) {
            LinkedHashSet<String> stripped = new LinkedHashSet<>();
            in.specialties().forEach(s -> stripped.add(s.strip()));
            p.specialties.retainAll(stripped);
            p.specialties.addAll(stripped);
        }
        if (in.employerId() != null || in.homeDivisionCode() != null) {
            requireVisible(p);
        }
    }

    /** Takes a person out of the active pool; records stay, for history and statistics. */
    @Transactional
    public PersonDtos.PersonView deactivate(UUID personId, String ifMatch, @Valid PersonDtos.PersonDeactivation in) {
        Person p = load(personId);
        Etags.require(ifMatch, p);
        if (p.status == PersonStatus.INACTIVE) {
            throw Problems.invalidState("deactivate", p.status);
        }
        p.status = PersonStatus.INACTIVE;
        p.deactivatedOn = in.effectiveOn() == null ? LocalDate.now() : in.effectiveOn();
        p.deactivationReason = in.reason().strip();
        p.flush();
        return mapper.toView(p);
    }

    @Transactional
    public PersonDtos.PersonView reactivate(UUID personId, String ifMatch) {
        Person p = load(personId);
        Etags.require(ifMatch, p);
        if (p.status == PersonStatus.ACTIVE) {
            throw Problems.invalidState("reactivate", p.status);
        }
        p.status = PersonStatus.ACTIVE;
        p.deactivatedOn = null;
        p.deactivationReason = null;
        p.flush();
        return mapper.toView(p);
    }

    /**
     * Sets the ID number and what it says: gender and birth date come from it, and when the
     * caller also gives them they must agree. A number already held by someone else is a 409.
     */
    private void setNationalId(Person p, NationalIds.Parsed id, Gender gender, LocalDate birthDate, boolean checkHeld) {
        Gender fromId = id.male() ? Gender.MALE : Gender.FEMALE;
        if (gender != null && gender != fromId) {
            throw Problems.invalidField("gender", "MatchesNationalId", "person.gender.mismatch");
        }
        if (birthDate != null && !birthDate.equals(id.birthDate())) {
            throw Problems.invalidField("birthDate", "MatchesNationalId", "person.birth-date.mismatch", id.birthDate().toString());
        }
        byte[] hash = pii.hash(id.number());
        if (checkHeld) {
            Person.byNationalIdHash(hash).filter(other -> !other.equals(p)).ifPresent(other -> {
                throw Problems.duplicate("nationalId", "constraint.uq_person_national_id");
            });
        }
        if (!java.util.Arrays.equals(hash, p.nationalIdHash)) {
            p.nationalIdHash = hash;
            p.nationalIdCipher = pii.encrypt(id.number());
        }
        p.gender = fromId;
        p.birthDate = id.birthDate();
    }

    private void setMobile(Person p, String mobile) {
        p.mobileCipher = pii.encrypt(mobile);
        p.mobileHash = pii.hash(mobile);
    }
}
