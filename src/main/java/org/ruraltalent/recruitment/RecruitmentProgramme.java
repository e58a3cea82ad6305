package org.ruraltalent.recruitment;

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
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.division.Division;

/**
 * A recruitment programme 招募计划 of one year, with a quota, run for a division (the city, a
 * county). {@code placedCount} belongs to the database: trg_placement_counts keeps it equal to
 * the PLACED placements and ck_recruitment_programme_quota keeps it within the quota, also when
 * placements race; Hibernate never writes it.
 */
@Entity
@Table(name = "recruitment_programme")
public class RecruitmentProgramme extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ProgrammeKind kind;

    @Column(nullable = false)
    public int year;

    @Positive
    @Column(nullable = false)
    public int quota;

    @Column(name = "placed_count", insertable = false, updatable = false)
    public int placedCount;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "division_id", nullable = false)
    public Division division;

    @Size(max = 1000)
    @Column(length = 1000)
    public String note;

    @Override
    public String locationPath() {
        return division.path;
    }
}
