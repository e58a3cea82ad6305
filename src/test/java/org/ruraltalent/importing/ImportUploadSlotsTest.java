package org.ruraltalent.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.support.Await;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * One copy receives at most {@code rural-talent.import.max-concurrent-uploads} import files at
 * once (1 in tests, where a file waits 2 s for the slot): each holds a worker thread while it
 * arrives, so a slow sender cannot take them all. The files here are sent over a socket of their
 * own and held back part way, so the service is still receiving them while the next one comes.
 */
@QuarkusTest
class ImportUploadSlotsTest {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ImportService service;
    @Inject
    AgroalDataSource database;

    @Test
    void aFileBeyondTheSlotWaitsItsTurnAndOneMoreIsAnswered503AtOnceStoringNothing() throws Exception {
        String refused = "排队-" + System.nanoTime() + ".csv";
        try (HeldBack first = new HeldBack(file("名额甲")); HeldBack second = new HeldBack(file("名额乙"))) {
            first.start();
            Await.that(() -> service.uploads().taken() == 1, "the first file holds the one slot while it arrives");
            second.start();
            Await.that(() -> service.uploads().waiting() == 1, "the second file waits its turn");

            assertRefused(refused, "另有同样多个在排队");

            assertEquals(202, first.finish(), "the first file, once whole, is a job");
            assertEquals(202, second.finish(), "the second took the slot the first gave back");
        }
        assertEquals(0, jobsNamed(refused), "the refused file made no job");
        Await.that(() -> service.uploads().taken() == 0 && service.uploads().waiting() == 0, "every slot and turn came back");
    }

    @Test
    void aFileThatFindsNoSlotWithinItsWaitIsAnswered503StoringNothing() throws Exception {
        String refused = "无名额-" + System.nanoTime() + ".csv";
        try (HeldBack first = new HeldBack(file("名额丙"))) {
            first.start();
            Await.that(() -> service.uploads().taken() == 1, "the first file holds the one slot while it arrives");

            assertRefused(refused, "已有 1 个导入文件正在接收");

            assertEquals(202, first.finish());
        }
        assertEquals(0, jobsNamed(refused));
        Await.that(() -> service.uploads().taken() == 0, "the slot came back");
    }

    @Test
    void aFileWhoseSenderGoesAwayPartWayGivesTheSlotBack() throws Exception {
        try (HeldBack gone = new HeldBack(file("名额丁"))) {
            gone.start();
            Await.that(() -> service.uploads().taken() == 1, "the file holds the one slot while it arrives");
        }
        Await.that(() -> service.uploads().taken() == 0, "the slot came back when the connection closed");
        given().contentType(CSV).body(file("名额戊")).queryParam("kind", "personnel").post("/api/v1/import-jobs")
                .then().statusCode(202);
    }

    private static byte[] file(String name) {
        return ("姓名,身份证号\r\n" + name + "," + TestData.nationalId() + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A whole file sent beside those held back is answered 503, retry in 5 s, its detail saying {@code why}. */
    private static void assertRefused(String fileName, String why) {
        given().contentType(CSV).header("Accept-Language", "zh-CN").body(file("被拒"))
                .queryParam("kind", "personnel").queryParam("fileName", fileName).post("/api/v1/import-jobs")
                .then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo(ProblemType.SERVICE_UNAVAILABLE.uri().toString()))
                .body("detail", containsString(why));
    }

    private long jobsNamed(String fileName) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement count = c.prepareStatement("select count(*) from import_job where file_name = ?")) {
            count.setString(1, fileName);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** An upload over a socket of its own that announces a whole file's length and sends half of it until {@link #finish}. */
    private static final class HeldBack implements AutoCloseable {
        private final byte[] file;
        private final Socket socket;
        private final OutputStream out;

        HeldBack(byte[] file) throws IOException {
            this.file = file;
            this.socket = new Socket("localhost", RestAssured.port);
            this.out = socket.getOutputStream();
        }

        /** Sends the request's head and the first half of the file. */
        void start() throws IOException {
            String head = "POST /api/v1/import-jobs?kind=personnel HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + Tokens.admin() + "\r\nContent-Type: " + CSV + "\r\n"
                    + "Content-Length: " + file.length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(Arrays.copyOf(file, file.length / 2));
            out.flush();
        }

        /** Sends the rest; the answer's status. */
        int finish() throws IOException {
            out.write(Arrays.copyOfRange(file, file.length / 2, file.length));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
