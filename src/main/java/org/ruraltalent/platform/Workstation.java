package org.ruraltalent.platform;

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
import jakarta.validation.constraints.Size;

import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.division.Division;
import org.ruraltalent.organisation.Organisation;

/** A talent workstation 人才工作站, incubator or talent home, hosted by an organisation in a division. */
@Entity
@Table(name = "workstation")
public class Workstation extends VersionedEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public WorkstationKind kind;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_organisation_id", nullable = false)
    public Organisation host;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "division_id", nullable = false)
    public Division division;

    @NotNull
    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    /** Not before the opening (ck_workstation_dates). */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Size(max = 1000)
    @Column(length = 1000)
    public String note;

    @Override
    public String locationPath() {
        return division.path;
    }
}
