package org.ruraltalent.partnership;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.division.Division;
import org.ruraltalent.organisation.Organisation;

/**
 * A partnership 校地合作 between a partner organisation (a university, say) and a local one, with
 * the experts the partner provides. Located where the local organisation is
 * (fk_partnership_local_division); the partner may be anywhere.
 */
@Entity
@Table(name = "partnership")
public class Partnership extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_organisation_id", nullable = false)
    public Organisation partner;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "local_organisation_id", nullable = false)
    public Organisation local;

    /** The local organisation's division; fk_partnership_local_division keeps it equal, also when it moves. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "division_id", nullable = false)
    public Division division;

    @NotNull
    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    /** Not before the start (ck_partnership_dates). */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Size(max = 1000)
    @Column(length = 1000)
    public String note;

    @Override
    public String locationPath() {
        return division.path;
    }
}
