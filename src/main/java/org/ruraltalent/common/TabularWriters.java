package org.ruraltalent.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

/** Writes a {@link Tabular} answer as CSV (UTF-8 with a byte-order mark, which Excel needs) or XLSX. */
public final class TabularWriters {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TabularWriters() {
    }

    private static void attachment(MultivaluedMap<String, Object> headers, Tabular table, String extension) {
        String name = URLEncoder.encode(table.tableTitle() + "." + extension, StandardCharsets.UTF_8).replace("+", "%20");
        headers.putSingle("Content-Disposition", "attachment; filename*=UTF-8''" + name);
    }

    @Provider
    @Produces(CSV)
    public static class Csv implements MessageBodyWriter<Tabular> {

        @Override
        public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
            return Tabular.class.isAssignableFrom(type);
        }

        @Override
        public void writeTo(Tabular table, Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType,
                MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            headers.putSingle("Content-Type", CSV + "; charset=UTF-8");
            attachment(headers, table, "csv");
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            line(writer, table.tableHeaders());
            for (List<Object> row : table.tableRows()) {
                line(writer, row);
            }
            writer.flush();
        }

        private static void line(Writer writer, List<?> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(quote(cells.get(i)));
            }
            writer.write("\r\n");
        }

        /** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
        static String quote(Object cell) {
            String text = cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(cell instanceof Number)) {
                text = "'" + text;
            }
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                return "\"" + text.replace("\"", "\"\"") + "\"";
            }
            return text;
        }
    }

    @Provider
    @Produces(XLSX)
    public static class Xlsx implements MessageBodyWriter<Tabular> {

        @Override
        public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
            return Tabular.class.isAssignableFrom(type);
        }

        @Override
        public void writeTo(Tabular table, Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType,
                MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            attachment(headers, table, "xlsx");
            // The sheet's rows are generated while the workbook is written, straight into the
            // response: bytes flow as the rows are read, so a long export never leaves the connection
            // silent for the HTTP idle timeout, and no row waits in a temporary file (an export's rows
            // are personal data). Only a window of 100 rows is held in memory.
            try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook()) {
                DeferredSXSSFSheet sheet = workbook.createSheet(table.tableTitle().length() > 31 ? table.tableTitle().substring(0, 31) : table.tableTitle());
                sheet.setRowGenerator(rows -> {
                    write(rows.createRow(0), table.tableHeaders());
                    int r = 1;
                    for (List<Object> row : table.tableRows()) {
                        write(rows.createRow(r++), row);
                    }
                });
                workbook.write(out);
            }
        }

        private static void write(Row row, List<?> cells) {
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = row.createCell(i);
                Object value = cells.get(i);
                if (value instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}
