package org.ruraltalent.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** An XLSX's shared strings read back from their encrypted temporary file, in any order. */
class SharedStringsFileTest {

    private static SharedStringsFile read(String items) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + items + "</sst>";
        return SharedStringsFile.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static long tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("rural-talent-import-strings")).count();
        }
    }

    @Test
    void aCellsTextIsItsRunsWithoutPhoneticGuides() throws Exception {
        try (SharedStringsFile strings = read("<si><t>马志强</t></si><si><r><t>张</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">三 </t></r></si>"
                + "<si><t>山田</t><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh></si><si><t/></si><si><t>a &amp; b</t></si>")) {
            assertEquals(List.of("马志强", "张三 ", "山田", "", "a & b"),
                    List.of(0, 1, 2, 3, 4).stream().map(i -> strings.getItemAt(i).getString()).toList());
            assertEquals(5, strings.getUniqueCount());
            assertThrows(IllegalStateException.class, () -> strings.getItemAt(5));
        }
    }

    @Test
    void everyStringReadsBackInAnyOrderAcrossBlocksAndPastTheCacheAndTheFileGoesOnClose() throws Exception {
        long before = tempFiles();
        List<String> texts = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = "人才".repeat(random.nextInt(12)) + i;
            texts.add(text);
            items.append("<si><t>").append(text).append("</t></si>");
        }
        SharedStringsFile strings = read(items.toString());
        assertEquals(before + 1, tempFiles());
        for (int n = 0; n < 60_000; n++) {
            int i = random.nextInt(texts.size());
            assertEquals(texts.get(i), strings.getItemAt(i).getString(), "string " + i);
        }
        strings.close();
        assertEquals(before, tempFiles());
    }

    @Test
    void aWorkbookWithoutSharedStringsHasAnEmptyTable() throws Exception {
        try (SharedStringsFile strings = SharedStringsFile.read(null)) {
            assertEquals(0, strings.getCount());
        }
    }
}
