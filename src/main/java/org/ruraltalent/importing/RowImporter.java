package org.ruraltalent.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.ruraltalent.common.Labelled;
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
import org.ruraltalent.training.Enrolment;
import org.ruraltalent.training.EnrolmentService;
import org.ruraltalent.training.TrainingDtos;
import org.ruraltalent.training.TrainingSession;

/**
 * Turns one row into the feature's own create request and hands it to the feature's service, so
 * an import obeys exactly the rules of the API. A row whose natural key (division code, credit
 * code or name within a division, national ID number) is already held is left as it is.
 */
@ApplicationScoped
class RowImporter {

    enum Outcome { CREATED, UNCHANGED }

    @Inject
    DivisionService divisions;
    @Inject
    OrganisationService organisations;
    @Inject
    PersonService people;
    @Inject
    PiiProtection pii;
    @Inject
    AssignmentService assignments;
    @Inject
    EnrolmentService enrolments;

    Outcome importRow(ImportKind kind, Map<String, String> row) {
        return switch (kind) {
            case DIVISIONS -> division(row);
            case ORGANISATIONS -> organisation(row);
            case PERSONNEL -> person(row);
            case ASSIGNMENTS -> assignment(row);
            case ENROLMENTS -> enrolment(row);
        };
    }

    /** The row's natural key and the field it is read from, to find a record repeated within one file. */
    record Key(String field, String value) {
    }

    static Key naturalKey(ImportKind kind, Map<String, String> r) {
        return switch (kind) {
            case DIVISIONS -> new Key("code", text(r, "code"));
            case ORGANISATIONS -> text(r, "creditCode") != null ? new Key("creditCode", text(r, "creditCode"))
                    : new Key("name", text(r, "name") + "@" + text(r, "divisionCode"));
            case PERSONNEL -> new Key("nationalId", text(r, "nationalId") == null ? null
                    : text(r, "nationalId").toUpperCase(java.util.Locale.ROOT));
            case ASSIGNMENTS -> new Key("personNationalId", String.join("|", String.valueOf(text(r, "personNationalId")),
                    String.valueOf(text(r, "role")), String.valueOf(text(r, "hostCreditCode")),
                    String.valueOf(text(r, "hostOrganisationId")), String.valueOf(text(r, "startDate"))));
            case ENROLMENTS -> new Key("personNationalId", text(r, "sessionId") + "|" + text(r, "personNationalId"));
        };
    }

    private Outcome division(Map<String, String> r) {
        String code = text(r, "code");
        if (code != null && Division.byCode(code).isPresent()) {
            return Outcome.UNCHANGED;
        }
        divisions.createInCurrentTransaction(new DivisionDtos.DivisionCreate(code, text(r, "name"),
                code(DivisionLevel.class, r, "level"), text(r, "parentCode")));
        return Outcome.CREATED;
    }

    private Outcome organisation(Map<String, String> r) {
        String creditCode = text(r, "creditCode");
        String name = text(r, "name");
        String divisionCode = text(r, "divisionCode");
        boolean held = creditCode != null
                ? Organisation.count("creditCode", creditCode) > 0
                : name != null && divisionCode != null && Organisation.count("name = ?1 and division.code = ?2", name, divisionCode) > 0;
        if (held) {
            return Outcome.UNCHANGED;
        }
        organisations.createInCurrentTransaction(new OrganisationDtos.OrganisationCreate(name,
                code(OrganisationType.class, r, "type"), divisionCode, creditCode, code(HospitalGrade.class, r, "hospitalGrade")));
        return Outcome.CREATED;
    }

    private Outcome person(Map<String, String> r) {
        String nationalId = text(r, "nationalId");
        if (nationalId != null) {
            var parsed = NationalIds.parse(nationalId);
            if (parsed.isPresent() && Person.byNationalIdHash(pii.hash(parsed.get().number())).isPresent()) {
                return Outcome.UNCHANGED;
            }
        }
        people.createInCurrentTransaction(new PersonDtos.PersonCreate(text(r, "name"), nationalId,
                code(Gender.class, r, "gender"), date(r, "birthDate"), code(EthnicGroup.class, r, "ethnicGroup"),
                text(r, "mobile"), code(Education.class, r, "education"), code(Degree.class, r, "degree"),
                code(PoliticalStatus.class, r, "politicalStatus"), text(r, "professionalTitle"),
                code(TitleLevel.class, r, "titleLevel"), employer(r), text(r, "homeDivisionCode"),
                codes(TalentCategory.class, r, "categories"),
                list(r, "specialties") == null ? null : new LinkedHashSet<>(list(r, "specialties"))));
        return Outcome.CREATED;
    }

