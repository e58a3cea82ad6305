package org.ruraltalent.common;

import java.util.List;

/**
 * An answer that can also be a table: statistics and list exports answer JSON, CSV or XLSX by
 * {@code Accept}, with Chinese column headers for the people who paste them into documents.
 */
public interface Tabular {

    /** Column headers, Chinese first: {@code 指标 Figure}. */
    List<String> tableHeaders();

    List<List<Object>> tableRows();

    /** The sheet and file name. */
    String tableTitle();
}
