package org.ruraltalent.organisation;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
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

import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.division.Division;

/** An organisation 单位, located in a division. */
@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public OrganisationType type;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "division_id", nullable = false)
    public Division division;

    /** Unique when given (uq_organisation_credit_code); alphabet held by ck_organisation_credit_code_format. */
    @Size(min = 18, max = 18)
    @Column(name = "credit_code", length = 18)
    public String creditCode;

    /** Only hospitals have one (ck_organisation_hospital_grade). */
    @Enumerated(EnumType.STRING)
    @Column(name = "hospital_grade", length = 16)
    public HospitalGrade hospitalGrade;

    @Column(nullable = false)
    public boolean active = true;

    public static Optional<Organisation> byId(UUID id) {
        return findByIdOptional(id);
    }

    /**
     * The organisation and its division in one statement, for the reads that go on to its division
     * (scope, an assignment's host village and level): loading the division lazily took a second
     * round trip on every assignment created.
     */
    public static Optional<Organisation> withDivision(UUID id) {
        return find("from Organisation o join fetch o.division where o.id = ?1", id).singleResultOptional();
    }

    @Override
    public String locationPath() {
        return division.path;
    }
}
