package org.ruraltalent.common;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.IntPredicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Walks a list endpoint's keyset pages to the end, for exports that take the same filters as the
 * list. The rows are read a page at a time while they are written, so an export holds one page
 * in memory however many rows it has: at the benchmark's 64 MB heap a 100,000-row export ran out
 * of heap while it was gathered whole (docs/PERFORMANCE.md). An export of more than
 * {@code rural-talent.export.max-rows} rows is refused before anything is written (narrow the
 * filters): once the first bytes are sent, the answer can no longer become a problem.
 *
 * <p>At most {@code rural-talent.export.max-concurrent} exports are written at once by one copy
 * of the service; a further one waits up to {@code rural-talent.export.wait} for one of them to
 * end, and is then answered 503 (retry); no more wait than may run ({@link Slots}). On two cores
 * more exports at once finish no sooner, and each holds its page and workbook window in a heap
 * sized for the resident-set target (docs/PERFORMANCE.md, "The heaviest requests at once").
 */
@ApplicationScoped
public class Exports {

    private final int maxRows;
    private final int pageSize;
    private final Slots slots;
    private final CurrentVertxRequest request;

    Exports(@ConfigProperty(name = "rural-talent.export.max-rows", defaultValue = "100000") int maxRows,
            @ConfigProperty(name = "rural-talent.export.page-size", defaultValue = "" + PageRequest.MAX_LIMIT) int pageSize,
            @ConfigProperty(name = "rural-talent.export.max-concurrent", defaultValue = "2") int maxConcurrent,
            @ConfigProperty(name = "rural-talent.export.wait", defaultValue = "10S") Duration wait,
            CurrentVertxRequest request) {
        if (pageSize < 1 || pageSize > PageRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("rural-talent.export.page-size must be 1 to " + PageRequest.MAX_LIMIT + ", not " + pageSize);
        }
        this.maxRows = maxRows;
        this.pageSize = pageSize;
        this.slots = new Slots("rural-talent.export.max-concurrent", maxConcurrent, wait, "detail.exports-busy",
                "detail.exports-queue-full");
        this.request = request;
    }

    /**
     * Every row {@code lister} pages through, fetched as the iteration reaches each page.
     * {@code moreThan} says whether more than the given number of rows match the same filters
     * (for example {@link Filter#hasMoreThan}); asked once, before the first page. A row that
     * arrives while the export is written may still be included: the limit bounds the work, it is
     * not a rule of the data.
     */
    public <T> Iterable<T> all(Function<PageRequest, Page<T>> lister, IntPredicate moreThan) {
        if (moreThan.test(maxRows)) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "detail.export-too-large", maxRows);
        }
        holdSlotUntilTheResponseEnds();
        return () -> new Pages<>(lister, pageSize);
    }

    /**
     * Takes one of the slots for the rest of this request, or refuses with 503. The slot is given
     * back when the response has ended, however it ends: written whole, failed, or the client gone.
     */
    private void holdSlotUntilTheResponseEnds() {
        Slots.Slot slot = slots.take();
        try {
            request.getCurrent().addEndHandler(ended -> slot.close());
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
    }

    /** The slots; for tests, which take them to see an export refused. */
    Slots slots() {
        return slots;
    }

    /** One page in hand at a time; the next is read when the last row of this one has been taken. */
    private static final class Pages<T> implements Iterator<T> {
        private final Function<PageRequest, Page<T>> lister;
        private final PageRequest request = new PageRequest();
        private Iterator<T> rows;
        private String next;

        Pages(Function<PageRequest, Page<T>> lister, int pageSize) {
            this.lister = lister;
            request.limit = Integer.toString(pageSize);
            read();
        }

        private void read() {
            Page<T> page = lister.apply(request);
            List<T> items = page.items();
            rows = items.iterator();
            next = page.nextCursor();
        }

        @Override
        public boolean hasNext() {
            if (!rows.hasNext() && next != null) {
                // The rows already written are not needed again: entities a page loaded leave the
                // request's persistence context, so it does not grow with the export.
                Panache.getEntityManager().clear();
                request.cursor = next;
                read();
            }
            return rows.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return rows.next();
        }
    }
}
