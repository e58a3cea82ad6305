package org.ruraltalent.support;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

import org.ruraltalent.common.NationalIds;

/**
 * Builds the records a test needs through the API, each with values no other test uses, so tests
 * never depend on each other's leftovers or on their order.
 */
public final class TestData {

    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextInt(1, 400));
    /** Every ID number handed out in this JVM: a random birth date alone repeats often enough to fail a run. */
    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();
    public static final String GUYUAN = "640400";
    public static final String YUANZHOU = "640402";
    public static final String XIJI = "640422";
    public static final String PENGYANG = "640425";

    private TestData() {
    }

    /** A valid national ID number no other test has used, for a man or woman born on {@code birth} in {@code region}. */
    public static String nationalId(String region, LocalDate birth, boolean male) {
        for (int attempt = 0; attempt < 500; attempt++) {
            int sequence = (int) (SEQUENCE.incrementAndGet() % 500) * 2 + (male ? 1 : 0);
            String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String number = body + NationalIds.checkDigit(body);
            if (ISSUED.add(number)) {
                return number;
            }
        }
        throw new IllegalStateException("every number for " + region + " " + birth + " is taken");
    }

    /** A fresh valid ID: random birth date, so numbers stay unique across test runs on one database. */
    public static String nationalId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(365 * 40));
        return nationalId(YUANZHOU, birth, r.nextBoolean());
    }

    /** A township under a county with a code no other test has used; returns its code. */
    public static String township(String county) {
        return division(county, "TOWNSHIP", "测试镇");
    }

    /** A village (12-digit code) under a fresh township of {@code county}; returns its code. */
    public static String village(String county) {
        return villageIn(township(county));
    }

    /** A village under {@code township} with a code not yet taken (so each call gives another); returns its code. */
    public static String villageIn(String township) {
        return division(township, "VILLAGE", "测试村");
    }

    /** A division of {@code level} under {@code parent}: its own three digits, drawn again while they are taken. */
    private static String division(String parent, String level, String name) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = parent + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 1000));
            int status = given().contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", name + code, "level", level, "parentCode", parent))
                    .post("/api/v1/divisions").statusCode();
            if (status == 201) {
                return code;
            }
        }
        throw new IllegalStateException("no free " + level + " code under " + parent);
    }

    /** A person who is a CPC member, employed by {@code employerId}; returns the id. */
    public static String partyMember(String name, String employerId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "nationalId", nationalId(), "politicalStatus", "CPC_MEMBER", "employerId", employerId))
                .post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");
    }

    /** An organisation of {@code type} in {@code divisionCode}; returns its id. */
    public static String organisation(String type, String divisionCode) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "测试单位" + SEQUENCE.incrementAndGet(), "type", type, "divisionCode", divisionCode))
                .post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
    }

    /** A person with only the required fields; returns the id. */
    public static String person(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "nationalId", nationalId()))
                .post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");
    }
}
