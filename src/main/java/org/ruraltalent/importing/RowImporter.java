package org.ruraltalent.importing;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ruraltalent.assignment.Assignment;
import org.ruraltalent.assignment.AssignmentDtos;
import org.ruraltalent.assignment.AssignmentRole;
import org.ruraltalent.assignment.AssignmentService;
import org.ruraltalent.assignment.AssignmentStatus;
import org.ruraltalent.assignment.SendingLevel;
import org.ruraltalent.common.NationalIds;
import org.ruraltalent.common.PiiProtection;
import org.ruraltalent.common.Problems;
import org.ruraltalent.division.Division;
import org.ruraltalent.division.DivisionDtos;
import org.ruraltalent.division.DivisionLevel;
import org.ruraltalent.division.DivisionService;
import org.ruraltalent.organisation.HospitalGrade;
import org.ruraltalent.organisation.Organisation;
import org.ruraltalent.organisation.OrganisationDtos;
import org.ruraltalent.organisation.OrganisationService;
import org.ruraltalent.organisation.OrganisationType;
import org.ruraltalent.personnel.Degree;
import org.ruraltalent.personnel.Education;
import org.ruraltalent.personnel.EthnicGroup;
import org.ruraltalent.personnel.Gender;
import org.ruraltalent.personnel.Person;
import org.ruraltalent.personnel.PersonDtos;
import org.ruraltalent.personnel.PersonService;
import org.ruraltalent.personnel.PoliticalStatus;
import org.ruraltalent.personnel.TalentCategory;
import org.ruraltalent.personnel.TitleLevel;
import org.ruraltalent.security.DataScope;
import org.ruraltalent.training.Enrolment;
import org.ruraltalent.training.EnrolmentService;
import org.ruraltalent.training.TrainingDtos;
import org.ruraltalent.training.TrainingService;
import org.ruraltalent.training.TrainingSession;

/**
 * Turns one row into the feature's own request and hands it to the feature's service, so an
 * import obeys exactly the rules (and the division scope) of the API. A row whose natural key is
 * already held changes nothing: division code; credit code, or name within a division, for
 * organisations; ID number for people; person, role, host and start date for assignments;
 * session and person for enrolments. Only people are updated from a file: a held person whose
 * row says something new gets those fields changed (blank cells change nothing).
 */
@ApplicationScoped
class RowImporter {

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    @Inject
    DivisionService divisions;
    @Inject
    OrganisationService organisations;
    @Inject
    PersonService people;
    @Inject
    AssignmentService assignments;
    @Inject
    TrainingService trainings;
    @Inject
    EnrolmentService enrolments;
    @Inject
    PiiProtection pii;
    @Inject
    DataScope scope;

    Outcome importRow(ImportKind kind, Cells row, Held held) {
        return switch (kind) {
            case DIVISIONS -> division(row);
            case ORGANISATIONS -> organisation(row);
            case PERSONNEL -> person(row, held);
            case ASSIGNMENTS -> assignment(row, held);
            case ENROLMENTS -> enrolment(row, held);
        };
    }

    /**
     * The people a chunk of rows names by ID number, looked up with one query for the whole chunk
     * instead of one a row (whoever holds them: each row still sees only those in the caller's
     * scope). People the chunk itself creates are not among them; a number repeated within the
     * file is refused before it is looked up.
     */
    static final class Held {
        static final Held NONE = new Held(Map.of());
        private final Map<ByteBuffer, Person> byHash;

        private Held(Map<ByteBuffer, Person> byHash) {
            this.byHash = byHash;
        }

        Optional<Person> byNationalIdHash(byte[] hash) {
            return Optional.ofNullable(byHash.get(ByteBuffer.wrap(hash)));
        }
    }

