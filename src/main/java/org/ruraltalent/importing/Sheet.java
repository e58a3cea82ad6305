package org.ruraltalent.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ruraltalent.common.Problems;

/**
 * A spreadsheet as rows of text cells keyed by header: CSV (UTF-8, with or without a byte-order
 * mark, or the charset the Content-Type names, such as GB18030) or XLSX (first sheet). Row
 * numbers are as the office sees them in the file: the header is row 1.
 */
record Sheet(List<String> headers, List<Line> lines) {

    /** One data row: its number in the file and its cells by header. */
    record Line(int number, Map<String, String> cells) {
    }

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Sheet read(byte[] body, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        try {
            if (type.startsWith(XLSX)) {
                return xlsx(body);
            }
            if (type.startsWith(CSV) || type.startsWith("text/plain")) {
                return csv(body, charset(type));
            }
        } catch (IOException | RuntimeException e) {
            throw Problems.invalidField("body", "Unreadable", "import.unreadable");
        }
        throw Problems.invalidField("Content-Type", "MediaType", "import.media-type");
    }

    private static Charset charset(String type) {
        int at = type.indexOf("charset=");
        return at < 0 ? StandardCharsets.UTF_8 : Charset.forName(type.substring(at + 8).split(";")[0].trim());
    }

    private static Sheet csv(byte[] body, Charset charset) throws IOException {
        int skip = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, skip, body.length - skip), charset);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                        .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> headers = parser.getHeaderNames();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String header : headers) {
                    cells.put(header, record.isSet(header) ? record.get(header) : "");
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, cells));
            }
            return new Sheet(headers, lines);
        }
    }

    private static Sheet xlsx(byte[] body) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<String> headers = new ArrayList<>();
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                return new Sheet(List.of(), List.of());
            }
            for (Cell cell : head) {
                headers.add(format.formatCellValue(cell).trim());
            }
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = row.getCell(c);
                    String text = cell == null ? "" : format.formatCellValue(cell).trim();
                    empty &= text.isEmpty();
                    cells.put(headers.get(c), text);
                }
                if (!empty) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return new Sheet(headers, lines);
        }
    }
}
