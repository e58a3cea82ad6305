package org.ruraltalent.industry;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ruraltalent.common.VersionedEntity;

/**
 * An industry 产业 of the city's reference list (Guyuan's "5+4" industries are rows, not code).
 * The code is unique (uq_industry_code) and never changes once given.
 */
@Entity
@Table(name = "industry")
public class Industry extends VersionedEntity {

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false, length = 40, updatable = false)
    public String code;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name_zh", nullable = false, length = 100)
    public String nameZh;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    public static Optional<Industry> byCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
