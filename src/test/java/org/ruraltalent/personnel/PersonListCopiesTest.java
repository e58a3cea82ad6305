package org.ruraltalent.personnel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruraltalent.support.Races.waitingOnLocks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ruraltalent.support.TestData;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A page of people reads each person's categories and specialties from copies on the person row
 * (migration V18), which the database keeps equal to the rows of person_category and
 * person_specialty however they are written: through the API, by set-based SQL, and by two
 * transactions changing one person at once.
 */
@QuarkusTest
class PersonListCopiesTest {

    @Inject
    AgroalDataSource database;

    @Test
    void aPageShowsCategoriesAndSpecialtiesAsTheyAreChangedThroughTheApi() {
        String name = "副本" + System.nanoTime();
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("nationalId", TestData.nationalId());
        body.put("categories", List.of("TEACHER", "CADRE"));
        body.put("specialties", List.of("数学", "物理"));
        String id = given().contentType(ContentType.JSON).body(body).post("/api/v1/personnel")
                .then().statusCode(201).extract().path("id");
        assertPage(name, List.of("CADRE", "TEACHER"), List.of("数学", "物理"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("categories", List.of("AGRICULTURAL_TECHNICIAN"), "specialties", List.of("果树")))
                .patch("/api/v1/personnel/" + id).then().statusCode(200);
        assertPage(name, List.of("AGRICULTURAL_TECHNICIAN"), List.of("果树"));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("categories", List.of(), "specialties", List.of()))
                .patch("/api/v1/personnel/" + id).then().statusCode(200);
        assertPage(name, List.of(), List.of());
    }

    @Test
    void theCopiesFollowRowsWrittenBySetBasedSql() throws SQLException {
        UUID one = UUID.fromString(TestData.person("副本甲" + System.nanoTime()));
        UUID other = UUID.fromString(TestData.person("副本乙" + System.nanoTime()));
        try (Connection db = database.getConnection()) {
            run(db, "insert into person_category (person_id, category) values (?, 'TEACHER'), (?, 'CADRE'), (?, 'TEACHER')", one, one, other);
            run(db, "insert into person_specialty (person_id, specialty) values (?, '语文'), (?, '历史')", one, other);
            assertCopies(db, one, Set.of("CADRE", "TEACHER"), Set.of("语文"));
            assertCopies(db, other, Set.of("TEACHER"), Set.of("历史"));

            // A row moved from one person to the other, in place.
            run(db, "update person_category set person_id = ? where person_id = ? and category = 'CADRE'", other, one);
            run(db, "update person_specialty set specialty = '地理' where person_id = ?", other);
            assertCopies(db, one, Set.of("TEACHER"), Set.of("语文"));
            assertCopies(db, other, Set.of("CADRE", "TEACHER"), Set.of("地理"));

            run(db, "delete from person_category where person_id in (?, ?)", one, other);
            run(db, "delete from person_specialty where person_id = ?", one);
            assertCopies(db, one, Set.of(), Set.of());
            assertCopies(db, other, Set.of(), Set.of("地理"));
        }
    }

    /**
     * Two transactions each add a category to the same person. The second one's copy waits for
     * the first to commit and then reads both rows: were it read before the wait, the first's
     * category would be lost from the copy.
     */
    @Test
    void twoTransactionsAddingCategoriesToOnePersonAtOnceAreBothCopied() throws Exception {
        UUID person = UUID.fromString(TestData.person("副本并发" + System.nanoTime()));
        try (Connection first = database.getConnection(); Connection second = database.getConnection();
                Connection watcher = database.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            run(first, "insert into person_category (person_id, category) values (?, 'TEACHER')", person);

            CompletableFuture<Void> secondWrites = CompletableFuture.runAsync(() -> {
                try {
                    run(second, "insert into person_category (person_id, category) values (?, 'DOCTOR')", person);
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (waitingOnLocks(watcher) == 0) {
                assertTrue(System.nanoTime() < deadline, "the second transaction waits for the first's lock on the person");
                Thread.sleep(10);
            }
            first.commit();
            secondWrites.get(10, TimeUnit.SECONDS);

            assertCopies(watcher, person, Set.of("DOCTOR", "TEACHER"), Set.of());
        }
    }

    private static void assertPage(String name, List<String> categories, List<String> specialties) {
        given().queryParam("name", name).get("/api/v1/personnel").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].categories", equalTo(categories))
                .body("items[0].specialties", equalTo(specialties));
    }

    private static void run(Connection db, String sql, UUID... people) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < people.length; i++) {
                statement.setObject(i + 1, people[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void assertCopies(Connection db, UUID person, Set<String> categories, Set<String> specialties) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("select categories, specialties from person where id = ?")) {
            read.setObject(1, person);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                assertEquals(categories, strings(row.getArray(1)), "categories of " + person);
                assertEquals(specialties, strings(row.getArray(2)), "specialties of " + person);
            }
        }
    }

    private static Set<String> strings(Array array) throws SQLException {
        return new TreeSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
