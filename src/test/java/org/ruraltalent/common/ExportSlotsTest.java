package org.ruraltalent.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.quarkus.test.junit.QuarkusTest;

/**
 * One copy writes at most {@code rural-talent.export.max-concurrent} exports at once (1 in tests,
 * which wait 2 s for a slot): a further export is answered 503 before anything is read, and a
 * slot is given back once an export's response has ended. No more wait than may run: each
 * waiting export holds one of the few worker threads.
 */
@QuarkusTest
class ExportSlotsTest {

    @Inject
    Exports exports;

    @Test
    void anExportBeyondTheSlotsIsAnswered503AndTheSlotComesBackWhenAnExportEnds() throws Exception {
        String name = "导出名额" + System.nanoTime();
        TestData.person(name);

        assertTrue(exports.slots().free().tryAcquire(5, TimeUnit.SECONDS), "the test's one slot is free");
        try {
            assertRefused(name, "已有 1 个导出正在生成");
            given().accept(TabularWriters.XLSX).queryParam("person", java.util.UUID.randomUUID().toString())
                    .get("/api/v1/assignments/export").then().statusCode(503);
        } finally {
            exports.slots().free().release();
        }

        String csv = given().accept("text/csv").queryParam("name", name).get("/api/v1/personnel/export")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains(name), csv);
        // Given back when the response ends, which the service learns just after the client does.
        assertTrue(exports.slots().free().tryAcquire(5, TimeUnit.SECONDS), "the export gave its slot back");
        exports.slots().free().release();
    }

    @Test
    void withAsManyExportsWaitingAsMayRunAFurtherOneIsAnswered503WithoutWaiting() throws Exception {
        String name = "导出排队" + System.nanoTime();
        TestData.person(name);

        assertTrue(exports.slots().free().tryAcquire(5, TimeUnit.SECONDS), "the test's one slot is free");
        // Stands for the one export the tests' one slot lets wait.
        assertTrue(exports.slots().turns().tryAcquire(5, TimeUnit.SECONDS), "the one turn to wait is free");
        try {
            assertRefused(name, "另有同样多个在排队");
        } finally {
            exports.slots().turns().release();
            exports.slots().free().release();
        }

        given().accept("text/csv").queryParam("name", name).get("/api/v1/personnel/export")
                .then().statusCode(200).body(containsString(name));
        assertTrue(exports.slots().turns().tryAcquire(5, TimeUnit.SECONDS), "no export kept a turn");
        exports.slots().turns().release();
    }

    /** The export of the people named {@code name} is answered 503, retry in 5 s, its detail saying {@code why}. */
    private static void assertRefused(String name, String why) {
        given().accept("text/csv").queryParam("name", name).get("/api/v1/personnel/export")
                .then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo(ProblemType.SERVICE_UNAVAILABLE.uri().toString()))
                .body("detail", containsString(why));
    }
}
