package org.ruraltalent.common;

import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.Panache;

/** Row locks for changes that must not interleave, and version bumps for changes made to a record's parts. */
public final class Locks {

    private Locks() {
    }

    /**
     * The record, locked for the rest of the transaction, if the caller may see it and
     * {@code ifMatch} names its current version; otherwise 404, 428 or 412.
     */
    public static <E extends VersionedEntity> E forChange(Class<E> type, UUID id, String ifMatch, Predicate<E> visible,
            String resource) {
        E entity = Panache.getEntityManager(type).find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null || !visible.test(entity)) {
            throw Problems.notFound(resource, id);
        }
        Etags.require(ifMatch, entity);
        return entity;
    }

    /** A change to a record's parts (members, residents, experts) moves the record's version, and so its ETag, on. */
    public static void touch(VersionedEntity entity) {
        Panache.getEntityManager(entity.getClass()).lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
