package org.ruraltalent.common;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * The {@code idempotency_key} table: one row per caller and key, claimed before the create runs
 * and completed with the answer in the create's own transaction. The primary key
 * {@code (caller, key)} is what makes two racing claims end with one winner.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** How long a claim may stay in flight before a retry may take it over (a crashed copy). */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** How long an answer is kept for replay. */
    static final Duration RETENTION = Duration.ofHours(24);

    public enum Outcome { NEW, REPLAY, OTHER_REQUEST, IN_FLIGHT }

    public record Answer(int status, String location, String etag, String body) {
    }

    public record Claim(Outcome outcome, Answer answer) {
    }

    @Inject
    EntityManager em;
    /** A stored answer may carry personal data (a pii-reader's create): it is kept encrypted like the data itself. */
    @Inject
    PiiProtection protection;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String caller, String key, String fingerprint, String path) {
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (caller, key, fingerprint, path, state, created_at)
                values (:caller, :key, :fingerprint, :path, 'IN_FLIGHT', now())
                on conflict do nothing""")
                .setParameter("caller", caller).setParameter("key", key)
                .setParameter("fingerprint", fingerprint).setParameter("path", path)
                .executeUpdate();
        if (inserted == 1) {
            return new Claim(Outcome.NEW, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select fingerprint, state, response_status, response_location, response_etag, response_body,
                       created_at < now() - make_interval(secs => :lease) as abandoned
                from idempotency_key where caller = :caller and key = :key for update""")
                .setParameter("caller", caller).setParameter("key", key)
                .setParameter("lease", (double) LEASE.toSeconds())
                .getResultList();
        if (rows.isEmpty()) {
            return claim(caller, key, fingerprint, path);
        }
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            return new Claim(Outcome.OTHER_REQUEST, null);
        }
        if ("COMPLETED".equals(row[1])) {
            return new Claim(Outcome.REPLAY, new Answer(((Number) row[2]).intValue(), (String) row[3], (String) row[4],
                    protection.decrypt((byte[]) row[5])));
        }
        if (Boolean.TRUE.equals(row[6])) {
            em.createNativeQuery("update idempotency_key set created_at = now() where caller = :caller and key = :key")
                    .setParameter("caller", caller).setParameter("key", key).executeUpdate();
            return new Claim(Outcome.NEW, null);
        }
        return new Claim(Outcome.IN_FLIGHT, null);
    }

    /** Runs inside the create's transaction, so the answer commits with the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String caller, String key, Answer answer) {
        em.createNativeQuery("""
                update idempotency_key set state = 'COMPLETED', response_status = :status,
                       response_location = :location, response_etag = :etag, response_body = cast(:body as bytea),
                       completed_at = now()
                where caller = :caller and key = :key""")
                .setParameter("status", answer.status()).setParameter("location", answer.location())
                .setParameter("etag", answer.etag())
                .setParameter("body", protection.encrypt(answer.body()))
                .setParameter("caller", caller).setParameter("key", key)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String caller, String key) {
        em.createNativeQuery("delete from idempotency_key where caller = :caller and key = :key and state = 'IN_FLIGHT'")
                .setParameter("caller", caller).setParameter("key", key).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void purgeExpired() {
        em.createNativeQuery("delete from idempotency_key where created_at < now() - make_interval(secs => :retention)")
                .setParameter("retention", (double) RETENTION.toSeconds()).executeUpdate();
    }
}
