package org.ruraltalent.project;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.BatchSize;
import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.division.Division;
import org.ruraltalent.industry.Industry;
import org.ruraltalent.organisation.Organisation;
import org.ruraltalent.personnel.Person;

/**
 * A talent project 人才项目 around an industry, led by an organisation, funded in yuan. The amount
 * is an exact decimal everywhere: numeric(14,2) in the database, BigDecimal here, a string in
 * JSON. The project is located where its lead organisation is (fk_talent_project_lead_division).
 */
@Entity
@Table(name = "talent_project")
public class TalentProject extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String title;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "industry_id", nullable = false)
    public Industry industry;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_organisation_id", nullable = false)
    public Organisation lead;

    /** The lead organisation's division; fk_talent_project_lead_division keeps it equal, also when the lead moves. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "division_id", nullable = false)
    public Division division;

    /** ck_talent_project_funding_amount keeps it at zero or more. */
    @NotNull
    @PositiveOrZero
    @Digits(integer = 12, fraction = 2)
    @Column(name = "funding_amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal fundingAmount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "funding_level", nullable = false, length = 16)
    public FundingLevel fundingLevel;

    @Column(nullable = false)
    public int year;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProjectStatus status = ProjectStatus.PROPOSED;

    @Size(max = 1000)
    @Column(length = 1000)
    public String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "talent_project_person", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @BatchSize(size = 100)
    public Set<Person> people = new LinkedHashSet<>();

    @Override
    public String locationPath() {
        return division.path;
    }
}
