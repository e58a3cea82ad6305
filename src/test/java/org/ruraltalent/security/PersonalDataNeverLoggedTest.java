package org.ruraltalent.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;
import org.ruraltalent.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * National ID and mobile numbers never reach the log, whatever becomes of the request carrying
 * them. While the test runs, every logger writes at DEBUG and above into an in-memory handler on
 * the root logger; each record's message, parameters, MDC and stack trace are then searched for
 * the numbers.
 */
@QuarkusTest
class PersonalDataNeverLoggedTest {

    /** Prefix of the X-Request-Id of every request sent here, to find the records they caused. */
    private static final String REQUEST_ID_PREFIX = "pii-log-";
    /** The test's own HTTP client logs what it sends at DEBUG; that is not the service's log. */
    private static final List<String> CLIENT_LOGGERS = List.of("org.apache.http", "io.restassured");

    /** What one log record said, taken while it was published (MDC belongs to the publishing thread). */
    private record Captured(String logger, String level, String requestId, String text) {
    }

    private final Queue<Captured> captured = new ConcurrentLinkedQueue<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            captured.add(describe(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Map<Handler, Level> handlerLevels = new HashMap<>();
    private final Map<String, Level> clientLevels = new HashMap<>();
    private Level rootLevel;
    private int sequence;

    @BeforeEach
    void captureEveryLogRecord() {
        Logger root = Logger.getLogger("");
        // The DEBUG flood goes to the in-memory handler only, not to the build's console.
        for (Handler h : root.getHandlers()) {
            handlerLevels.put(h, h.getLevel());
            if (h.getLevel() == null || h.getLevel().intValue() < Level.INFO.intValue()) {
                h.setLevel(Level.INFO);
            }
        }
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        rootLevel = root.getLevel();
        root.setLevel(org.jboss.logmanager.Level.DEBUG);
        for (String name : CLIENT_LOGGERS) {
            Logger client = Logger.getLogger(name);
            clientLevels.put(name, client.getLevel());
            client.setLevel(Level.INFO);
        }
    }

    @AfterEach
    void stopCapturing() {
        Logger root = Logger.getLogger("");
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        clientLevels.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
        clientLevels.clear();
        handlerLevels.forEach(Handler::setLevel);
        handlerLevels.clear();
    }

    @Test
    void nationalIdAndMobileNumbersNeverReachTheLog() {
        String nationalId = TestData.nationalId();
        String otherId = TestData.nationalId();
        String badCheckDigit = otherId.substring(0, 17) + (otherId.charAt(17) == '1' ? '2' : '1');
        String mobile = mobile();
        String newMobile = mobile();
        String idempotencyKey = "pii-log-key-" + System.nanoTime();
        Map<String, Object> person = Map.of("name", "日志隐私", "nationalId", nationalId, "mobile", mobile);

        String id = request().header("Idempotency-Key", idempotencyKey).body(person).post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");
        request().header("Idempotency-Key", idempotencyKey).body(person).post("/api/v1/personnel")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        request().body(Map.of("name", "重复登记", "nationalId", nationalId, "mobile", newMobile)).post("/api/v1/personnel")
                .then().statusCode(409);
        request().body(Map.of("name", "校验码错", "nationalId", badCheckDigit, "mobile", newMobile)).post("/api/v1/personnel")
                .then().statusCode(400).body("errors[0].field", equalTo("nationalId"));
        request().queryParam("nationalId", nationalId).get("/api/v1/personnel")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        request().header("If-Match", "\"0\"").body(Map.of("mobile", newMobile)).patch("/api/v1/personnel/" + id)
                .then().statusCode(200);
        request().header("Authorization", Tokens.bearer("hr.reader", null, "admin", "pii-reader"))
                .get("/api/v1/personnel/" + id)
                .then().statusCode(200).body("nationalId", equalTo(nationalId)).body("mobile", equalTo(newMobile));

        List<Captured> records = new ArrayList<>(captured);
        assertFalse(records.isEmpty(), "no log record was captured at all: the test would prove nothing");
        assertTrue(records.stream().anyMatch(r -> r.requestId() != null && r.requestId().startsWith(REQUEST_ID_PREFIX)),
                "no log record was written while the service handled these requests: the test would prove nothing");

        List<String> secrets = List.of(nationalId, nationalId.substring(6, 14), otherId, otherId.substring(6, 14),
                badCheckDigit, mobile, newMobile);
        List<String> leaks = new ArrayList<>();
        for (Captured r : records) {
            String text = r.text().toUpperCase(Locale.ROOT);
            for (String secret : secrets) {
                if (text.contains(secret.toUpperCase(Locale.ROOT))) {
                    leaks.add(r.level() + " " + r.logger() + " (request " + r.requestId() + ") wrote " + secret + ": "
                            + r.text());
                }
            }
        }
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " log record(s) of " + records.size() + " hold personal data:\n" + String.join("\n", leaks));
        }
    }

    /** A request as the other tests send it (admin token by default), tagged so its log records can be found. */
    private RequestSpecification request() {
        return given().contentType(ContentType.JSON).header("X-Request-Id", REQUEST_ID_PREFIX + System.nanoTime() + "-" + ++sequence);
    }

    private static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Everything a log record could show: message raw and formatted, parameters, MDC and the full stack trace. */
    private static Captured describe(LogRecord record) {
        StringBuilder text = new StringBuilder();
        String requestId = null;
        text.append(record.getMessage());
        if (record instanceof ExtLogRecord ext) {
            text.append('\n').append(ext.getFormattedMessage());
            Map<String, String> mdc = ext.getMdcCopy();
            requestId = mdc.get("requestId");
            text.append('\n').append(mdc).append('\n').append(ext.getNdc());
        } else {
            text.append('\n').append(new java.util.logging.SimpleFormatter().formatMessage(record));
        }
        if (record.getParameters() != null) {
            text.append('\n').append(Arrays.deepToString(record.getParameters()));
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        return new Captured(record.getLoggerName(), String.valueOf(record.getLevel()), requestId, text.toString());
    }
}
