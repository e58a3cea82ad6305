package org.ruraltalent.division;

import java.util.Optional;

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

import org.hibernate.annotations.NaturalId;
import org.ruraltalent.common.VersionedEntity;

/**
 * A division of the geography 行政区划. {@code path} lists the codes from the root down, so
 * "at or below this division" is one prefix match on an index (see {@link #pathPrefix()}).
 */
@Entity
@Table(name = "division")
public class Division extends VersionedEntity {

    /**
     * Unique (uq_division_code); format per level held by ck_division_code_format. Never changes,
     * so it is the natural id: looked up by code, a division already loaded is not queried again.
     */
    @NaturalId
    @NotBlank
    @Size(max = 12)
    @Column(nullable = false, length = 12)
    public String code;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DivisionLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Division parent;

    @Column(nullable = false, length = 120)
    public String path;

    /** What every division at or below this one has as the start of its {@code path}. */
    public String pathPrefix() {
        return path;
    }

    public boolean contains(Division other) {
        return other != null && other.path.startsWith(path);
    }

    /** By its code; within one transaction (an import naming the same division on every row) it is read once. */
    public static Optional<Division> byCode(String code) {
        return getSession().bySimpleNaturalId(Division.class).loadOptional(code);
    }

    @Override
    public String locationPath() {
        return path;
    }
}
