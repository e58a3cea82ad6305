package org.ruraltalent.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.common.Problems;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A spreadsheet read row by row, never whole: CSV (RFC 4180; UTF-8 with or without a byte-order
 * mark, or the charset the Content-Type names, such as {@code text/csv; charset=GB18030}) or XLSX
 * (its first sheet, streamed, with its shared strings in an encrypted temporary file:
 * {@link SharedStringsFile}). The first row that holds anything is the header. Row numbers are as
 * the office sees them in its spreadsheet program: the header is usually row 1, and rows that are
 * wholly blank are skipped but still counted. Date cells of an XLSX read as ISO dates (2024-03-01).
 * The bytes come from a {@link Source}, opened anew for each read and read as a stream.
 */
final class Sheet {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Where the file's bytes come from; each read opens them anew. */
    interface Source {
        InputStream open() throws IOException;
    }

    /** Receives the header, then each data row that holds anything. */
    interface Rows {
        void header(int number, List<String> cells);

        void row(int number, List<String> cells);
    }

    /** The file cannot be read as what it says it is; {@code row} is where reading stopped (0 before any row). */
    static final class Unreadable extends RuntimeException {
        final int row;
        final String messageKey;
        final transient Object[] args;

        Unreadable(int row, String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.row = row;
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    /** Thrown by a reader that has seen enough. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** Carries what the source or a receiver of rows threw through the parser, to be thrown again as it was. */
    private static final class Passing extends RuntimeException {
        final RuntimeException inner;

        Passing(RuntimeException inner) {
            super(null, null, false, false);
            this.inner = inner;
        }

        static RuntimeException find(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof Passing p) {
                    return p.inner;
                }
            }
            return null;
        }
    }

    private static void deliver(Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            throw new Passing(e);
        }
    }

    static {
        // The parts of an XLSX of a megabyte or more (the sheet, its shared strings), or of a size the zip does not
        // say, are kept in encrypted temporary files while it is read, not in memory.
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(1024 * 1024);
        ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
    }

    private final Source source;
    private final String type;
    private final Charset charset;

    private Sheet(Source source, String type, Charset charset) {
        this.source = source;
        this.type = type;
        this.charset = charset;
    }

    /** The file as its Content-Type says: CSV or XLSX, else a 415 problem; a charset Java does not know is a 400. */
    static Sheet of(Source source, String contentType) {
        String declared = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (declared.startsWith(XLSX)) {
            return new Sheet(source, XLSX, null);
        }
        if (declared.startsWith(CSV) || declared.startsWith("text/plain")) {
            return new Sheet(source, CSV, charset(declared));
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "import.media-type");
    }

    /** The media type a file name's extension implies (for uploads in a form whose part names no type). */
    static String typeOfName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? XLSX : name.endsWith(".csv") || name.endsWith(".txt") ? CSV : null;
    }

    String type() {
        return charset == null || charset.equals(StandardCharsets.UTF_8) ? type : type + "; charset=" + charset.name();
    }

    private static Charset charset(String declared) {
        int at = declared.indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = declared.substring(at + 8).split(";")[0].trim().replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw Problems.invalidField("Content-Type", "Charset", "import.unknown-charset", name);
        }
    }

    /** The header row's cells; a file that cannot be read is a 400 naming the body. */
    List<String> headers() {
        List<List<String>> header = new ArrayList<>();
        try {
            read(new Rows() {
                @Override
                public void header(int number, List<String> cells) {
                    header.add(cells);
                    throw new Enough();
                }

                @Override
                public void row(int number, List<String> cells) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // the header is all we wanted
        } catch (Unreadable e) {
            throw Problems.invalidField("body", "Unreadable", e.messageKey, e.args);
        }
        return header.isEmpty() ? List.of() : header.get(0);
    }

    /** Every row in order; stops with {@link Unreadable} where the file stops making sense. */
    void read(Rows rows) {
        if (type.equals(XLSX)) {
            xlsx(rows);
        } else {
            csv(rows);
        }
    }

    /** The source's bytes; what it throws passes through the parsers as it was. */
    private InputStream open() throws IOException {
        return new FilterInputStream(source.open()) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (RuntimeException e) {
                    throw new Passing(e);
                }
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                try {
                    return super.read(into, offset, length);
                } catch (RuntimeException e) {
                    throw new Passing(e);
                }
            }
        };
    }

    private void csv(Rows rows) {
        int number = 0;
        boolean headerSeen = false;
        try (PushbackInputStream in = new PushbackInputStream(open(), 3);
                // Bytes that are not of the charset stop the read, instead of turning into replacement characters.
                CSVParser parser = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(false).get()
                        .parse(new InputStreamReader(withoutByteOrderMark(in), charset.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            for (CSVRecord record : parser) {
                number = (int) record.getRecordNumber();
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                int at = number;
                if (headerSeen) {
                    deliver(() -> rows.row(at, cells));
                } else {
                    headerSeen = true;
                    deliver(() -> rows.header(at, cells));
                }
            }
        } catch (Passing p) {
            throw p.inner;
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new Unreadable(number + 1, "import.unreadable-charset", charset.name());
            }
            throw new Unreadable(number + 1, "import.unreadable-csv");
        } catch (IllegalStateException e) {
            // commons-csv reports a quote left open this way
            throw new Unreadable(number + 1, "import.unreadable-csv");
        }
    }

    /** Skips a UTF-8 byte-order mark at the start, if there is one. */
    private static InputStream withoutByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] start = in.readNBytes(3);
        boolean mark = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        if (!mark) {
            in.unread(start);
        }
        return in;
    }

    private void xlsx(Rows rows) {
        try (InputStream in = open(); OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            List<PackagePart> stringParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            try (InputStream stringPart = stringParts.isEmpty() ? null : stringParts.get(0).getInputStream();
                    SharedStringsFile strings = SharedStringsFile.read(stringPart);
                    InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new RowCollector(rows),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            RuntimeException passing = Passing.find(e);
            if (passing != null) {
                throw passing;
            }
            throw new Unreadable(0, "import.unreadable-xlsx");
        }
    }

    /** Gathers the cells of each row of an XLSX by column, blanks included. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;

        RowCollector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isEmpty())) {
                return;
            }
            List<String> row = new ArrayList<>(cells.size());
            cells.forEach(c -> row.add(c == null ? "" : c));
            if (headerSeen) {
                deliver(() -> rows.row(rowNum + 1, Collections.unmodifiableList(row)));
            } else {
                headerSeen = true;
                deliver(() -> rows.header(rowNum + 1, Collections.unmodifiableList(row)));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue == null ? "" : formattedValue.trim());
        }
    }

    /** Shows date cells as ISO dates, whatever display format the sheet gives them. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904Windowing);
                return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
