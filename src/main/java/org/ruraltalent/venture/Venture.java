package org.ruraltalent.venture;

import java.time.LocalDate;

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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.division.Division;
import org.ruraltalent.personnel.Person;

/** What a returnee founded 返乡创业: a picking garden, a farm, a biotech firm, located in a division. */
@Entity
@Table(name = "venture")
public class Venture extends VersionedEntity {

    /** A person of category RETURNEE; their home division is on the person. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "founder_id", nullable = false)
    public Person founder;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public VentureKind kind;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "division_id", nullable = false)
    public Division division;

    @NotNull
    @Column(name = "founded_on", nullable = false)
    public LocalDate foundedOn;

    /** ck_venture_people_employed keeps it at zero or more. */
    @PositiveOrZero
    @Column(name = "people_employed", nullable = false)
    public int peopleEmployed;

    @Size(max = 1000)
    @Column(length = 1000)
    public String note;

    @Override
    public String locationPath() {
        return division.path;
    }
}
