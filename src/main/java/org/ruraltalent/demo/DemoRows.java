package org.ruraltalent.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's rows, written with JDBC batches on one connection (so in the caller's transaction)
 * and counted per table. Rows wait in their table's batch; a flush writes the tables in the
 * order of {@link Table}, parents before children, so a row may name any row added before it.
 * <p>
 * Rows written this way pass neither the audit trail nor the change feed (both hang on the
 * entities): acceptable for synthetic demo data, which records no one's decision.
 */
final class DemoRows implements AutoCloseable {

    /** The tables the demo writes, in foreign-key order, with the columns it fills. */
    enum Table {
        DIVISION("division", "id", "code", "name", "level", "parent_id", "path"),
        ORGANISATION("organisation", "id", "name", "type", "division_id", "hospital_grade"),
        PERSON("person", "id", "name", "gender", "ethnic_group", "birth_date", "national_id_cipher", "national_id_hash",
                "education", "degree", "political_status", "professional_title", "title_level", "employer_id", "home_division_id"),
        PERSON_CATEGORY("person_category", "person_id", "category"),
        TEAM("team", "id", "name", "type", "division_id", "formed_on"),
        ASSIGNMENT("assignment", "id", "person_id", "person_party", "role", "host_organisation_id", "host_division_id",
                "host_level", "sending_organisation_id", "sending_level", "batch_year", "start_date", "planned_end_date",
                "actual_end_date", "status"),
        ASSIGNMENT_TRANSITION("assignment_transition", "id", "assignment_id", "from_status", "to_status", "effective_on", "actor",
                "occurred_at"),
        TEAM_MEMBER("team_member", "id", "team_id", "person_id", "role", "joined_on"),
        TEAM_SERVED_ORGANISATION("team_served_organisation", "team_id", "organisation_id"),
        TRAINING_PROGRAMME("training_programme", "id", "name", "type", "provider_organisation_id", "division_id", "subject", "year"),
        TRAINING_SESSION("training_session", "id", "programme_id", "title", "starts_on", "ends_on", "place", "capacity",
                "head_count"),
        TRAINING_ENROLMENT("training_enrolment", "id", "session_id", "person_id", "status", "enrolled_on", "hours",
                "target_degree", "institution_id", "expected_graduation", "actual_graduation", "study_status"),
        TALENT_DEMAND("talent_demand", "id", "division_id", "division_level", "organisation_id", "year", "position", "field",
                "quantity"),
        RECRUITMENT_PROGRAMME("recruitment_programme", "id", "name", "kind", "year", "quota", "division_id"),
        PLACEMENT("placement", "id", "programme_id", "person_id", "organisation_id", "placed_on", "demand_id", "assignment_id"),
        VENTURE("venture", "id", "founder_id", "name", "kind", "division_id", "founded_on", "people_employed"),
        WORKSTATION("workstation", "id", "kind", "name", "host_organisation_id", "division_id", "opened_on"),
        WORKSTATION_MEMBER("workstation_member", "id", "workstation_id", "person_id", "joined_on"),
        TALENT_PROJECT("talent_project", "id", "title", "industry_id", "lead_organisation_id", "division_id", "funding_amount",
                "funding_level", "year", "status"),
        TALENT_PROJECT_PERSON("talent_project_person", "project_id", "person_id"),
        PARTNERSHIP("partnership", "id", "partner_organisation_id", "local_organisation_id", "division_id", "started_on", "note"),
        PARTNERSHIP_EXPERT("partnership_expert", "id", "partnership_id", "person_id", "joined_on", "left_on");

        final String name;
        final List<String> columns;

        Table(String name, String... columns) {
            this.name = name;
            this.columns = List.of(columns);
        }

        String insert() {
            return "insert into " + name + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        }
    }

    /** Rows waiting in all batches together before they are written. */
    private static final int FLUSH_EVERY = 5_000;

    private final Connection connection;
    private final Map<Table, PreparedStatement> statements = new EnumMap<>(Table.class);
    private final Map<Table, Integer> counts = new EnumMap<>(Table.class);
    private int waiting;

    DemoRows(Connection connection) {
        this.connection = connection;
    }

    /** Adds a row to the table's batch: one value per column, in the order {@link Table} names them. */
    void add(Table table, Object... values) throws SQLException {
        if (values.length != table.columns.size()) {
            throw new IllegalArgumentException(table.name + " takes " + table.columns.size() + " values, not " + values.length);
        }
        PreparedStatement statement = statement(table);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        counts.merge(table, 1, Integer::sum);
        if (++waiting >= FLUSH_EVERY) {
            flush();
        }
    }

    /** Writes every waiting row, parents first. */
    void flush() throws SQLException {
        for (Map.Entry<Table, PreparedStatement> e : statements.entrySet()) {
            e.getValue().executeBatch();
        }
        waiting = 0;
    }

    /** Rows written per table, by table name, in foreign-key order. */
    Map<String, Integer> counts() {
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((table, n) -> byName.put(table.name, n));
        return byName;
    }

    Connection connection() {
        return connection;
    }

    private PreparedStatement statement(Table table) throws SQLException {
        PreparedStatement statement = statements.get(table);
        if (statement == null) {
            statement = connection.prepareStatement(table.insert());
            statements.put(table, statement);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : statements.values()) {
            s.close();
        }
    }
}
