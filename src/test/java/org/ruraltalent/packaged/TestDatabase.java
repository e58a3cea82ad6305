package org.ruraltalent.packaged;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One PostgreSQL (the embedded PostgreSQL 14 the service itself uses), started by the test JVM for the copies it launches. */
final class TestDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;

    private TestDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    static TestDatabase start(String name) throws IOException {
        return new TestDatabase(EmbeddedPostgres.builder()
                .setDataDirectory(PackagedService.LOGS.resolve(name + "-postgres").toFile())
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .start());
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    String username() {
        return "postgres";
    }

    String password() {
        return "postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username(), password());
    }

    /** A port nothing listens on now, for a copy of the service. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
