package org.ruraltalent.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.ruraltalent.common.PiiProtection;
import org.ruraltalent.demo.DemoGuyuan.County;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The demo data set: a synthetic Guyuan whose statistics reproduce the city's report
 * ({@link DemoPlan}). 62 townships and 793 villages under the five counties, their
 * organisations, some fifteen thousand people with valid synthetic ID numbers, and their
 * assignments, teams, trainings, placements, ventures, platforms and projects.
 * <p>
 * Written in one transaction with JDBC batches ({@link DemoRows}), so it loads in seconds;
 * personal data is encrypted and hashed as PersonService does it. These rows bypass the audit
 * trail and the change feed. The same seed gives the same names, numbers and dates every time.
 * <p>
 * Loading twice changes nothing: the demo's marker organisation ({@link DemoGuyuan#MARKER})
 * says it is there, and a transaction-scoped advisory lock makes a second, concurrent load
 * wait for the first and then find it.
 */
@ApplicationScoped
public class DemoData {

    /** What a load did. */
    @Schema(name = "DemoDataLoad")
    public record Result(
            @Schema(example = "LOADED", maxLength = 20, description = "LOADED when this call wrote the data set, ALREADY_LOADED when it was there before.") String state,
            @Schema(description = "Rows written, by table; empty when already loaded.") Map<String, Integer> rows,
            @Schema(example = "5300", minimum = "0", maximum = "9223372036854775807", description = "How long the load took, in milliseconds.") long tookMillis,
            @Schema(example = "/api/v1/statistics/overview?division=640400", maxLength = 200, description = "Where to see the report's figures from the data.") String overview) {

        boolean created() {
            return LOADED.equals(state);
        }
    }

    static final String LOADED = "LOADED";
    static final String ALREADY_LOADED = "ALREADY_LOADED";
    /** The overview of the report's city and period, which the demo reproduces. */
    static final String OVERVIEW = "/api/v1/statistics/overview?division=640400&from=" + DemoPlan.REPORT_FROM + "&to="
            + DemoPlan.REPORT_DATE;
    /** Seeds the random source, so every load writes the same synthetic city. */
    private static final long SEED = 640400;
    /** Key of the advisory lock two concurrent loads queue on. */
    private static final long LOAD_LOCK = 0x64_04_00_DE_30L;
    private static final int TIMEOUT_SECONDS = 300;
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    PiiProtection pii;

    /** Loads the demo unless it is there already. */
    public Result load() {
        long started = System.nanoTime();
        Result result = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            try (Connection c = dataSource.getConnection()) {
                lock(c);
                if (loaded(c)) {
                    return new Result(ALREADY_LOADED, Map.of(), millisSince(started), OVERVIEW);
                }
                try (DemoRows rows = new DemoRows(c)) {
                    write(rows);
                    rows.flush();
                    return new Result(LOADED, rows.counts(), millisSince(started), OVERVIEW);
                }
            }
        });
        if (result.created()) {
            LOG.infof("Demo data loaded in %d ms: %s", result.tookMillis(), result.rows());
        }
        return result;
    }

    /** Whether the demo is there. */
    public boolean loaded() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return loaded(c);
            }
        });
    }

    /** Whether the database holds anyone at all: dev mode loads the demo only into an empty one. */
    public boolean holdsPeople() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("select exists (select 1 from person)");
                    ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        });
    }

    private void write(DemoRows rows) throws SQLException {
        Random random = new Random(SEED);
        DemoGuyuan guyuan = DemoGuyuan.build(rows, random);
        DemoContext demo = new DemoContext(rows, new DemoPeople(rows, pii, random), new DemoAssignments(rows), guyuan,
                new DemoCalendar(random), random);
        new DemoDispatch(demo).write();
        Map<County, List<UUID>> returnees = new DemoIntroduction(demo).write();
        Map<County, List<UUID>> localExperts = new DemoPlatforms(demo).write(returnees.values().stream().flatMap(List::stream).toList());
        Map<County, List<UUID>> skilled = new HashMap<>();
        for (Map<County, List<UUID>> people : List.of(returnees, localExperts)) {
            people.forEach((county, some) -> skilled.computeIfAbsent(county, k -> new ArrayList<>()).addAll(some));
        }
        new DemoCultivation(demo).write(skilled);
    }

    private static void lock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            s.setLong(1, LOAD_LOCK);
            s.execute();
        }
    }

    private static boolean loaded(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select exists (select 1 from organisation where name = ?)")) {
            s.setString(1, DemoGuyuan.MARKER);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
