package org.equityaccelerator.command.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aRollbackThatFailedBecauseTheConnectionDroppedIsAnOutageThroughTheApplicationExceptionItOverrides() {
        // what TransactionTemplate throws when PostgreSQL goes away mid-transaction: the rollback's own failure has no
        // SQLSTATE, the reason is the overridden application exception
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("insert failed",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseOutage.explains(rollbackFailed)).isTrue();
    }

    @Test
    void anOutageCarriedAsASuppressedExceptionIsRecognised() {
        IllegalStateException failure = new IllegalStateException("unit of work failed");
        failure.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));

        assertThat(DatabaseOutage.explains(failure)).isTrue();
    }

    @Test
    void aFailedRollbackWithoutAnOutageBehindItIsNotAnOutage() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new IllegalArgumentException("a bug"));

        assertThat(DatabaseOutage.explains(rollbackFailed)).isFalse();
        assertThat(DatabaseOutage.explains(new SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void aCycleThroughSuppressedExceptionsEnds() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalStateException b = new IllegalStateException("b", a);
        a.addSuppressed(b);

        assertThat(DatabaseOutage.explains(a)).isFalse();
    }
}
