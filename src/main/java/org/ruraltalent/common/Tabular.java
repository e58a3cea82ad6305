package org.ruraltalent.common;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * An answer that can also be a table: statistics and list exports answer JSON, CSV or XLSX by
 * {@code Accept}, with Chinese column headers for the people who paste them into documents.
 */
public interface Tabular {

    /** Column headers, Chinese first: {@code 指标 Figure}. */
    List<String> tableHeaders();

    /** The rows in order; an export's are read while they are written, so iterate them once. */
    Iterable<List<Object>> tableRows();

    /** The sheet and file name. */
    String tableTitle();

    /** {@code items} as rows, each made as the writer reaches it: an export's rows are never all in memory. */
    static <T> Iterable<List<Object>> map(Iterable<T> items, Function<T, List<Object>> row) {
        return () -> new Iterator<>() {
            private final Iterator<T> it = items.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public List<Object> next() {
                return row.apply(it.next());
            }
        };
    }
}