    /** Looks up, in one query, the people the rows name by ID number (kinds that name people that way). */
    Held lookUp(ImportKind kind, List<Cells> chunk) {
        if (kind != ImportKind.PERSONNEL && kind != ImportKind.ASSIGNMENTS && kind != ImportKind.ENROLMENTS) {
            return Held.NONE;
        }
        Set<ByteBuffer> hashes = new HashSet<>();
        for (Cells r : chunk) {
            if (r.has("nationalId")) {
                NationalIds.parse(r.text("nationalId")).ifPresent(id -> hashes.add(ByteBuffer.wrap(pii.hash(id.number()))));
            }
        }
        if (hashes.isEmpty()) {
            return Held.NONE;
        }
        List<byte[]> values = hashes.stream().map(ByteBuffer::array).toList();
        Map<ByteBuffer, Person> byHash = new HashMap<>();
        // With where they are placed (the employer's division or the home), which decides whether the caller sees them.
        Person.<Person>find("from Person p left join fetch p.homeDivision left join fetch p.employer e left join fetch e.division"
                + " where p.nationalIdHash in ?1", values).list().forEach(p -> byHash.put(ByteBuffer.wrap(p.nationalIdHash), p));
        return new Held(byHash);
    }

    /** A held person as the caller sees them: one outside its scope does not exist for it. */
    private Optional<Person> visible(Person p) {
        // Placed where the caller sees them (the usual case): no query. Otherwise an assignment the
        // caller's divisions host may still show them, which only the scoped lookup knows.
        return scope.covers(p.locationPath()) ? Optional.of(p) : people.find(p.id);
    }

    /** The row's natural key as written, to find a record repeated within one file; its value is null when incomplete. */
    record Key(String field, String value) {
    }

    static Key naturalKey(ImportKind kind, Cells r) {
        return switch (kind) {
            case DIVISIONS -> new Key("code", r.text("code"));
            case ORGANISATIONS -> r.has("creditCode") ? new Key("creditCode", r.text("creditCode").toUpperCase(Locale.ROOT))
                    : new Key("name", joined(r.text("name"), r.text("divisionCode")));
            case PERSONNEL -> new Key("nationalId", r.has("nationalId") ? r.text("nationalId").toUpperCase(Locale.ROOT) : null);
            case ASSIGNMENTS -> new Key(r.has("nationalId") ? "nationalId" : "personId", joined(personKey(r), r.text("role"),
                    r.text("hostOrganisationId"), r.text("hostCreditCode"), r.text("hostName"), r.text("startDate")));
            case ENROLMENTS -> new Key(r.has("nationalId") ? "nationalId" : "personId", joined(r.text("sessionId"), personKey(r)));
        };
    }

    private static String personKey(Cells r) {
        return r.has("nationalId") ? r.text("nationalId").toUpperCase(Locale.ROOT) : r.text("personId");
    }

    private static String joined(String... parts) {
        return parts[0] == null ? null : String.join("|", Arrays.stream(parts).map(p -> p == null ? "" : p).toList());
    }

    private Outcome division(Cells r) {
        DivisionDtos.DivisionCreate in = new DivisionDtos.DivisionCreate(r.text("code"), r.text("name"),
                r.code(DivisionLevel.class, "level"), r.text("parentCode"));
        r.check();
        if (in.code() != null && Division.byCode(in.code()).isPresent()) {
            return Outcome.UNCHANGED;
        }
        divisions.createInCurrentTransaction(in);
        return Outcome.CREATED;
    }

    private Outcome organisation(Cells r) {
        OrganisationDtos.OrganisationCreate in = new OrganisationDtos.OrganisationCreate(r.text("name"),
                r.code(OrganisationType.class, "type"), r.text("divisionCode"), r.text("creditCode"),
                r.code(HospitalGrade.class, "hospitalGrade"));
        r.check();
        Optional<Organisation> held = in.creditCode() != null
                ? Organisation.<Organisation>find("creditCode", in.creditCode().toUpperCase(Locale.ROOT)).firstResultOptional()
                : in.name() == null || in.divisionCode() == null ? Optional.empty()
                        : Organisation.<Organisation>find("name = ?1 and division.code = ?2", in.name().strip(), in.divisionCode())
                                .firstResultOptional();
        // One held outside the caller's scope does not exist for it: the create says why it cannot be made.
        if (held.filter(o -> scope.covers(o.division)).isPresent()) {
            return Outcome.UNCHANGED;
        }
        organisations.createInCurrentTransaction(in);
        return Outcome.CREATED;
    }

