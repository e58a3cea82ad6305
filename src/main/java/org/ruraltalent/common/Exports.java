package org.ruraltalent.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Walks a list endpoint's keyset pages to the end, for exports that take the same filters as the
 * list. Bounded: an export larger than {@link #MAX_ROWS} is refused (narrow the filters) rather
 * than held in memory.
 */
public final class Exports {

    public static final int MAX_ROWS = 100_000;
    private static final int BATCH = PageRequest.MAX_LIMIT;

    private Exports() {
    }

    public static <T> List<T> all(Function<PageRequest, Page<T>> lister) {
        List<T> all = new ArrayList<>();
        PageRequest request = new PageRequest();
        request.limit = Integer.toString(BATCH);
        while (true) {
            Page<T> page = lister.apply(request);
            all.addAll(page.items());
            if (page.nextCursor() == null) {
                return all;
            }
            if (all.size() >= MAX_ROWS) {
                throw new ProblemException(ProblemType.RULE_VIOLATION, "detail.export-too-large", MAX_ROWS);
            }
            request.cursor = page.nextCursor();
        }
    }
}
