package org.ruraltalent.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An XLSX export is written to the response while its rows are read: bytes leave before the last
 * row is made (so a long export keeps its connection busy), and no row waits in a temporary file.
 */
class TabularWritersTest {

    private static final String NAME = "马志强导出";
    private static final int ROWS = 20_000;

    @Test
    void anXlsxExportStreamsItsRowsWithoutTemporaryFiles(@TempDir Path temp) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> bytesSentBeforeTheLastRow = new ArrayList<>();
        List<Long> plainFilesSeen = new ArrayList<>();
        Iterable<Integer> numbers = () -> IntStream.range(0, ROWS).iterator();
        Tabular table = new Tabular() {
            @Override
            public List<String> tableHeaders() {
                return List.of("编号 Id", "姓名 Name");
            }

            @Override
            public Iterable<List<Object>> tableRows() {
                // Made as the writer reaches each row, as an export reads its pages.
                return Tabular.map(numbers, n -> {
                    if (n == ROWS - 1) {
                        bytesSentBeforeTheLastRow.add(out.size());
                        plainFilesSeen.add(count(temp, true));
                    }
                    return List.of(n, NAME + n);
                });
            }

            @Override
            public String tableTitle() {
                return "人才名册";
            }
        };
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        try {
            new TabularWriters.Xlsx().writeTo(table, Tabular.class, Tabular.class, null, null, new MultivaluedHashMap<>(), out);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }

        assertTrue(bytesSentBeforeTheLastRow.get(0) > out.size() / 2,
                "most of the workbook was sent before its last row was made: " + bytesSentBeforeTheLastRow.get(0) + " of " + out.size() + " bytes");
        assertEquals(0L, plainFilesSeen.get(0), "a temporary file held a row's text");
        assertEquals(0L, count(temp, false), "no temporary file is left once the workbook is written");
        try (XSSFWorkbook written = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = written.getSheetAt(0);
            assertEquals("人才名册", sheet.getSheetName());
            assertEquals("姓名 Name", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(ROWS, sheet.getLastRowNum());
            assertEquals(0, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(NAME + 0, sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(NAME + (ROWS - 1), sheet.getRow(ROWS).getCell(1).getStringCellValue());
        }
    }

    /** Regular files under {@code dir}; with {@code plain}, only those in which a row's text can be read. */
    private static long count(Path dir, boolean plain) {
        byte[] marker = NAME.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !plain || contains(read(f), marker)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= data.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