    private Outcome person(Cells r, Held known) {
        PersonDtos.PersonCreate in = new PersonDtos.PersonCreate(r.text("name"), r.text("nationalId"),
                r.code(Gender.class, "gender"), r.date("birthDate"), r.code(EthnicGroup.class, "ethnicGroup"),
                r.text("mobile"), r.code(Education.class, "education"), r.code(Degree.class, "degree"),
                r.code(PoliticalStatus.class, "politicalStatus"), r.text("professionalTitle"),
                r.code(TitleLevel.class, "titleLevel"), employer(r), r.text("homeDivisionCode"),
                r.codes(TalentCategory.class, "categories"), r.set("specialties"));
        r.check();
        Optional<Person> holder = NationalIds.parse(in.nationalId()).flatMap(id -> known.byNationalIdHash(pii.hash(id.number())));
        Optional<Person> held = holder.flatMap(this::visible);
        if (held.isEmpty()) {
            if (holder.isPresent()) {
                // held by someone the caller cannot see: the create refuses it as the API does
                people.createInCurrentTransaction(in);
            } else {
                // written with the chunk, in one batch
                people.createUnheldInCurrentTransaction(in);
            }
            return Outcome.CREATED;
        }
        Person p = held.get();
        PersonDtos.PersonPatch changes = changes(p, in);
        if (changes == null) {
            return Outcome.UNCHANGED;
        }
        // written with the chunk, in one batch
        people.updateHeldInCurrentTransaction(p, changes);
        return Outcome.UPDATED;
    }

