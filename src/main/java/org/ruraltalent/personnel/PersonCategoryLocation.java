package org.ruraltalent.personnel;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A row of {@code person_category} as list queries read it: one of a person's categories with
 * the person's location beside it (kept by the triggers of migration V15), so the people of a
 * division in a category are one index range. Written only through {@link Person#categories}.
 */
@Entity
@Immutable
@Table(name = "person_category")
class PersonCategoryLocation {

    @EmbeddedId
    Key key;

    @Column(name = "location_path", insertable = false, updatable = false)
    String location;

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "person_id")
        UUID personId;

        @Enumerated(EnumType.STRING)
        @Column(name = "category")
        TalentCategory category;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(personId, k.personId) && category == k.category;
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, category);
        }
    }
}
