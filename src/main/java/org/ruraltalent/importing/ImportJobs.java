package org.ruraltalent.importing;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Uuid7;

/**
 * The {@code import_job} table with its row errors (its file is {@link ImportFiles}), written in
 * transactions of their own (progress must show while the import's own transaction is still
 * open) and outside the audit trail: a job is bookkeeping of the import, whose rows are audited
 * themselves.
 */
@ApplicationScoped
class ImportJobs {

    /** One row error: the row as numbered in the spreadsheet, the column by the file's own header, the problem. */
    @Schema(name = "ImportError")
    public record ImportError(@Schema(minimum = "1", maximum = "2147483647", example = "7") int row, @Schema(maxLength = 200, example = "身份证号") String column,
            @Schema(maxLength = 1000, example = "不是有效的公民身份号码") String message) {
    }

    @Schema(name = "ImportJob", description = "For a dry run the counts say what a commit would do.")
    public record Job(UUID id, ImportKind kind, ImportMode mode, ImportState state,
            @Schema(maxLength = 200, example = "人才名册.xlsx") String fileName,
            @Schema(example = "1200", minimum = "0", maximum = "2147483647", description = "Data rows in the file; 0 until the worker has counted them.") int rowsTotal,
            @Schema(example = "1200", minimum = "0", maximum = "2147483647", description = "Rows checked so far.") int rowsDone,
            @Schema(example = "3", minimum = "0", maximum = "2147483647", description = "Rows with at least one error.") int rowsFailed,
            @Schema(example = "1150", minimum = "0", maximum = "2147483647") int rowsCreated,
            @Schema(example = "40", minimum = "0", maximum = "2147483647", description = "People already held whose row said something new.") int rowsUpdated,
            @Schema(example = "7", minimum = "0", maximum = "2147483647", description = "Rows whose record is already held as the row says.") int rowsUnchanged,
            @Schema(example = "3", minimum = "0", maximum = "2147483647", description = "Errors found; the first 1,000 are kept, at /api/v1/import-jobs/{id}/errors.") int errorCount,
            @Schema(maxLength = 200, example = "county-hr") String caller, Instant createdAt, Instant finishedAt) {
    }

    @Inject
    EntityManager em;
    @Inject
    ImportFiles files;

    /** A queued job for a received file, which it takes as its own: the job's id is the file's. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    UUID create(ImportKind kind, ImportMode mode, String fileName, String caller, ImportFiles.Received file, String contentType) {
        UUID id = file.id();
        em.createNativeQuery("""
                insert into import_job (id, kind, mode, state, file_name, caller)
                values (:id, :kind, :mode, 'QUEUED', :file, :caller)""")
                .setParameter("id", id).setParameter("kind", kind.name()).setParameter("mode", mode.name())
                .setParameter("file", fileName).setParameter("caller", caller).executeUpdate();
        files.attach(id, contentType);
        return id;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void progress(UUID id, ImportState state, int total, int done, int failed) {
        em.createNativeQuery("""
                update import_job set state = :state, rows_total = :total, rows_done = :done, rows_failed = :failed,
                       heartbeat_at = now()
                where id = :id and state in ('QUEUED', 'RUNNING')""")
                .setParameter("state", state.name()).setParameter("total", total).setParameter("done", done)
                .setParameter("failed", failed).setParameter("id", id).executeUpdate();
    }

    /** Ends a job: its counts, its first row errors in row order, and its file is deleted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(UUID id, ImportState state, Counts counts, List<ImportError> kept, int errorCount) {
        em.createNativeQuery("""
                update import_job set state = :state, rows_total = :total, rows_done = :done, rows_failed = :failed,
                       rows_created = :created, rows_updated = :updated, rows_unchanged = :unchanged,
                       error_count = :errors, finished_at = now(), heartbeat_at = now()
                where id = :id""")
                .setParameter("state", state.name()).setParameter("total", counts.total).setParameter("done", counts.done)
                .setParameter("failed", counts.failed).setParameter("created", counts.created)
                .setParameter("updated", counts.updated).setParameter("unchanged", counts.unchanged)
                .setParameter("errors", errorCount).setParameter("id", id).executeUpdate();
        // Ids in row order, so the keyset walk of /errors reads the rows in order.
        List<UUID> ids = new ArrayList<>();
        kept.forEach(e -> ids.add(Uuid7.next()));
        ids.sort(null);
        for (int i = 0; i < kept.size(); i++) {
            ImportError e = kept.get(i);
            em.createNativeQuery("""
                    insert into import_job_error (id, job_id, row_number, column_name, message)
                    values (:id, :job, :row, :column, :message)""")
                    .setParameter("id", ids.get(i)).setParameter("job", id).setParameter("row", e.row())
                    .setParameter("column", truncate(e.column(), 200)).setParameter("message", truncate(e.message(), 1000))
                    .executeUpdate();
        }
        files.delete(id);
    }

    /** What a job has counted. */
    static final class Counts {
        int total;
        int done;
        int failed;
        int created;
        int updated;
        int unchanged;
    }

