package org.ruraltalent.importing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code import_job} table, written in transactions of its own (progress must show while the
 * import's own transaction is still open) and outside the audit trail: a job is bookkeeping of
 * the import, whose rows are audited themselves.
 */
@ApplicationScoped
class ImportJobs {

    /** At most this many row errors are kept per job. */
    static final int MAX_ERRORS = 1000;

    @Schema(name = "ImportError")
    public record RowError(@Schema(example = "7") int row, @Schema(example = "身份证号") String column,
            @Schema(example = "不是有效的公民身份号码") String message) {
    }

    @Schema(name = "ImportJob")
    public record Job(UUID id, ImportKind kind, ImportMode mode, ImportState state, String fileName, int rowsTotal,
            int rowsDone, int rowsFailed, int rowsCreated, int rowsUnchanged,
            @Schema(description = "The first 1,000 row errors; all of them were counted in rowsFailed.") List<RowError> errors,
            String caller, Instant createdAt, Instant finishedAt) {
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    UUID create(ImportKind kind, ImportMode mode, String fileName, int rows, String caller) {
        UUID id = org.ruraltalent.common.Uuid7.next();
        em.createNativeQuery("""
                insert into import_job (id, kind, mode, state, file_name, rows_total, caller)
                values (:id, :kind, :mode, 'QUEUED', :file, :rows, :caller)""")
                .setParameter("id", id).setParameter("kind", kind.name()).setParameter("mode", mode.name())
                .setParameter("file", fileName).setParameter("rows", rows).setParameter("caller", caller).executeUpdate();
        return id;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void progress(UUID id, ImportState state, int done, int failed) {
        em.createNativeQuery("update import_job set state = :state, rows_done = :done, rows_failed = :failed where id = :id")
                .setParameter("state", state.name()).setParameter("done", done).setParameter("failed", failed)
                .setParameter("id", id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(UUID id, ImportState state, int done, int failed, int created, int unchanged, List<RowError> errors) {
        try {
            em.createNativeQuery("""
                    update import_job set state = :state, rows_done = :done, rows_failed = :failed, rows_created = :created,
                           rows_unchanged = :unchanged, errors = cast(:errors as jsonb), finished_at = now()
                    where id = :id""")
                    .setParameter("state", state.name()).setParameter("done", done).setParameter("failed", failed)
                    .setParameter("created", created).setParameter("unchanged", unchanged)
                    .setParameter("errors", json.writeValueAsString(errors.subList(0, Math.min(errors.size(), MAX_ERRORS))))
                    .setParameter("id", id).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Job> find(UUID id, String caller, boolean anyCaller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, kind, mode, state, file_name, rows_total, rows_done, rows_failed, rows_created, rows_unchanged,
                       cast(errors as text), caller, created_at, finished_at
                from import_job where id = :id and (:any or caller = :caller)""")
                .setParameter("id", id).setParameter("any", anyCaller).setParameter("caller", caller).getResultList();
        return rows.stream().findFirst().map(this::job);
    }

    private Job job(Object[] r) {
        try {
            return new Job((UUID) r[0], ImportKind.valueOf((String) r[1]), ImportMode.valueOf((String) r[2]),
                    ImportState.valueOf((String) r[3]), (String) r[4], n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]),
                    json.readValue((String) r[10], new TypeReference<List<RowError>>() {
                    }), (String) r[11], instant(r[12]), instant(r[13]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
