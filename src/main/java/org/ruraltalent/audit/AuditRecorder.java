package org.ruraltalent.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;
import org.jboss.logging.MDC;
import org.ruraltalent.common.RequestIds;
import org.ruraltalent.common.Uuid7;
import org.ruraltalent.common.VersionedEntity;
import org.ruraltalent.security.Callers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Audits every change to every entity, without a feature having to ask: Hibernate reports each
 * insert, update, delete and collection change here; the changes of one transaction are
 * gathered per record and written to {@code audit_event}, and announced in {@code change_event}
 * (the change feed other systems follow), just before that transaction commits, on its own
 * connection, so a change, its audit entry and its feed event commit or roll back together.
 * <p>
 * Bookkeeping fields (version, timestamps) are left out; encrypted personal data is recorded
 * only as changed ({@value #PROTECTED}), never as a value.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class AuditRecorder implements Interceptor {

    static final String PROTECTED = "[protected]";
    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt");
    private static final Object BUFFER_KEY = AuditRecorder.class;
    /** How many records of each type and operation the transaction has written to the trail so far. */
    private static final Object WRITTEN_KEY = Written.class;
    /** What the finishing transaction wrote, from just before its commit to just after it, on its thread. */
    private static final ThreadLocal<Written> WRITTEN = new ThreadLocal<>();

    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    Callers callers;
    @Inject
    MeterRegistry meters;

    /** What one record went through in the current transaction. */
    private static final class Entry {
        AuditAction action;
        final String type;
        final UUID id;
        final Object entity;
        /** Where a created record lies, read when it is created: long imports detach their records before commit. */
        final String createdAt;
        final Map<String, Map<String, Object>> changes = new TreeMap<>();

        Entry(AuditAction action, String type, UUID id, Object entity) {
            this.action = action;
            this.type = type;
            this.id = id;
            this.entity = entity;
            this.createdAt = action == AuditAction.CREATE && entity instanceof VersionedEntity v ? v.locationPath() : null;
        }

        /** An update that changed only bookkeeping fields is neither audited nor announced. */
        boolean changesSomething() {
            return action != AuditAction.UPDATE || !changes.isEmpty();
        }

        Long version() {
            return entity instanceof VersionedEntity v ? v.version : null;
        }

        /** Where the record lies, for the feed's scoped readers. */
        String location() {
            return createdAt != null ? createdAt : entity instanceof VersionedEntity v ? v.locationPath() : null;
        }
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        Entry entry = entry(AuditAction.CREATE, entity, id);
        for (int i = 0; i < names.length; i++) {
            Object after = render(names[i], state[i]);
            if (!BOOKKEEPING.contains(names[i]) && after != null && !isEmptyCollection(after)) {
                entry.changes.put(publicName(names[i]), change(null, after));
            }
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        Entry entry = entry(AuditAction.UPDATE, entity, id);
        for (int i = 0; i < names.length; i++) {
            if (BOOKKEEPING.contains(names[i]) || current[i] instanceof Collection<?> || previous == null) {
                continue;
            }
            Object before = render(names[i], previous[i]);
            Object after = render(names[i], current[i]);
            if (!java.util.Objects.equals(before, after) || PROTECTED.equals(after) && changedBytes(previous[i], current[i])) {
                entry.changes.put(publicName(names[i]), change(before, after));
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        entry(AuditAction.DELETE, entity, id);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        if (!(collection instanceof PersistentCollection<?> persistent) || !(key instanceof UUID id)
                || !(persistent.getOwner() instanceof VersionedEntity owner)) {
            return;
        }
        String role = persistent.getRole();
        String field = role.substring(role.lastIndexOf('.') + 1);
        Object before = snapshotElements(persistent.getStoredSnapshot());
        Object after = render(field, collection);
        if (!java.util.Objects.equals(before, after)) {
            entry(AuditAction.UPDATE, owner, id).changes.put(field, change(before, after));
        }
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        writePending();
        Written written = (Written) transactions.getResource(WRITTEN_KEY);
        if (written != null) {
            WRITTEN.set(written);
        }
    }

    /**
     * Writes what the current transaction has changed so far to the trail and the feed, in that
     * transaction, and lets go of it; call it after a flush. For long transactions (imports) that
     * flush and empty their persistence context every few hundred records: the trail then holds
     * no more than those few hundred until commit, and a rollback still takes it all back. A
     * record changed again after this gets an entry of its own.
     */
    public void writePending() {
        @SuppressWarnings("unchecked")
        Map<String, Entry> buffer = (Map<String, Entry>) transactions.getResource(BUFFER_KEY);
        if (buffer == null || buffer.isEmpty()) {
            return;
        }
        List<Entry> entries = buffer.values().stream().filter(Entry::changesSomething).toList();
        buffer.clear();
        if (entries.isEmpty()) {
            return;
        }
        write(entries);
        Written written = (Written) transactions.getResource(WRITTEN_KEY);
        if (written == null) {
            written = new Written();
            transactions.putResource(WRITTEN_KEY, written);
        }
        for (Entry e : entries) {
            written.counts.merge(e.type + "/" + e.action.name(), 1L, Long::sum);
        }
    }

    /** Forgets the changes not yet written, for a transaction that will be rolled back (and whose records may not all be flushed). */
    public void discardPending() {
        @SuppressWarnings("unchecked")
        Map<String, Entry> buffer = (Map<String, Entry>) transactions.getResource(BUFFER_KEY);
        if (buffer != null) {
            buffer.clear();
        }
    }

    /** Counts committed changes by record type and operation, for operators ({@code rural_talent_record_changes_total}). */
    @Override
    public void afterTransactionCompletion(Transaction tx) {
        Written written = WRITTEN.get();
        WRITTEN.remove();
        if (written == null || tx.getStatus() != org.hibernate.resource.transaction.spi.TransactionStatus.COMMITTED) {
            return;
        }
        written.counts.forEach((typeAndOperation, n) -> {
            String[] parts = typeAndOperation.split("/");
            meters.counter("rural_talent_record_changes", "type", parts[0], "operation", parts[1]).increment(n);
        });
    }

    /** Records written to the trail by one transaction, by {@code type/operation}. */
    private static final class Written {
        final Map<String, Long> counts = new TreeMap<>();
    }

    /**
     * The trail's entries and the feed's events (one per record changed, with its version and
     * where it lies, for scoped readers) in one statement, so one round trip to the database: the
     * entries go as arrays, one element each, and the feed takes them in order.
     * <p>
     * Its first line names it in {@code pg_stat_statements} and PostgreSQL's logs. That line also
     * gives the text a hash that keeps it out of the JDBC driver's statement-cache buckets holding the
     * assignment's and the training session's reads, which every change of an assignment and every
     * enrolment run just before this. Two statements run in turn from one bucket leave a chain of the
     * cache's removed entries, which young collections keep alive into the old generation
     * (docs/PERFORMANCE.md, "What fills the old generation"; {@code bench/promoted.py} lists the
     * statements that share a bucket).
     */
    private static final String WRITE = """
            -- the audit trail and the change feed, in one statement
            with entry as (
                select * from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::bigint[], ?::text[])
                              with ordinality as e(audit_id, action, resource_type, resource_id, changes, version,
                                                   location_path, n)),
            audited as (
                insert into audit_event (id, occurred_at, actor, request_id, request, action, resource_type,
                                         resource_id, changes)
                select audit_id, ?, ?, ?, ?, action, resource_type, resource_id, changes::jsonb from entry)
            insert into change_event (resource_type, resource_id, operation, version, location_path)
            select resource_type, resource_id, action, version, location_path from entry order by n""";

    private void write(List<Entry> entries) {
        int n = entries.size();
        UUID[] auditIds = new UUID[n];
        String[] actions = new String[n];
        String[] types = new String[n];
        UUID[] ids = new UUID[n];
        String[] changes = new String[n];
        Long[] versions = new Long[n];
        String[] locations = new String[n];
        try {
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(i);
                auditIds[i] = Uuid7.next();
                actions[i] = e.action.name();
                types[i] = e.type;
                ids[i] = e.id;
                changes[i] = json.writeValueAsString(e.changes);
                versions[i] = e.version();
                locations[i] = e.location();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The audit trail could not be written; the change is not committed", e);
        }
        Object request = MDC.get(RequestIds.REQUEST_MDC_KEY);
        // Inside the transaction the pool hands out the connection the change itself used.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(WRITE)) {
            insert.setArray(1, connection.createArrayOf("uuid", auditIds));
            insert.setArray(2, connection.createArrayOf("text", actions));
            insert.setArray(3, connection.createArrayOf("text", types));
            insert.setArray(4, connection.createArrayOf("uuid", ids));
            insert.setArray(5, connection.createArrayOf("text", changes));
            insert.setArray(6, connection.createArrayOf("bigint", versions));
            insert.setArray(7, connection.createArrayOf("text", locations));
            insert.setTimestamp(8, Timestamp.from(Instant.now()));
            insert.setString(9, actor());
            insert.setString(10, RequestIds.current());
            insert.setString(11, request == null ? null : request.toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be written; the change is not committed", e);
        }
    }

    private Entry entry(AuditAction action, Object entity, Object id) {
        @SuppressWarnings("unchecked")
        Map<String, Entry> buffer = (Map<String, Entry>) transactions.getResource(BUFFER_KEY);
        if (buffer == null) {
            buffer = new LinkedHashMap<>();
            transactions.putResource(BUFFER_KEY, buffer);
        }
        String type = resourceType(entity);
        Entry entry = buffer.computeIfAbsent(type + "/" + id, k -> new Entry(action, type, (UUID) id, entity));
        if (action == AuditAction.DELETE) {
            entry.action = AuditAction.DELETE;
        }
        return entry;
    }

    private String actor() {
        try {
            return callers.current();
        } catch (ContextNotActiveException e) {
            return "system";
        }
    }

    /** {@code Person} becomes {@code person}, {@code TalentProject} {@code talent-project}. */
    static String resourceType(Object entity) {
        return RESOURCE_TYPES.get(entity.getClass());
    }

    /** Worked out once per class: an import asks for every record it writes. */
    private static final ClassValue<String> RESOURCE_TYPES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName().replaceAll("\\$.*", "").replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }
    };

    private static final Pattern PROTECTING = Pattern.compile("(Cipher|Hash)$");

    /** Encrypted and hashed columns are named after what they protect: {@code nationalIdCipher} is {@code nationalId}. */
    private static String publicName(String field) {
        return field.endsWith("Cipher") || field.endsWith("Hash") ? PROTECTING.matcher(field).replaceFirst("") : field;
    }

    private static Object render(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[]) {
            return PROTECTED;
        }
        if (value instanceof VersionedEntity related) {
            return related.id.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            TreeSet<String> elements = new TreeSet<>();
            c.forEach(element -> elements.add(String.valueOf(render(field, element))));
            return new ArrayList<>(elements);
        }
        if (value instanceof Temporal || value instanceof UUID) {
            return value.toString();
        }
        return value instanceof Number || value instanceof Boolean ? value : value.toString();
    }

    private static Object snapshotElements(Object snapshot) {
        if (snapshot instanceof Map<?, ?> map) {
            return render("", map.keySet());
        }
        return snapshot instanceof Collection<?> c ? render("", c) : null;
    }

    private static boolean isEmptyCollection(Object rendered) {
        return rendered instanceof Collection<?> c && c.isEmpty();
    }

    private static boolean changedBytes(Object before, Object after) {
        return !(before instanceof byte[] b && after instanceof byte[] a && java.util.Arrays.equals(a, b));
    }

    private static Map<String, Object> change(Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", before);
        change.put("after", after);
        return change;
    }
}
