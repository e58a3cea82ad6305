package org.ruraltalent.personnel;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** National ID and mobile numbers are stored encrypted: the database holds no clear digits of them. */
@QuarkusTest
class PersonalDataAtRestTest {

    @Inject
    AgroalDataSource db;

    @Test
    void storesNationalIdAndMobileOnlyEncrypted() throws Exception {
        String nationalId = TestData.nationalId();
        String mobile = "1390951" + String.format("%04d", (int) (Math.random() * 10000));
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "隐私", "nationalId", nationalId, "mobile", mobile))
                .post("/api/v1/personnel").then().statusCode(201).extract().path("id");
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select * from person where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet row = s.executeQuery()) {
                row.next();
                int columns = row.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    byte[] raw = row.getBytes(i);
                    String asText = raw == null ? "" : new String(raw, StandardCharsets.ISO_8859_1);
                    String label = row.getMetaData().getColumnName(i);
                    assertFalse(asText.contains(nationalId.substring(6, 14)), label + " holds the clear birth digits");
                    assertFalse(asText.contains(mobile.substring(3)), label + " holds clear mobile digits");
                }
                assertEquals(1 + 12 + nationalId.length() + 16, row.getBytes("national_id_cipher").length);
            }
        }
    }
}
