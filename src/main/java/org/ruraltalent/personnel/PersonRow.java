package org.ruraltalent.personnel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a person's view is made from, read as one row: the person's columns, employer and home
 * beside them, categories and specialties as arrays. A page of people is one statement of these
 * (no entities to hydrate, no batch queries for the collections); a person read as an entity is
 * turned into one by {@link #of}, so {@link PersonMapper} maps a view in one place.
 */
public record PersonRow(UUID id, String name, byte[] nationalIdCipher, Gender gender, LocalDate birthDate,
        EthnicGroup ethnicGroup, byte[] mobileCipher, Education education, Degree degree, PoliticalStatus politicalStatus,
        String professionalTitle, TitleLevel titleLevel, UUID employerId, String employerName, String homeDivisionCode,
        TalentCategory[] categories, String[] specialties, PersonStatus status, LocalDate deactivatedOn,
        String deactivationReason, long version) {

    /**
     * The HQL select list that fills a row, for a query over {@code Person p}. The employer's name
     * and the home's code are subqueries, not joins: the same lookups per row, but PostgreSQL plans
     * the page (anew for every page, as its range depends on the values) in half the time. The
     * categories and specialties are the person's own copies of them (migration V18), not two
     * more subqueries a row.
     */
    static final String SELECT = "new org.ruraltalent.personnel.PersonRow(p.id, p.name, p.nationalIdCipher, p.gender,"
            + " p.birthDate, p.ethnicGroup, p.mobileCipher, p.education, p.degree, p.politicalStatus,"
            + " p.professionalTitle, p.titleLevel, p.employer.id,"
            + " (select e.name from Organisation e where e.id = p.employer.id),"
            + " (select h.code from Division h where h.id = p.homeDivision.id),"
            + " p.listedCategories, p.listedSpecialties,"
            + " p.status, p.deactivatedOn, p.deactivationReason, p.version)";

    static PersonRow of(Person p) {
        return new PersonRow(p.id, p.name, p.nationalIdCipher, p.gender, p.birthDate, p.ethnicGroup, p.mobileCipher,
                p.education, p.degree, p.politicalStatus, p.professionalTitle, p.titleLevel,
                p.employer == null ? null : p.employer.id, p.employer == null ? null : p.employer.name,
                p.homeDivision == null ? null : p.homeDivision.code,
                p.categories.toArray(TalentCategory[]::new), p.specialties.toArray(String[]::new),
                p.status, p.deactivatedOn, p.deactivationReason, p.version);
    }
}
