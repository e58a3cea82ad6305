package org.ruraltalent.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ruraltalent.common.ProblemException;

/** How files are read, without the service: row numbers as a spreadsheet program shows them. */
class SheetTest {

    private static List<String> rows(String csv) {
        List<String> seen = new ArrayList<>();
        Sheet.of(() -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "text/csv").read(new Sheet.Rows() {
            @Override
            public void header(int number, List<String> cells) {
                seen.add(number + ":" + String.join("|", cells));
            }

            @Override
            public void row(int number, List<String> cells) {
                seen.add(number + ":" + String.join("|", cells));
            }
        });
        return seen;
    }

    @Test
    void numbersRowsAsRecordsSoACellOverTwoLinesIsOneRowAndBlankRowsStillCount() {
        assertEquals(List.of("1:name|note", "2:a|two\nlines", "4:b|x, y"),
                rows("name,note\r\na,\"two\nlines\"\r\n\r\nb,\"x, y\"\r\n"));
    }

    @Test
    void anUnknownCharsetIsRefusedNamingTheHeader() {
        ProblemException refused = assertThrows(ProblemException.class, () -> Sheet.of(InputStream::nullInputStream, "text/csv; charset=klingon"));
        assertEquals("Content-Type", refused.issues.get(0).field());
    }

    @Test
    void aQuoteLeftOpenStopsTheReadAtItsRow() {
        Sheet.Unreadable stopped = assertThrows(Sheet.Unreadable.class, () -> rows("a,b\r\n1,2\r\n3,\"4\r\n"));
        assertEquals("import.unreadable-csv", stopped.messageKey);
    }

    @Test
    void whatTheSourceThrowsPassesThroughAsItWasNotAsAnUnreadableFile() {
        IllegalStateException damaged = new IllegalStateException("segment 3 does not open");
        Sheet.Source failing = () -> new java.io.SequenceInputStream(
                new ByteArrayInputStream("a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() {
                        throw damaged;
                    }
                });
        Sheet.Rows ignore = new Sheet.Rows() {
            @Override
            public void header(int number, List<String> cells) {
            }

            @Override
            public void row(int number, List<String> cells) {
            }
        };
        assertSame(damaged, assertThrows(IllegalStateException.class, () -> Sheet.of(failing, "text/csv").read(ignore)));
        assertSame(damaged, assertThrows(IllegalStateException.class, () -> Sheet.of(failing, Sheet.XLSX).read(ignore)));
    }
}
