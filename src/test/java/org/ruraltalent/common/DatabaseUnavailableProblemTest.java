package org.ruraltalent.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Each way the database can be out of reach, as the driver, the pool, Hibernate and the
 * transaction manager report it, is a 503 the caller may retry; a failing statement is not.
 * The outage itself, end to end, is database/DatabaseOutageTest.
 */
class DatabaseUnavailableProblemTest {

    @Test
    void refusedConnectionIsServiceUnavailable() {
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertUnavailable(new JDBCConnectionException("Unable to acquire JDBC Connection", refused));
    }

    @Test
    void serverShuttingDownOrStartingIsServiceUnavailable() {
        for (String state : new String[] { "57P01", "57P02", "57P03" }) {
            SQLException shutdown = new SQLException("terminating connection due to administrator command", state);
            assertUnavailable(new GenericJDBCException("could not execute statement", shutdown));
        }
    }

    @Test
    void poolAcquisitionTimeoutIsServiceUnavailable() {
        // Agroal's own words for a pool that gave no connection within quarkus.datasource.jdbc.acquisition-timeout.
        SQLException timeout = new SQLException("Acquisition timeout while waiting for new connection");
        assertUnavailable(new GenericJDBCException("Unable to acquire JDBC Connection", timeout));
        // And when every connection stayed in use (seen under a storm of statistics counts).
        SQLException allInUse = new SQLException("Sorry, acquisition timeout!");
        assertUnavailable(new GenericJDBCException("Unable to acquire JDBC Connection [Sorry, acquisition timeout!] [n/a]", allInUse));
    }

    @Test
    void commitOnALostConnectionIsServiceUnavailable() {
        XAException commitFailed = new XAException(XAException.XA_RBCOMMFAIL);
        commitFailed.initCause(new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE));
        RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(commitFailed);
        assertUnavailable(new IllegalStateException("transaction failed", rolledBack));
    }

    @Test
    void statementCancelledByItsTimeLimitIsServiceUnavailable() {
        SQLException cancelled = new SQLException("canceling statement due to statement timeout", "57014");
        ProblemException problem = ProblemMapper.classify(new org.hibernate.QueryTimeoutException("timed out", cancelled, "select"));
        assertEquals(ProblemType.SERVICE_UNAVAILABLE, problem.type);
        assertEquals("detail.database-timeout", problem.detailKey);
    }

    @Test
    void deadlockAndSerializationFailureAreRetryable() {
        for (String state : new String[] { "40001", "40P01", "55P03" }) {
            SQLException rolledBack = new SQLException("deadlock detected", state);
            ProblemException problem = ProblemMapper.classify(
                    new org.hibernate.exception.LockAcquisitionException("could not execute statement", rolledBack));
            assertEquals(ProblemType.SERVICE_UNAVAILABLE, problem.type, state);
            assertEquals("detail.database-retry", problem.detailKey, state);
        }
    }

    @Test
    void failingStatementIsStillAnInternalError() {
        SQLException syntax = new SQLException("syntax error at or near \"selec\"", "42601");
        assertEquals(ProblemType.INTERNAL, ProblemMapper.classify(new GenericJDBCException("could not prepare", syntax)).type);
    }

    @Test
    void aFailureWithoutSqlStateIsClassifiedNotThrown() {
        // Set.of(...).contains(null) throws: a state-less SQLException once made the mapper itself fail.
        SQLException stateless = new SQLException("a failure the pool or driver gives without a state");
        assertEquals(ProblemType.INTERNAL, ProblemMapper.classify(new GenericJDBCException("could not execute", stateless)).type);
    }

    private static void assertUnavailable(Throwable failure) {
        ProblemException problem = ProblemMapper.classify(failure);
        assertEquals(ProblemType.SERVICE_UNAVAILABLE, problem.type);
        assertEquals("detail.database-unavailable", problem.detailKey);
    }
}
