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

    Outcome importRow(ImportKind kind, Map<String, String> row) {
        return switch (kind) {
            case DIVISIONS -> division(row);
            case ORGANISATIONS -> organisation(row);
            case PERSONNEL -> person(row);
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

    /** The employer by its id, or by its credit code (what offices keep in spreadsheets). */
    private UUID employer(Map<String, String> r) {
        String id = text(r, "employerId");
        if (id != null) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw Problems.invalidField("employerId", "Uuid", "field.uuid");
            }
        }
        String credit = text(r, "employerCreditCode");
        if (credit == null) {
            return null;
        }
        return Organisation.<Organisation>find("creditCode", credit).firstResultOptional().map(o -> o.id)
                .orElseThrow(() -> Problems.invalidField("employerCreditCode", "UnknownOrganisation", "import.unknown-credit-code", credit));
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
