package org.ruraltalent.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema upgrades in place: a database created by the first migration and holding data is
 * taken through every later migration, and no row is lost or altered.
 */
@QuarkusTest
class MigrationUpgradeTest {

    @Inject
    AgroalDataSource server;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void upgradesADatabaseHoldingDataFromTheFirstMigrationToTheLast() throws Exception {
        String name = "upgrade_check_" + System.nanoTime();
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        String target = url.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
        Flyway.configure().dataSource(target, "postgres", "postgres").locations("classpath:db/migration").target("1")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(target, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("""
                    insert into division (id, code, name, level, parent_id, path)
                    values ('01900000-0000-7000-8000-000000999001', '640402901', '升级镇', 'TOWNSHIP',
                            '01900000-0000-7000-8000-000000640402', '/640000/640400/640402/640402901/')""");
            s.execute("""
                    insert into organisation (id, name, type, division_id, credit_code)
                    values ('01900000-0000-7000-8000-000000999002', '升级合作社', 'COOPERATIVE',
                            '01900000-0000-7000-8000-000000999001', null)""");
            s.execute("""
                    insert into person (id, name, gender, birth_date, national_id_cipher, national_id_hash, political_status, employer_id)
                    values ('01900000-0000-7000-8000-000000999003', '升级人', 'MALE', date '1980-02-03',
                            decode('0102', 'hex'), decode('0304', 'hex'), 'CPC_MEMBER', '01900000-0000-7000-8000-000000999002')""");
            s.execute("insert into person_category (person_id, category) values ('01900000-0000-7000-8000-000000999003', 'CADRE')");
        }
        List<String> before = snapshot(target);

        var result = Flyway.configure().dataSource(target, "postgres", "postgres").locations("classpath:db/migration").load()
                .migrate();

        assertEquals(before, snapshot(target), "rows changed by the upgrade");
        try (Connection c = DriverManager.getConnection(target, "postgres", "postgres"); Statement s = c.createStatement();
                ResultSet pending = s.executeQuery("select count(*) from flyway_schema_history where not success")) {
            pending.next();
            assertEquals(0, pending.getInt(1));
        }
        try (Connection c = DriverManager.getConnection(target, "postgres", "postgres"); Statement s = c.createStatement();
                ResultSet copied = s.executeQuery("select categories, specialties from person where id = '01900000-0000-7000-8000-000000999003'")) {
            copied.next();
            assertEquals("{CADRE}", copied.getString(1), "the person's categories, copied onto the person (V18)");
            assertEquals("{}", copied.getString(2));
        }
        org.junit.jupiter.api.Assertions.assertTrue(result.migrationsExecuted > 0, "nothing to upgrade");
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database " + name + " with (force)");
        }
    }

    private static List<String> snapshot(String url) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            for (String query : List.of(
                    "select id, code, name, level, parent_id, path, version from division order by id",
                    "select id, name, type, division_id, credit_code, hospital_grade, active, version from organisation order by id",
                    "select id, name, gender, birth_date, encode(national_id_cipher, 'hex'), encode(national_id_hash, 'hex'), "
                            + "political_status, employer_id, status, version from person order by id",
                    "select person_id, category from person_category order by person_id, category")) {
                try (ResultSet r = s.executeQuery(query)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
