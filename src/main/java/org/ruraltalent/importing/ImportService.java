package org.ruraltalent.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.jboss.logging.Logger;
import org.ruraltalent.common.Messages;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.Problems;
import org.ruraltalent.security.Callers;
import org.ruraltalent.security.Roles;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bulk imports as jobs. A job reads every row through the feature's own service, in one
 * transaction, as the caller who submitted it (same roles, same division scope): a dry run then
 * rolls everything back and reports each bad row; a commit keeps the rows only if none was bad.
 * Rows whose natural key is already held are left unchanged, so importing a file twice changes
 * nothing. Jobs run one at a time on a worker of their own, not on a request thread.
 */
@ApplicationScoped
public class ImportService {

    /** The most rows one file may hold. */
    static final int MAX_ROWS = 200_000;
    private static final int PROGRESS_EVERY = 200;
    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    ImportJobs jobs;
    @Inject
    RowImporter rows;
    @Inject
    Callers callers;
    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    jakarta.persistence.EntityManager em;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-jobs"));

    /** Accepts a file and queues its job; answers the job as it stands. */
    public ImportJobs.Job submit(ImportKind kind, ImportMode mode, String fileName, byte[] body, String contentType,
            Locale locale) {
        if (kind == null) {
            throw Problems.invalidField("kind", "NotNull", "import.kind-required");
        }
        Sheet sheet = Sheet.read(body, contentType);
        Map<String, String> fieldToHeader = Columns.fieldToHeader(kind, sheet.headers());
        List<ProblemException.FieldIssue> missing = new ArrayList<>();
        for (Columns.Column column : Columns.BY_KIND.get(kind)) {
            if (column.required() && !fieldToHeader.containsKey(column.field())) {
                missing.add(new ProblemException.FieldIssue("body", "MissingColumn", "import.missing-column", column.headers().get(0)));
            }
        }
        if (!missing.isEmpty()) {
            throw Problems.invalidFields(missing);
        }
        if (sheet.lines().size() > MAX_ROWS) {
            throw Problems.invalidField("body", "TooManyRows", "import.too-many-rows", MAX_ROWS);
        }
        ImportMode chosen = mode == null ? ImportMode.DRY_RUN : mode;
        UUID id = jobs.create(kind, chosen, fileName, sheet.lines().size(), callers.current());
        SecurityIdentity identity = identities.getIdentity();
        worker.submit(() -> runAs(identity, () -> run(id, kind, chosen, sheet, fieldToHeader, locale)));
        return get(id);
    }

    public ImportJobs.Job get(UUID id) {
        boolean cityWide = callers.isAdmin() || identities.getIdentity().hasRole(Roles.AUDITOR);
        return jobs.find(id, callers.current(), cityWide).orElseThrow(() -> Problems.notFound("import-job", id));
    }

    /** The job's work, on the worker thread, with the submitting caller's identity and so its scope. */
    private static void runAs(SecurityIdentity identity, Runnable work) {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity);
            work.run();
        } finally {
            requests.terminate();
        }
    }

    private void run(UUID id, ImportKind kind, ImportMode mode, Sheet sheet, Map<String, String> fieldToHeader, Locale locale) {
        List<ImportJobs.RowError> errors = new ArrayList<>();
        int[] counts = new int[3]; // done, created, unchanged
        try {
            jobs.progress(id, ImportState.RUNNING, 0, 0);
            try {
                QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
                    Map<RowImporter.Key, Integer> seen = new HashMap<>();
                    for (Sheet.Line line : sheet.lines()) {
                        Map<String, String> byField = new HashMap<>();
                        fieldToHeader.forEach((field, header) -> byField.put(field, line.cells().get(header)));
                        RowImporter.Key key = RowImporter.naturalKey(kind, byField);
                        Integer first = key.value() == null ? null : seen.putIfAbsent(key, line.number());
                        try {
                            if (first != null) {
                                throw Problems.invalidField(key.field(), "Unique", "import.repeated", first);
                            }
                            if (rows.importRow(kind, byField) == RowImporter.Outcome.CREATED) {
                                counts[1]++;
                            } else {
                                counts[2]++;
                            }
                        } catch (ProblemException p) {
                            errors.addAll(rowErrors(line.number(), p, fieldToHeader, locale));
                        } catch (ConstraintViolationException v) {
                            errors.addAll(rowErrors(line.number(), v, fieldToHeader));
                        }
                        if (++counts[0] % PROGRESS_EVERY == 0) {
                            jobs.progress(id, ImportState.RUNNING, counts[0], failedRows(errors));
                            // Keep the session small: flushing checks every record it holds.
                            em.flush();
                            em.clear();
                        }
                    }
                    if (mode == ImportMode.DRY_RUN || !errors.isEmpty()) {
                        throw new Discard();
                    }
                });
            } catch (RuntimeException e) {
                if (!(e instanceof Discard) && !(e.getCause() instanceof Discard)) {
                    throw e;
                }
                // a dry run, or a commit with bad rows: nothing is kept
            }
            boolean kept = mode == ImportMode.COMMIT && errors.isEmpty();
            jobs.finish(id, errors.isEmpty() ? ImportState.SUCCEEDED : ImportState.FAILED, counts[0], failedRows(errors),
                    kept || mode == ImportMode.DRY_RUN ? counts[1] : 0, counts[2], errors);
        } catch (PersistenceException | IllegalStateException e) {
            LOG.errorf(e, "Import job %s failed at row %d", id, counts[0] + 2);
            errors.add(new ImportJobs.RowError(counts[0] + 2, "", Messages.get(locale, "import.database-refused")));
            jobs.finish(id, ImportState.FAILED, counts[0], failedRows(errors), 0, counts[2], errors);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s failed", id);
            errors.add(new ImportJobs.RowError(counts[0] + 2, "", Messages.get(locale, "detail.internal", String.valueOf(id))));
            jobs.finish(id, ImportState.FAILED, counts[0], failedRows(errors), 0, counts[2], errors);
        }
    }

    /** Rolls the import's transaction back on purpose. */
    private static final class Discard extends RuntimeException {
        Discard() {
            super(null, null, false, false);
        }
    }

    private static int failedRows(List<ImportJobs.RowError> errors) {
        return (int) errors.stream().mapToInt(ImportJobs.RowError::row).distinct().count();
    }

    private static List<ImportJobs.RowError> rowErrors(int row, ProblemException p, Map<String, String> fieldToHeader,
            Locale locale) {
        if (p.issues.isEmpty()) {
            return List.of(new ImportJobs.RowError(row, "", Messages.get(locale, p.detailKey, p.args)));
        }
        return p.issues.stream().map(i -> new ImportJobs.RowError(row, header(i.field(), fieldToHeader),
                Messages.get(locale, i.messageKey(), i.args()))).toList();
    }

    private static List<ImportJobs.RowError> rowErrors(int row, ConstraintViolationException v, Map<String, String> fieldToHeader) {
        List<ImportJobs.RowError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : v.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
            errors.add(new ImportJobs.RowError(row, header(field, fieldToHeader), violation.getMessage()));
        }
        return errors;
    }

    /** The file's own column header for a field, so the office sees the column it knows. */
    private static String header(String field, Map<String, String> fieldToHeader) {
        String base = field.replaceAll("\\[.*", "");
        return fieldToHeader.getOrDefault(base, field);
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
