package org.ruraltalent.common;

import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.Panache;

/** Row locks for changes that must not interleave, and version bumps for changes made to a record's parts. */
public final class Locks {

    private Locks() {
    }

    /**
     * The record, locked for the rest of the transaction, if the caller may see it and
     * {@code ifMatch} names its current version; otherwise 404, 428 or 412. The associations named
     * in {@code fetched} are read together in one more statement; only the record's own row is locked.
     */
    public static <E extends VersionedEntity> E forChange(Class<E> type, UUID id, String ifMatch, Predicate<E> visible,
            String resource, String... fetched) {
        EntityManager em = Panache.getEntityManager(type);
        E entity = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity != null && fetched.length > 0) {
            // Locked first, then read with its associations: one statement for them all instead of
            // one each, and the record's state is the one read under the lock.
            StringBuilder hql = new StringBuilder("select e from ").append(type.getSimpleName()).append(" e");
            for (String association : fetched) {
                hql.append(" left join fetch e.").append(association);
            }
            em.createQuery(hql.append(" where e.id = :id").toString(), type).setParameter("id", id).getResultList();
        }
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
