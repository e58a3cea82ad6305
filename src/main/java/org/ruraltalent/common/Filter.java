package org.ruraltalent.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Builds the WHERE clause of a list query from the filters a caller gave, then fetches one
 * keyset page in id order. Each condition is added only when its value is present, so every
 * list is one indexed query whatever the combination of filters.
 */
public final class Filter {

    /**
     * Query texts Hibernate has parsed: a few hundred at most, each a combination of the conditions
     * callers write in code. Conditions are code, never request values (those go in parameters),
     * or this set would grow with every request.
     */
    private static final Map<String, Boolean> PARSED = new ConcurrentHashMap<>();

    private final List<String> joins = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code condition} (using {@code :name}) when {@code value} is not null. */
    public Filter when(Object value, String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /**
     * Limits the list to the caller's division scope: {@code condition} uses {@code :scope}, a
     * LIKE pattern on division paths. Nothing is added for a caller who sees everything.
     */
    public Filter scoped(Optional<String> scopePattern, String condition) {
        return when(scopePattern.orElse(null), condition, "scope");
    }

    /**
     * Adds {@code expression like :name} for values starting with {@code prefix}, with LIKE's
     * wildcards in the caller's text taken literally (so {@code %} cannot turn a prefix search
     * into a scan). Nothing is added for a blank prefix.
     */
    public Filter startsWith(String prefix, String expression, String name) {
        if (prefix == null || prefix.isBlank()) {
            return this;
        }
        String literal = prefix.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return when(literal + "%", expression + " like :" + name + " escape '\\'", name);
    }

    /** Adds joins the conditions need, e.g. {@code left join p.employer e}: path expressions would join inner. */
    public Filter join(String join) {
        joins.add(join);
        return this;
    }

    public Filter always(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Up to {@code limit + 1} rows after the cursor, in id order; feed them to {@link Page#of}. */
    public <E> List<E> page(Class<E> type, String alias, PageRequest request) {
        return rows(type, alias, alias, type, request);
    }

    /**
     * Up to {@code limit + 1} results of {@code select} (over {@code type} as {@code alias} and the
     * joins) after the cursor, in id order: for lists read as rows, not entities.
     */
    private <R> List<R> rows(Class<?> type, String alias, String select, Class<R> resultType, PageRequest request) {
        int limit = request.limit();
        when(request.after(), alias + ".id > :after", "after");
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<R> query = query(type, "select " + select + " from " + type.getSimpleName() + " " + alias + " "
                + String.join(" ", joins) + where + " order by " + alias + ".id", resultType)
                .setMaxResults(limit + 1);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Whether more than {@code n} records meet the conditions: one probe for a row past the first
     * {@code n}, so the database stops there instead of counting every match. Fetch joins, which
     * only load what a page shows, join plainly here.
     */
    public boolean hasMoreThan(Class<?> type, String alias, int n) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Object> query = query(type, "select " + alias + ".id from " + type.getSimpleName() + " " + alias + " "
                + String.join(" ", joins).replace("join fetch ", "join ") + where, Object.class)
                .setFirstResult(n).setMaxResults(1);
        params.forEach(query::setParameter);
        return !query.getResultList().isEmpty();
    }

    /** The one record with {@code id} that also meets the conditions (the caller's scope, typically). */
    public <E> Optional<E> single(Class<E> type, String alias, UUID id) {
        when(id, alias + ".id = :id", "id");
        TypedQuery<E> query = query(type, "select " + alias + " from " + type.getSimpleName() + " " + alias + " "
                + String.join(" ", joins) + " where " + String.join(" and ", conditions), type);
        params.forEach(query::setParameter);
        // A list, not a stream: with collections fetched, the record spans several rows.
        return query.getResultList().stream().findFirst();
    }

    /**
     * Aggregates over every row that meets the conditions, grouped and ordered by {@code groupBy}:
     * for sums and counts the database computes, where paging makes no sense. {@code select}
     * lists the group expression first, then the aggregates, e.g. {@code "p.year, count(p), sum(p.amount)"}.
     */
    public List<Object[]> aggregate(Class<?> type, String alias, String select, String groupBy) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Object[]> query = query(type, "select " + select + " from " + type.getSimpleName() + " " + alias + " "
                + String.join(" ", joins) + where + " group by " + groupBy + " order by " + groupBy, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The query for {@code hql}. Hibernate parses each query text once and keeps what it made of it;
     * a first parse of a long select list takes tens of milliseconds and megabytes of parser state,
     * so when many requests bring a new text at once (a list under load just after a start), one
     * parses it while the others wait for that, instead of all parsing it at the same time (sixteen
     * at once filled a 64 MB heap for seconds; docs/PERFORMANCE.md).
     */
    private static <R> TypedQuery<R> query(Class<?> type, String hql, Class<R> resultType) {
        EntityManager em = Panache.getEntityManager(type);
        PARSED.computeIfAbsent(hql, text -> em.createQuery(text, resultType) != null);
        return em.createQuery(hql, resultType);
    }

    /** Fetches a page and maps it: the whole list endpoint in one call. */
    public <E, T> Page<T> page(Class<E> type, String alias, PageRequest request,
            java.util.function.Function<E, UUID> idOf, java.util.function.Function<E, T> view) {
        return Page.of(page(type, alias, request), request.limit(), idOf, view);
    }

    /**
     * The same for a list read as rows: {@code select} makes one {@code R} from {@code type} as
     * {@code alias} and the joins (typically {@code new Row(...)}), one statement for the page.
     */
    public <R, T> Page<T> page(Class<?> type, String alias, String select, Class<R> rowType, PageRequest request,
            java.util.function.Function<R, UUID> idOf, java.util.function.Function<R, T> view) {
        return Page.of(rows(type, alias, select, rowType, request), request.limit(), idOf, view);
    }
}