    /** What the row says that the person's record does not, or {@code null} when it says nothing new. */
    private PersonDtos.PersonPatch changes(Person p, PersonDtos.PersonCreate in) {
        String name = differs(in.name() == null ? null : in.name().strip(), p.name);
        String mobile = in.mobile() != null && !Arrays.equals(pii.hash(in.mobile()), p.mobileHash) ? in.mobile() : null;
        UUID employer = in.employerId() != null && (p.employer == null || !in.employerId().equals(p.employer.id))
                ? in.employerId() : null;
        String home = in.homeDivisionCode() != null && (p.homeDivision == null || !in.homeDivisionCode().equals(p.homeDivision.code))
                ? in.homeDivisionCode() : null;
        // Gender and birth date come from the ID number; given, they are checked against it by the update.
        PersonDtos.PersonPatch patch = new PersonDtos.PersonPatch(name, null, differs(in.gender(), p.gender),
                differs(in.birthDate(), p.birthDate), differs(in.ethnicGroup(), p.ethnicGroup), mobile,
                differs(in.education(), p.education), differs(in.degree(), p.degree),
                differs(in.politicalStatus(), p.politicalStatus), differs(in.professionalTitle(), p.professionalTitle),
                differs(in.titleLevel(), p.titleLevel), employer, home, differs(in.categories(), p.categories),
                differs(in.specialties(), p.specialties));
        boolean any = Arrays.stream(PersonDtos.PersonPatch.class.getRecordComponents()).anyMatch(c -> {
            try {
                return c.getAccessor().invoke(patch) != null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        return any ? patch : null;
    }

    private static <T> T differs(T given, Object held) {
        return given != null && !(given instanceof Set<?> s ? s.equals(held) : Objects.equals(given, held)) ? given : null;
    }

    /** The employer by its id, or by its credit code (what offices keep in spreadsheets). */
    private UUID employer(Cells r) {
        if (r.has("employerId")) {
            return r.uuid("employerId");
        }
        return r.has("employerCreditCode") ? byCreditCode(r, "employerCreditCode", true) : null;
    }

    private Outcome assignment(Cells r, Held known) {
        AssignmentDtos.AssignmentCreate in = new AssignmentDtos.AssignmentCreate(personId(r, known),
                r.code(AssignmentRole.class, "role"),
                organisation(r, "hostOrganisationId", "hostCreditCode", "hostName", "hostDivisionCode", true),
                organisation(r, "sendingOrganisationId", "sendingCreditCode", "sendingName", "sendingDivisionCode", false),
                r.code(SendingLevel.class, "sendingLevel"), r.year("batchYear"), r.uuid("teamId"), r.date("startDate"),
                r.date("plannedEndDate"), r.code(AssignmentStatus.class, "status"), r.text("note"));
        r.check();
        if (in.personId() != null && in.role() != null && in.hostOrganisationId() != null && in.startDate() != null) {
            List<Assignment> held = Assignment.list("person.id = ?1 and role = ?2 and host.id = ?3 and startDate = ?4",
                    in.personId(), in.role(), in.hostOrganisationId(), in.startDate());
            if (held.stream().anyMatch(a -> assignments.find(a.id).isPresent())) {
                return Outcome.UNCHANGED;
            }
        }
        assignments.createInCurrentTransaction(in);
        return Outcome.CREATED;
    }

    private Outcome enrolment(Cells r, Held known) {
        UUID sessionId = r.uuid("sessionId");
        UUID personId = personId(r, known);
        LocalDate expected = r.date("expectedGraduation");
        Education target = r.code(Education.class, "targetDegree");
        TrainingDtos.EnrolmentCreate in = new TrainingDtos.EnrolmentCreate(personId, r.date("enrolledOn"),
                target == null ? null : new TrainingDtos.DegreeStudy(target, null, expected, null, null));
        TrainingSession session = sessionId == null ? null : r.noting(() -> visibleSession(sessionId));
        r.check();
        if (session == null) {
            throw Problems.invalidField("sessionId", "NotNull", "import.value-required");
        }
        Optional<Person> person = personId == null ? Optional.empty() : people.find(personId);
        if (person.isPresent() && Enrolment.of(session, person.get()).isPresent()) {
            return Outcome.UNCHANGED;
        }
        enrolments.enrolInCurrentTransaction(session.programme.id, session.id, in);
        return Outcome.CREATED;
    }

    /** A session of a programme the caller may see; others do not exist for it. */
    private TrainingSession visibleSession(UUID id) {
        return TrainingSession.<TrainingSession>findByIdOptional(id)
                .filter(s -> trainings.find(s.programme.id).isPresent())
                .orElseThrow(() -> Problems.invalidField("sessionId", "UnknownSession", "import.unknown-session", id));
    }

    /** The person a row names by ID number (what offices keep) or by id; one the caller cannot see is unknown. */
    private UUID personId(Cells r, Held known) {
        if (!r.has("nationalId")) {
            return r.uuid("personId");
        }
        Optional<NationalIds.Parsed> number = NationalIds.parse(r.text("nationalId"));
        if (number.isEmpty()) {
            r.note(Problems.invalidField("nationalId", "NationalId", "field.national-id"));
            return null;
        }
        Optional<UUID> id = known.byNationalIdHash(pii.hash(number.get().number())).flatMap(this::visible).map(p -> p.id);
        if (id.isEmpty()) {
            r.note(Problems.invalidField("nationalId", "UnknownPerson", "import.unknown-person"));
        }
        return id.orElse(null);
    }

    /**
     * An organisation named by id, credit code, or name (within a division when that column is
     * given). {@code scoped}: only one the caller may see (a host, an employer); a sender may
     * sit anywhere, as in the API.
     */
    private UUID organisation(Cells r, String idField, String creditField, String nameField, String divisionField,
            boolean scoped) {
        if (r.has(idField)) {
            return r.uuid(idField);
        }
        if (r.has(creditField)) {
            return byCreditCode(r, creditField, scoped);
        }
        if (!r.has(nameField)) {
            return null;
        }
        String name = r.text(nameField);
        String division = r.text(divisionField);
        List<Organisation> named = division == null ? Organisation.list("name", name)
                : Organisation.list("name = ?1 and division.code = ?2", name, division);
        List<Organisation> visible = scoped ? named.stream().filter(o -> scope.covers(o.division)).toList() : named;
        if (visible.size() == 1) {
            return visible.get(0).id;
        }
        r.note(visible.isEmpty()
                ? Problems.invalidField(nameField, "UnknownOrganisation", "import.unknown-organisation-name", name)
                : Problems.invalidField(nameField, "AmbiguousOrganisation", "import.ambiguous-organisation", visible.size(), name));
        return null;
    }

    private UUID byCreditCode(Cells r, String field, boolean scoped) {
        String code = r.text(field).toUpperCase(Locale.ROOT);
        Optional<Organisation> found = Organisation.<Organisation>find("creditCode", code).firstResultOptional()
                .filter(o -> !scoped || scope.covers(o.division));
        if (found.isEmpty()) {
            r.note(Problems.invalidField(field, "UnknownOrganisation", "import.unknown-credit-code", code));
        }
        return found.map(o -> o.id).orElse(null);
    }
}