    /** Says the jobs this copy of the service holds are alive. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void heartbeat(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("update import_job set heartbeat_at = now() where id in (:ids) and state in ('QUEUED', 'RUNNING')")
                    .setParameter("ids", ids).executeUpdate();
        }
    }

    /** Fails the jobs no live worker holds (their service stopped), with {@code message} as their error; answers how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int abandon(Duration after, Collection<UUID> only, String message) {
        String which = only == null
                ? "state in ('QUEUED', 'RUNNING') and heartbeat_at < now() - make_interval(secs => :secs)"
                : "state in ('QUEUED', 'RUNNING') and id in (:ids)";
        var query = em.createNativeQuery("update import_job set state = 'FAILED', finished_at = now(), error_count = error_count + 1,"
                + " rows_created = 0, rows_updated = 0 where " + which + " returning id");
        if (only == null) {
            query.setParameter("secs", (double) after.toSeconds());
        } else if (only.isEmpty()) {
            return 0;
        } else {
            query.setParameter("ids", only);
        }
        @SuppressWarnings("unchecked")
        List<UUID> failed = query.getResultList();
        for (UUID id : failed) {
            em.createNativeQuery("""
                    insert into import_job_error (id, job_id, row_number, column_name, message)
                    values (:id, :job, 0, '', :message)""")
                    .setParameter("id", Uuid7.next()).setParameter("job", id).setParameter("message", message).executeUpdate();
            files.delete(id);
        }
        return failed.size();
    }

    Optional<Job> find(UUID id, String caller, boolean anyCaller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, kind, mode, state, file_name, rows_total, rows_done, rows_failed, rows_created, rows_updated,
                       rows_unchanged, error_count, caller, created_at, finished_at
                from import_job where id = :id and (:any or caller = :caller)""")
                .setParameter("id", id).setParameter("any", anyCaller).setParameter("caller", caller).getResultList();
        return rows.stream().findFirst().map(r -> new Job((UUID) r[0], ImportKind.valueOf((String) r[1]),
                ImportMode.valueOf((String) r[2]), ImportState.valueOf((String) r[3]), (String) r[4], n(r[5]), n(r[6]),
                n(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]), (String) r[12], instant(r[13]), instant(r[14])));
    }

    /** A page of a job's kept row errors, in row order. */
    Page<ImportError> errors(UUID job, PageRequest page) {
        UUID after = page.after();
        int limit = page.limit();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, row_number, column_name, message from import_job_error
                where job_id = :job and id > :after order by id limit :limit""")
                .setParameter("job", job).setParameter("after", after == null ? new UUID(0, 0) : after)
                .setParameter("limit", limit + 1).getResultList();
        return Page.of(rows, limit, r -> (UUID) r[0], r -> new ImportError(n(r[1]), (String) r[2], (String) r[3]));
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
