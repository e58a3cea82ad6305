package org.ruraltalent.common;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every record of the system has: a time-ordered UUID assigned before it is saved (so
 * {@code equals} and {@code hashCode} are safe from the start), a version for optimistic
 * locking that the API shows as the {@code ETag}, and when it was created and last changed.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    public UUID id = Uuid7.next();

    /** Backs {@code ETag}/{@code If-Match}; Hibernate checks it on every update. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /**
     * The division path the record lies in, for readers limited to a division (the change feed);
     * {@code null} for records only city-wide callers follow.
     */
    public String locationPath() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other != null && getClass() == other.getClass() && id.equals(((VersionedEntity) other).id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
