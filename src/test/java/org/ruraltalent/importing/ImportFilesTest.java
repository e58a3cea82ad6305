package org.ruraltalent.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** How an uploaded file is kept until its job ends: sealed segments, written as it arrives, none left behind. */
@QuarkusTest
class ImportFilesTest {

    /** As the test profile sets it (rural-talent.import.segment-size). */
    private static final int SEGMENT = 4093;
    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ImportFiles files;
    @Inject
    ImportService service;
    @Inject
    EntityManager em;

    /** A roster in UTF-8 of {@code rows} people with Chinese names, so characters straddle the segments' seams. */
    private static byte[] roster(int rows) {
        StringBuilder csv = new StringBuilder("姓名,身份证号,户籍地\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append("马志强").append(i).append(',').append(TestData.nationalId()).append(',').append(TestData.YUANZHOU).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<Object[]> segments(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select part, last, content from import_file_part where job_id = :id order by part", Object[].class)
                .setParameter("id", id).getResultList());
    }

    private void execute(String sql, UUID id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter("id", id).executeUpdate());
    }

    /** Segments that no job owns, whoever left them. */
    private long unowned() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from import_file_part p where not exists (select 1 from import_job j where j.id = p.job_id)")
                .getSingleResult()).longValue());
    }

    private byte[] read(UUID id) {
        try (InputStream in = files.open(id)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void aFileIsKeptAsSealedSegmentsWithOneLastAndReadBackAsItCame() throws Exception {
        byte[] file = roster(200);
        ImportFiles.Received received = files.receive(new ByteArrayInputStream(file));
        assertEquals(file.length, received.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)), received.sha256());

        List<Object[]> segments = segments(received.id());
        assertEquals((file.length + SEGMENT - 1) / SEGMENT, segments.size());
        for (int i = 0; i < segments.size(); i++) {
            assertEquals(i, ((Number) segments.get(i)[0]).intValue());
            assertEquals(i == segments.size() - 1, segments.get(i)[1], "only the last segment is marked last");
            byte[] sealed = (byte[]) segments.get(i)[2];
            assertFalse(contains(sealed, "马志强".getBytes(StandardCharsets.UTF_8)) || contains(sealed, "身份证号".getBytes(StandardCharsets.UTF_8)),
                    "segment " + i + " holds the file in the clear");
        }
        assertArrayEquals(file, read(received.id()));

        files.discard(received);
        assertEquals(List.of(), segments(received.id()));
    }

    @Test
    void anXlsxOfManySegmentsIsReadAcrossTheirSeams() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("姓名", "身份证号", "户籍地"));
        for (int i = 0; i < 400; i++) {
            rows.add(List.of("表格" + i, TestData.nationalId(), TestData.YUANZHOU));
        }
        byte[] workbook = ImportTest.xlsx(rows);
        assertTrue(workbook.length > 3 * SEGMENT, "the workbook is " + workbook.length + " bytes");
        ImportTest.Finished job = ImportTest.run("personnel", "dry-run", workbook, Sheet.XLSX, null);
        assertEquals("SUCCEEDED", job.get("state"), job.errors()::toString);
        assertEquals(400, job.get("rowsCreated"));
    }

    @Test
    void aSegmentMovedAlteredMarkedLastOrCutOffIsNoticed() {
        UUID id = files.receive(new ByteArrayInputStream(roster(250))).id();
        UUID other = files.receive(new ByteArrayInputStream(roster(250))).id();
        assertEquals(3, segments(id).size(), "the roster is three segments");

        execute("update import_file_part set part = 9 where job_id = :id and part = 0", id);
        execute("update import_file_part set part = 0 where job_id = :id and part = 1", id);
        execute("update import_file_part set part = 1 where job_id = :id and part = 9", id);
        assertThrows(ImportFiles.Damaged.class, () -> read(id), "two segments swapped");
        execute("update import_file_part set part = 9 where job_id = :id and part = 0", id);
        execute("update import_file_part set part = 0 where job_id = :id and part = 1", id);
        execute("update import_file_part set part = 1 where job_id = :id and part = 9", id);
        read(id);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update import_file_part p set content = o.content from import_file_part o
                where p.job_id = :id and p.part = 1 and o.job_id = :other and o.part = 1""")
                .setParameter("id", id).setParameter("other", other).executeUpdate());
        assertThrows(ImportFiles.Damaged.class, () -> read(id), "a segment of another file");

        execute("delete from import_file_part where job_id = :id and part = 2", other);
        ImportFiles.Damaged cut = assertThrows(ImportFiles.Damaged.class, () -> read(other), "the last segment deleted");
        assertEquals("Import file " + other + " ends at segment 2 without its last one", cut.getMessage());
        execute("update import_file_part set last = true where job_id = :id and part = 1", other);
        assertThrows(ImportFiles.Damaged.class, () -> read(other), "a segment marked last that was not sealed as last");

        execute("delete from import_file_part where job_id = :id", id);
        execute("delete from import_file_part where job_id = :id", other);
    }

    @Test
    void aFileNoJobTookIsDeletedWhateverEndedTheRequest() {
        assertEquals(0, unowned());
        given().contentType(CSV).body("姓名\r\n张三\r\n".getBytes(StandardCharsets.UTF_8)).queryParam("kind", "personnel")
                .post("/api/v1/import-jobs").then().statusCode(400).body("errors[0].field", equalTo("body"));
        assertEquals(0, unowned(), "refused for a missing column");
        given().contentType(CSV).header("Accept-Language", "en").body(new byte[0]).queryParam("kind", "personnel")
                .post("/api/v1/import-jobs").then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("the file is empty"));
        assertEquals(0, unowned(), "refused as empty");

        // Sent without a Content-Length, so it is only found too large as it is read.
        byte[] large = new byte[13 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        given().contentType(CSV).header("Accept-Language", "en").body(new ByteArrayInputStream(large)).queryParam("kind", "personnel")
                .post("/api/v1/import-jobs").then().statusCode(413).body("detail", equalTo("The body is larger than 12 MB."));
        assertEquals(0, unowned(), "refused as too large");

        byte[] file = roster(3);
        String key = "import-files-" + System.nanoTime();
        String job = given().contentType(CSV).header("Idempotency-Key", key).body(file).queryParam("kind", "personnel")
                .post("/api/v1/import-jobs").then().statusCode(202).extract().path("id");
        given().contentType(CSV).header("Idempotency-Key", key).body(file).queryParam("kind", "personnel")
                .post("/api/v1/import-jobs").then().statusCode(202).header("Idempotent-Replayed", "true").body("id", equalTo(job));
        assertEquals(0, unowned(), "answered from the first request");
        ImportTest.follow("/api/v1/import-jobs/" + job, null);
    }

    @Test
    void segmentsLeftByACopyThatStoppedMidUploadAreSweptAfterAnHour() {
        UUID stale = files.receive(new ByteArrayInputStream(roster(2))).id();
        UUID fresh = files.receive(new ByteArrayInputStream(roster(2))).id();
        execute("update import_file_part set created_at = now() - interval '61 minutes' where job_id = :id", stale);
        service.heartbeat();
        assertEquals(List.of(), segments(stale));
        assertEquals(1, segments(fresh).size(), "an upload still under way is kept");
        execute("delete from import_file_part where job_id = :id", fresh);
    }
}
