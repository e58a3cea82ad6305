package org.ruraltalent.personnel;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.BatchSize;
import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.division.Division;
import org.ruraltalent.organisation.Organisation;

/**
 * A person of the registry 人才. National ID and mobile numbers are held only encrypted, with a
 * keyed hash for exact-match lookup ({@link org.ruraltalent.common.PiiProtection}); the clear numbers never leave
 * {@link PersonMapper} unmasked without the right to see them.
 */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    @NotBlank
    @Size(max = 50)
    @Column(nullable = false, length = 50)
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethnic_group", length = 20)
    public EthnicGroup ethnicGroup;

    @NotNull
    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "national_id_cipher", nullable = false)
    public byte[] nationalIdCipher;

    /** Unique (uq_person_national_id): one ID number, one person, even when two requests race. */
    @Column(name = "national_id_hash", nullable = false)
    public byte[] nationalIdHash;

    @Column(name = "mobile_cipher")
    public byte[] mobileCipher;

    @Column(name = "mobile_hash")
    public byte[] mobileHash;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public Education education;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Degree degree;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_status", length = 30)
    public PoliticalStatus politicalStatus;

    @Size(max = 100)
    @Column(name = "professional_title", length = 100)
    public String professionalTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_level", length = 20)
    public TitleLevel titleLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    public Organisation employer;

    /** Where the person comes from; for returnees, the home their return is counted to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_division_id")
    public Division homeDivision;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_category", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "category", length = 40, nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 200)
    public Set<TalentCategory> categories = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_specialty", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "specialty", length = 100, nullable = false)
    @BatchSize(size = 200)
    public Set<String> specialties = new LinkedHashSet<>();

    /**
     * {@link #categories} and {@link #specialties} as the database copies them onto the person
     * for pages of people (triggers of migration V18): never written from here, and not
     * refreshed within the transaction that changes them, so code reads the sets and only
     * queries these.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "categories", insertable = false, updatable = false)
    TalentCategory[] listedCategories;

    @Column(name = "specialties", insertable = false, updatable = false)
    String[] listedSpecialties;

    /** ACTIVE or INACTIVE; ck_person_deactivation keeps the date set exactly when inactive. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PersonStatus status = PersonStatus.ACTIVE;

    @Column(name = "deactivated_on")
    public LocalDate deactivatedOn;

    @Size(max = 500)
    @Column(name = "deactivation_reason", length = 500)
    public String deactivationReason;

    /**
     * {@link #locationPath()} as the database keeps it for queries (triggers of migration V15 set it
     * on every write): never written from here, and not refreshed within the transaction that
     * changes the employer or home, so code reads {@link #locationPath()} and only queries this.
     */
    @Column(name = "location_path", insertable = false, updatable = false)
    String indexedLocation;

    public static Optional<Person> byId(UUID id) {
        return findByIdOptional(id);
    }

    public static Optional<Person> byNationalIdHash(byte[] hash) {
        return find("nationalIdHash", hash).firstResultOptional();
    }

    @Override
    public String locationPath() {
        return employer != null ? employer.division.path : homeDivision == null ? null : homeDivision.path;
    }
}
