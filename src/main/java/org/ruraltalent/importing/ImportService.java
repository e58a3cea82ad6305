package org.ruraltalent.importing;

import java.io.InputStream;
import java.net.URI;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.engine.spi.SessionImplementor;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruraltalent.audit.AuditRecorder;
import org.ruraltalent.common.Messages;
import org.ruraltalent.common.PageRequest;
import org.ruraltalent.common.Page;
import org.ruraltalent.common.Idempotent;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.common.Problems;
import org.ruraltalent.common.RequestIds;
import org.ruraltalent.common.Slots;
import org.ruraltalent.security.Callers;
import org.ruraltalent.security.Roles;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bulk imports as jobs. The request stores the file as it arrives (in sealed segments, in the
 * database: {@link ImportFiles}), checks its type and header, makes it a QUEUED job and answers at
 * once; a worker thread then streams the file's rows through the features' own services, in one
 * transaction, as the caller who submitted it (same roles, same division scope). A dry run then
 * rolls everything back and reports each bad row; a commit keeps the rows only if none was bad.
 * Rows whose natural key is already held change nothing, so importing a file twice changes
 * nothing the second time.
 * <p>
 * Rows go in chunks of {@value #CHUNK}: the records they name are looked up for the whole chunk,
 * their new records are written in JDBC batches when the chunk is done, with their audit entries
 * and change events (in the same transaction), and the persistence context is emptied. So memory
 * holds one segment of the file and one chunk, however large the file.
 * <p>
 * A row the database refuses is reported like any other bad row. PostgreSQL takes no further
 * statement in a transaction after refusing one, so the file is then read again in a new one
 * with savepoints, to find each refused row ({@link Pass}).
 * <p>
 * Jobs run one at a time per copy of the service, so an import never takes more than one
 * core and two database connections from the API: its own transaction's, and now and then a
 * short one to report its progress. A copy that stops leaves its jobs to be marked FAILED by
 * whichever copy next sees their heartbeat go stale; nothing of them was kept.
 */
@ApplicationScoped
public class ImportService {

    private static final int PROGRESS_EVERY = 500;
    /**
     * Rows read, checked and written together: their held records looked up in one query, their
     * new ones written in JDBC batches, then the persistence context and the audit buffer emptied.
     */
    private static final int CHUNK = 250;
    /**
     * Rows of a refused chunk written together, behind a savepoint, to find its refused rows; a
     * group refused again is written a row at a time ({@link #carefully}).
     */
    private static final int GROUP = 16;
    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** PostgreSQL's answer to a statement after an earlier one of its transaction failed. */
    private static final String IN_FAILED_TRANSACTION = "25P02";

    @Inject
    ImportJobs jobs;
    @Inject
    RowImporter rows;
    @Inject
    Callers callers;
    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    ImportConfig config;
    @Inject
    ImportFiles files;
    @Inject
    EntityManager em;
    @Inject
    ValidatorFactory validation;
    /** The audit trail, written a chunk at a time (it is the persistence unit's interceptor, hence the qualifier). */
    @Inject
    @PersistenceUnitExtension
    AuditRecorder audit;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-jobs"));
    /** Jobs this copy holds, queued or running, whose heartbeat it keeps. */
    private final Set<UUID> live = ConcurrentHashMap.newKeySet();
    private volatile UUID running;
    private Slots uploads;

    @PostConstruct
    void limitUploads() {
        uploads = new Slots("rural-talent.import.max-concurrent-uploads", config.maxConcurrentUploads(), config.uploadWait(),
                "detail.uploads-busy", "detail.uploads-queue-full");
    }

    /** The upload slots; for tests, which watch files take them. */
    Slots uploads() {
        return uploads;
    }

    /** Refuses at once what can be told before the file is read: no kind, or a type that is neither CSV nor XLSX. */
    public void check(ImportKind kind, String contentType) {
        if (kind == null) {
            throw Problems.invalidField("kind", "NotNull", "import.kind-required");
        }
        Sheet.of(InputStream::nullInputStream, contentType);
    }

    /**
     * Stores an uploaded file as it arrives, never whole (see {@link ImportFiles#receive}), in one
     * of the upload slots ({@link ImportConfig#maxConcurrentUploads()}), or refuses it with 503.
     */
    public ImportFiles.Received receive(InputStream body) {
        try (Slots.Slot slot = uploads.take()) {
            return files.receive(body);
        }
    }

    /**
     * Checks the received file's type and header, makes it a queued job, and hands the job to the
     * worker. Answers as HTTP, since what an {@code Idempotency-Key} keeps is the answer.
     */
    @Idempotent
    public RestResponse<ImportJobs.Job> submit(ImportKind kind, ImportMode mode, String fileName, String contentType,
            Locale locale, ImportFiles.Received file) {
        check(kind, contentType);
        Sheet sheet = Sheet.of(() -> files.open(file.id()), contentType);
        List<String> headers = sheet.headers();
        List<ProblemException.FieldIssue> missing = Columns.missing(kind, Columns.fieldToPosition(kind, headers));
        if (!missing.isEmpty()) {
            throw Problems.invalidFields(missing);
        }
        ImportMode chosen = mode == null ? ImportMode.DRY_RUN : mode;
        UUID id = jobs.create(kind, chosen, fileName == null ? null : fileName.strip(), callers.current(), file, sheet.type());
        SecurityIdentity identity = identities.getIdentity();
        String requestId = RequestIds.current();
        ImportJobs.Job queued = get(id);
        live.add(id);
        worker.submit(() -> runAs(identity, requestId, id, () -> run(id, kind, chosen, locale)));
        return RestResponse.ResponseBuilder.<ImportJobs.Job>create(RestResponse.Status.ACCEPTED)
                .location(URI.create("/api/v1/import-jobs/" + id)).entity(queued).build();
    }

    /** Deletes a received file unless a job took it (the request was refused, or answered from an earlier one). */
    public void release(ImportFiles.Received file) {
        files.discard(file);
    }

    public ImportJobs.Job get(UUID id) {
        return jobs.find(id, callers.current(), mayReadAll()).orElseThrow(() -> Problems.notFound("import-job", id));
    }

    public Page<ImportJobs.ImportError> errors(UUID id, PageRequest page) {
        get(id);
        return jobs.errors(id, page);
    }

    /** Admins and auditors read every job; others their own. */
    private boolean mayReadAll() {
        return callers.isAdmin() || identities.getIdentity().hasRole(Roles.AUDITOR);
    }

    /** The job's work, on the worker thread, with the submitting caller's identity (and so its scope). */
    private void runAs(SecurityIdentity identity, String requestId, UUID id, Runnable work) {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        MDC.put(RequestIds.MDC_KEY, requestId == null ? id.toString() : requestId);
        MDC.put(RequestIds.REQUEST_MDC_KEY, "IMPORT /api/v1/import-jobs/" + id);
        running = id;
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity);
            work.run();
        } finally {
            running = null;
            live.remove(id);
            MDC.remove(RequestIds.MDC_KEY);
            MDC.remove(RequestIds.REQUEST_MDC_KEY);
            requests.terminate();
        }
    }

    private void run(UUID id, ImportKind kind, ImportMode mode, Locale locale) {
        Errors errors = new Errors(config.maxErrors());
        ImportJobs.Counts counts = new ImportJobs.Counts();
        At at = new At();
        try {
            Sheet sheet = open(id);
            if (sheet == null) {
                return; // marked abandoned meanwhile
            }
            counts.total = count(sheet);
            if (counts.total > config.maxRows()) {
                errors.add(new ImportJobs.ImportError(0, "", Messages.get(locale, "import.too-many-rows", config.maxRows())));
                jobs.finish(id, ImportState.FAILED, counts, errors.kept, errors.count);
                return;
            }
            jobs.progress(id, ImportState.RUNNING, counts.total, 0, 0);
            if (!pass(id, kind, sheet, counts, errors, at, locale, mode, Pass.BATCHED)) {
                // The database refused a row of a batched chunk, and with it the pass's transaction, so nothing of the
                // file can be kept. The file is read again, the rows the database refuses found a group at a time.
                LOG.infof("Import job %s: the database refused a row of rows %d to %d; checking the file again a chunk at a time",
                        id, at.chunkFirst, at.row);
                counts.created = 0;
                counts.updated = 0;
                counts.unchanged = 0;
                counts.failed = 0;
                errors.clear();
                at.furthest = counts.done;
                counts.done = 0;
                pass(id, kind, sheet, counts, errors, at, locale, mode, Pass.CAREFUL);
                counts.done = counts.total;
            }
            if (mode == ImportMode.COMMIT && errors.count > 0) {
                counts.created = 0;
                counts.updated = 0;
            }
            jobs.finish(id, errors.count == 0 ? ImportState.SUCCEEDED : ImportState.FAILED, counts, errors.kept, errors.count);
        } catch (Sheet.Unreadable e) {
            errors.add(new ImportJobs.ImportError(e.row, "", Messages.get(locale, e.messageKey, e.args)));
            finishFailed(id, counts, errors);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s failed at row %d", id, at.row);
            errors.add(new ImportJobs.ImportError(at.row, "", Messages.get(locale, "detail.internal", String.valueOf(id))));
            finishFailed(id, counts, errors);
        }
    }

    /**
     * One pass over the file, in a transaction of its own that is kept only for a commit without
     * bad rows. False if the database refused a row of a {@link Pass#BATCHED} pass: PostgreSQL
     * then takes no further statement in that transaction.
     */
    private boolean pass(UUID id, ImportKind kind, Sheet sheet, ImportJobs.Counts counts, Errors errors, At at, Locale locale,
            ImportMode mode, Pass pass) {
        try {
            QuarkusTransaction.requiringNew().timeout((int) config.transactionTimeout().toSeconds())
                    .run(() -> importRows(id, kind, sheet, counts, errors, at, locale, mode, pass));
        } catch (RuntimeException e) {
            if (e instanceof Discard || e.getCause() instanceof Discard) {
                return true; // a dry run, or a commit with bad rows: nothing is kept
            }
            if (pass == Pass.BATCHED && refused(e)) {
                return false;
            }
            throw e;
        }
        return true;
    }

    /** How a pass writes its chunks. */
    private enum Pass {
        /**
         * Each chunk's records in JDBC batches once the chunk is read: the fast way, and the only
         * one a file the database refuses nothing of needs.
         */
        BATCHED,
        /**
         * Each chunk behind a savepoint; a chunk the database refuses is taken back to it and
         * written again in small groups, a refused group a row at a time, each row behind a
         * savepoint of its own ({@link #carefully}), so each row the database refuses is named
         * with the rule it breaks, and the rows after it are still checked. Only after a batched
         * pass was refused: each savepoint is a subtransaction to PostgreSQL, and many of them in
         * one long transaction slow every other session's snapshots (past 64, PostgreSQL looks
         * their parent up in {@code pg_subtrans}).
         */
        CAREFUL
    }

    /** The job's file, read from where it is stored as the sheet is read, or {@code null} once the job was abandoned. */
    private Sheet open(UUID id) {
        return files.contentType(id).map(type -> Sheet.of(() -> files.open(id), type)).orElse(null);
    }

    private void finishFailed(UUID id, ImportJobs.Counts counts, Errors errors) {
        counts.created = 0;
        counts.updated = 0;
        counts.failed = Math.max(counts.failed, 1);
        jobs.finish(id, ImportState.FAILED, counts, errors.kept, errors.count);
    }

    private static int count(Sheet sheet) {
        int[] n = { 0 };
        sheet.read(new Sheet.Rows() {
            @Override
            public void header(int number, List<String> cells) {
                // not a data row
            }

            @Override
            public void row(int number, List<String> cells) {
                n[0]++;
            }
        });
        return n[0];
    }

    /**
     * Every row, inside the job's transaction, a chunk at a time; throws {@link Discard} to roll
     * back a dry run or a refused commit. Only one chunk of rows, and of the records and audit
     * entries they make, is held at a time, whatever the size of the file.
     */
    private void importRows(UUID id, ImportKind kind, Sheet sheet, ImportJobs.Counts counts, Errors errors, At at,
            Locale locale, ImportMode mode, Pass pass) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        session.setJdbcBatchSize(CHUNK);
        // The planner's statistics do not count the rows this transaction writes, nor rows written since the last
        // ANALYZE: it would look a chunk's held records up by scanning whole tables, ever larger as the import goes
        // on. Every lookup of an import is by an indexed key, so it is told to use the indexes.
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        if (kind == ImportKind.PERSONNEL) {
            // A personnel row reads nothing that an earlier row of its chunk wrote (a number repeated within the
            // file is refused by `seen`, held people are looked up before the chunk writes), so its queries need
            // not flush the chunk first; the chunk is flushed, in batches, when it is done.
            session.setHibernateFlushMode(FlushMode.MANUAL);
        }
        Rows file = new Rows(kind, new SeenKeys(), new HashMap<>(), new ArrayList<>(), locale);
        List<Numbered> chunk = new ArrayList<>(CHUNK);
        try {
            sheet.read(new Sheet.Rows() {
                @Override
                public void header(int number, List<String> cells) {
                    file.headers().addAll(cells);
                    file.positions().putAll(Columns.fieldToPosition(kind, cells));
                }

                @Override
                public void row(int number, List<String> cells) {
                    Map<String, String> byField = new HashMap<>();
                    file.positions().forEach((field, position) -> byField.put(field, position < cells.size() ? cells.get(position) : ""));
                    chunk.add(new Numbered(number, new Cells(byField)));
                    if (chunk.size() == CHUNK) {
                        importChunk(id, file, chunk, counts, errors, at, pass);
                        chunk.clear();
                    }
                }
            });
            if (!chunk.isEmpty()) {
                importChunk(id, file, chunk, counts, errors, at, pass);
            }
        } finally {
            session.setHibernateFlushMode(FlushMode.AUTO);
        }
        if (mode == ImportMode.DRY_RUN || errors.count > 0) {
            throw new Discard();
        }
    }

    /** What every chunk of one file is read with: its kind, the keys seen so far, where its columns are. */
    private record Rows(ImportKind kind, SeenKeys seen, Map<String, Integer> positions, List<String> headers, Locale locale) {
    }

    /** A data row and its number in the spreadsheet. */
    private record Numbered(int number, Cells cells) {
    }

    /** The row being read, the first of its chunk, and the most rows an earlier pass had reported done. */
    private static final class At {
        int row;
        int chunkFirst;
        int furthest;
    }

    /** What a chunk's rows came to; added to the job's counts once the chunk is written. */
    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        final List<ImportJobs.ImportError> errors = new ArrayList<>();
        int failed;

        void add(Tally other) {
            created += other.created;
            updated += other.updated;
            unchanged += other.unchanged;
            failed += other.failed;
            errors.addAll(other.errors);
        }

        void addTo(ImportJobs.Counts counts, Errors all) {
            counts.created += created;
            counts.updated += updated;
            counts.unchanged += unchanged;
            counts.failed += failed;
            errors.forEach(all::add);
        }
    }

    private void importChunk(UUID id, Rows file, List<Numbered> chunk, ImportJobs.Counts counts, Errors errors, At at, Pass pass) {
        at.chunkFirst = chunk.get(0).number();
        Tally tally = new Tally();
        if (pass == Pass.BATCHED) {
            importEach(file, chunk, tally, at, false);
            tidy();
        } else {
            tally = carefully(file, chunk, at);
        }
        tally.addTo(counts, errors);
        int before = counts.done;
        counts.done += chunk.size();
        if (counts.done / PROGRESS_EVERY > before / PROGRESS_EVERY && counts.done > at.furthest) {
            jobs.progress(id, ImportState.RUNNING, counts.total, counts.done, counts.failed);
        }
    }

    /**
     * Imports a chunk's rows behind a savepoint, and writes them in batches. Should the database
     * refuse them, they are taken back to it and imported again in groups of {@value #GROUP} rows,
     * each behind a savepoint of its own, and a group refused again is written a row at a time.
     * So a refused row costs its chunk one more reading and a few rows written on their own, not a
     * write of every row on its own; and rows are written one by one only in groups that small,
     * since each write checks every record the persistence context holds.
     */
    private Tally carefully(Rows file, List<Numbered> chunk, At at) {
        Tally tally = attempt(file, chunk, at);
        if (tally != null) {
            return tally;
        }
        tally = new Tally();
        for (int first = 0; first < chunk.size(); first += GROUP) {
            List<Numbered> group = chunk.subList(first, Math.min(first + GROUP, chunk.size()));
            Tally written = attempt(file, group, at);
            if (written == null) {
                written = new Tally();
                importEach(file, group, written, at, true);
                tidy();
            }
            tally.add(written);
        }
        return tally;
    }

    /**
     * Imports rows behind a savepoint and writes them in batches: what they came to, or
     * {@code null}, the rows taken back, when the database refused them.
     */
    private Tally attempt(Rows file, List<Numbered> rows, At at) {
        Tally tally = new Tally();
        sql("savepoint import_group");
        try {
            importEach(file, rows, tally, at, false);
            tidy();
        } catch (RuntimeException e) {
            if (!refused(e)) {
                throw e;
            }
            sql("rollback to savepoint import_group");
            forgetUnwritten();
            tally = null;
        }
        sql("release savepoint import_group");
        return tally;
    }

    /**
     * Checks and imports each row of a chunk. A bad row is counted, its errors kept, and what it
     * left half-made forgotten; what the rows before it left unwritten goes with it, so they are
     * imported again ({@link #restore}), and the rest of the chunk goes on. Rows {@code oneByOne}
     * are each written at once, behind a savepoint, and a row the database refuses is taken back
     * and reported as bad with the rule it breaks.
     */
    private void importEach(Rows file, List<Numbered> chunk, Tally tally, At at, boolean oneByOne) {
        List<Cells> cells = chunk.stream().map(Numbered::cells).toList();
        RowImporter.Held held = rows.lookUp(file.kind(), cells);
        List<Numbered> good = new ArrayList<>();
        for (Numbered numbered : chunk) {
            int number = numbered.number();
            Cells row = numbered.cells();
            at.row = number;
            List<ImportJobs.ImportError> found = new ArrayList<>();
            if (oneByOne) {
                sql("savepoint import_row");
            }
            try {
                RowImporter.Key key = RowImporter.naturalKey(file.kind(), row);
                // A row read again (its chunk was refused) is no repeat of itself.
                int first = key.value() == null ? 0 : file.seen().firstRow(key, number);
                if (first != 0 && first != number) {
                    throw Problems.invalidField(key.field(), "Unique", "import.repeated", first);
                }
                RowImporter.Outcome outcome = rows.importRow(file.kind(), row, held);
                if (oneByOne) {
                    write();
                }
                switch (outcome) {
                    case CREATED -> tally.created++;
                    case UPDATED -> tally.updated++;
                    case UNCHANGED -> tally.unchanged++;
                }
            } catch (ProblemException p) {
                found.addAll(rowErrors(file, number, p));
            } catch (ConstraintViolationException v) {
                found.addAll(rowErrors(file, number, v));
            } catch (RuntimeException e) {
                ProblemException refused = oneByOne ? refusal(e) : null;
                if (refused == null) {
                    throw e;
                }
                found.addAll(rowErrors(file, number, refused));
            }
            if (!found.isEmpty()) {
                tally.failed++;
                tally.errors.addAll(found);
                if (oneByOne) {
                    sql("rollback to savepoint import_row");
                }
                forgetUnwritten();
                held = rows.lookUp(file.kind(), cells);
                if (!oneByOne) {
                    held = restore(file, good, cells, held);
                    good.clear();
                }
            } else {
                good.add(numbered);
            }
            if (oneByOne) {
                sql("release savepoint import_row");
            }
        }
    }

    /**
     * Imports again the chunk's good rows so far, after a bad row made the persistence context
     * forget what they had not yet written, so that the database still sees them when the chunk
     * is written, and refuses what it would refuse (a bad row must not hide a refused one before
     * it). What they had written is found held and left unchanged, as importing a file twice
     * changes nothing; they were counted already. Should one now fail (the bad row's half-made
     * writes can stand in its way), they are forgotten again, as before: their report is the one
     * they had. They are then written, so each is imported again at most once. Returns the held
     * records to go on with.
     */
    private RowImporter.Held restore(Rows file, List<Numbered> good, List<Cells> chunk, RowImporter.Held held) {
        for (Numbered numbered : good) {
            try {
                rows.importRow(file.kind(), numbered.cells(), held);
            } catch (ProblemException | ConstraintViolationException e) {
                forgetUnwritten();
                return rows.lookUp(file.kind(), chunk);
            }
        }
        // Written now, so that a later bad row of the chunk cannot make them forgotten again.
        write();
        return held;
    }

    /**
     * Writes the chunk's records in batches, and their audit entries and change events, then
     * empties the persistence context, so neither grows with the file and later chunks are not
     * checked against every earlier record.
     */
    private void tidy() {
        write();
        em.unwrap(SessionImplementor.class).clear();
    }

    /** Writes what the persistence context holds, and its audit entries and change events. */
    private void write() {
        em.unwrap(SessionImplementor.class).flush();
        audit.writePending();
    }

    /** Drops what the persistence context and the audit buffer hold unwritten: rows refused, or taken back to a savepoint. */
    private void forgetUnwritten() {
        audit.discardPending();
        em.unwrap(SessionImplementor.class).clear();
    }

    /**
     * Why the database refused what a row wrote (a rule it holds, a value it cannot store), or
     * that a record the row changes was changed meanwhile by another request, whose change the
     * row's would have overwritten unseen; {@code null} for any other failure.
     */
    private static ProblemException refusal(Throwable e) {
        ProblemException refused = Problems.refusedByDatabase(e);
        if (refused != null) {
            return refused;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return new ProblemException(ProblemType.PRECONDITION_FAILED, "import.changed-meanwhile");
            }
        }
        return null;
    }

    /**
     * Whether a write failed for a row that a pass a chunk at a time can find and report: the
     * database refused a statement of the transaction, which then takes no other until rolled
     * back, for what a row sent ({@link #refusal}) or, after a feature turned such a refusal into
     * its own answer (a racing request's win, say), for anything at all; or a record a row
     * changes was changed meanwhile.
     */
    private static boolean refused(Throwable e) {
        if (refusal(e) != null) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && IN_FAILED_TRANSACTION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Runs a statement Hibernate has no call for (savepoints) on the transaction's connection, flushing nothing. */
    private void sql(String statement) {
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            }
        });
    }

    /** Rolls the import's transaction back on purpose. */
    private static final class Discard extends RuntimeException {
        Discard() {
            super(null, null, false, false);
        }
    }

    /** All errors counted; the first ones kept. */
    private static final class Errors {
        final int max;
        final List<ImportJobs.ImportError> kept = new ArrayList<>();
        int count;

        Errors(int max) {
            this.max = max;
        }

        /** Forgets every error, for a pass that checks the file again from its first row. */
        void clear() {
            kept.clear();
            count = 0;
        }

        void add(ImportJobs.ImportError error) {
            count++;
            if (kept.size() < max) {
                kept.add(error);
            }
        }
    }

    private static List<ImportJobs.ImportError> rowErrors(Rows file, int row, ProblemException p) {
        if (p.issues.isEmpty()) {
            // A conflict's message points at the record it names; an error row has no field for it, so it says it.
            Object conflicting = p.extensions.get("conflictingId");
            return List.of(new ImportJobs.ImportError(row, "", Messages.get(file.locale(), p.detailKey, p.args)
                    + (conflicting == null ? "" : " conflictingId: " + conflicting)));
        }
        return p.issues.stream().map(i -> new ImportJobs.ImportError(row,
                Columns.header(file.kind(), i.field(), file.positions(), file.headers()),
                Messages.get(file.locale(), i.messageKey(), i.args()))).toList();
    }

    /** Bean-validation messages again in the submitter's language (the worker has no request to take it from). */
    private List<ImportJobs.ImportError> rowErrors(Rows file, int row, ConstraintViolationException v) {
        MessageInterpolator interpolator = validation.getMessageInterpolator();
        List<ImportJobs.ImportError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : v.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            // create.in.name or enrolInCurrentTransaction.in.degree.targetDegree: the field after the parameter
            String[] parts = path.split("\\.");
            String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                    : parts[parts.length - 1];
            String message = interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("not supported: " + type);
                }
            }, file.locale());
            errors.add(new ImportJobs.ImportError(row, Columns.header(file.kind(), field, file.positions(), file.headers()), message));
        }
        errors.sort(java.util.Comparator.comparing(ImportJobs.ImportError::column));
        return errors;
    }

    /** Keeps this copy's jobs alive, and fails those of copies that stopped. */
    @Scheduled(every = "60s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        jobs.heartbeat(Set.copyOf(live));
        int unowned = files.sweep();
        if (unowned > 0) {
            LOG.warnf("Deleted %d segments of uploads that no job took (their service stopped mid-upload)", unowned);
        }
        int abandoned = jobs.abandon(config.abandonedAfter(), null, abandoned());
        if (abandoned > 0) {
            LOG.warnf("Marked %d import jobs FAILED: their service stopped before they finished", abandoned);
        }
    }

    /** Jobs not yet started fail at once; a running one is rolled back and left to the heartbeat of another copy. */
    @PreDestroy
    void stop() {
        worker.shutdownNow();
        Set<UUID> queued = new java.util.HashSet<>(live);
        if (running != null) {
            queued.remove(running);
        }
        if (queued.isEmpty()) {
            return;
        }
        try {
            jobs.abandon(null, queued, abandoned());
        } catch (RuntimeException e) {
            LOG.warnf("%d queued import jobs are left to be marked FAILED by another copy: %s", queued.size(), e.getMessage());
        }
    }

    private static String abandoned() {
        return Messages.get(Messages.CHINESE, "import.abandoned") + " / " + Messages.get(Messages.ENGLISH, "import.abandoned");
    }
}