    /** An assignment; the same person, role, host and start date already held is left as it is. */
    private Outcome assignment(Map<String, String> r) {
        Person person = personByNationalId(r, "personNationalId");
        UUID host = organisation(r, "hostOrganisationId", "hostCreditCode");
        AssignmentRole role = code(AssignmentRole.class, r, "role");
        LocalDate start = date(r, "startDate");
        if (person != null && host != null && role != null && start != null
                && Assignment.count("person = ?1 and role = ?2 and host.id = ?3 and startDate = ?4", person, role, host, start) > 0) {
            return Outcome.UNCHANGED;
        }
        assignments.createInCurrentTransaction(new AssignmentDtos.AssignmentCreate(person == null ? null : person.id, role, host,
                organisation(r, "sendingOrganisationId", "sendingCreditCode"), code(SendingLevel.class, r, "sendingLevel"),
                year(r, "batchYear"), null, start, date(r, "plannedEndDate"), code(AssignmentStatus.class, r, "status"), null));
        return Outcome.CREATED;
    }

    /** An enrolment in a session named by its id; one already held for the person is left as it is. */
    private Outcome enrolment(Map<String, String> r) {
        String sessionText = text(r, "sessionId");
        TrainingSession session;
        try {
            session = sessionText == null ? null : TrainingSession.findById(UUID.fromString(sessionText));
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("sessionId", "Uuid", "field.uuid");
        }
        if (session == null) {
            throw Problems.invalidField("sessionId", "UnknownSession", "import.unknown-session", sessionText);
        }
        Person person = personByNationalId(r, "personNationalId");
        if (person != null && Enrolment.of(session, person).isPresent()) {
            return Outcome.UNCHANGED;
        }
        enrolments.enrolInCurrentTransaction(session.programme.id, session.id,
                new TrainingDtos.EnrolmentCreate(person == null ? null : person.id, date(r, "enrolledOn"), null));
        return Outcome.CREATED;
    }

    /** A person named by national ID number, as the caller may see them. */
    private Person personByNationalId(Map<String, String> r, String field) {
        String number = text(r, field);
        if (number == null) {
            return null;
        }
        var parsed = NationalIds.parse(number)
                .orElseThrow(() -> Problems.invalidField(field, "NationalId", "field.national-id"));
        Person held = Person.byNationalIdHash(pii.hash(parsed.number()))
                .orElseThrow(() -> Problems.invalidField(field, "UnknownPerson", "import.unknown-person"));
        people.referenced(field, held.id);
        return held;
    }

    /** An organisation named by its id or its credit code. */
    private UUID organisation(Map<String, String> r, String idField, String creditField) {
        String id = text(r, idField);
        if (id != null) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw Problems.invalidField(idField, "Uuid", "field.uuid");
            }
        }
        String credit = text(r, creditField);
        if (credit == null) {
            return null;
        }
        return Organisation.<Organisation>find("creditCode", credit).firstResultOptional().map(o -> o.id)
                .orElseThrow(() -> Problems.invalidField(creditField, "UnknownOrganisation", "import.unknown-credit-code", credit));
    }

    private static Integer year(Map<String, String> r, String field) {
        String value = text(r, field);
        return value == null ? null : org.ruraltalent.common.QueryParams.year(field, value);
    }

    /** The employer by its id, or by its credit code (what offices keep in spreadsheets). */
    private UUID employer(Map<String, String> r) {
        return organisation(r, "employerId", "employerCreditCode");
    }

    private static String text(Map<String, String> r, String field) {
        String value = r.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(Map<String, String> r, String field) {
        String value = text(r, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(field, "Date", "field.date");
        }
    }

    /** A code (CADRE) or its Chinese label (干部), as offices write it. */
    static <E extends Enum<E> & Labelled> E code(Class<E> type, Map<String, String> r, String field) {
        String value = text(r, field);
        return value == null ? null : parse(type, field, value);
    }

    private static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip()) || e.zh().equals(value.strip())) {
                return e;
            }
        }
        throw Problems.invalidField(field, "UnknownCode", "field.unknown-code", value,
                String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> e.name() + " " + e.zh()).toList()));
    }

    private static <E extends Enum<E> & Labelled> Set<E> codes(Class<E> type, Map<String, String> r, String field) {
        List<String> values = list(r, field);
        if (values == null) {
            return null;
        }
        Set<E> codes = new LinkedHashSet<>();
        for (String v : values) {
            codes.add(parse(type, field, v));
        }
        return codes;
    }

    /** Several values in one cell, separated by ; , 、 or ；. */
    private static List<String> list(Map<String, String> r, String field) {
        String value = text(r, field);
        if (value == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String part : value.split("[;,、；，]")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }
}
