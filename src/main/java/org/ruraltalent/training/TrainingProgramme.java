package org.ruraltalent.training;

import java.util.LinkedHashSet;
import java.util.Set;

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
import org.ruraltalent.personnel.TalentCategory;

/** A training programme 培训项目, organised for a division (which decides who may see it). */
@Entity
@Table(name = "training_programme")
public class TrainingProgramme extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProgrammeType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_organisation_id")
    public Organisation provider;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "division_id", nullable = false)
    public Division division;

    @Size(max = 200)
    @Column(length = 200)
    public String subject;

    @Column(nullable = false)
    public int year;

    @Size(max = 1000)
    @Column(length = 1000)
    public String note;

    /** For expert lectures: the partnership (a university, say) that provides them (ck_programme_partnership). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partnership_id")
    public org.ruraltalent.partnership.Partnership partnership;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_programme_category", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "category", length = 40, nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<TalentCategory> targetCategories = new LinkedHashSet<>();

    @Override
    public String locationPath() {
        return division.path;
    }
}
