package org.ruraltalent.team;

import java.time.LocalDate;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.BatchSize;
import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.division.Division;
import org.ruraltalent.organisation.Organisation;

/** A team 团队 working in a division (its county, or the village or township it serves). */
@Entity
@Table(name = "team")
public class Team extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public TeamType type;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "division_id", nullable = false)
    public Division division;

    @Column(name = "formed_on")
    public LocalDate formedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Size(max = 1000)
    @Column(length = 1000)
    public String note;

    /** For groups: the enterprises, farms and cooperatives they are stationed at or serve. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "team_served_organisation", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @BatchSize(size = 100)
    public Set<Organisation> served = new LinkedHashSet<>();

    @Override
    public String locationPath() {
        return division.path;
    }
}
