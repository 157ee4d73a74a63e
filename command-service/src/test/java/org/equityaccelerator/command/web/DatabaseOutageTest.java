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
    void aRollbackTheDriverCouldNotCarryOutIsAnOutageEvenWithNothingAttached() {
        // Axon's read transaction after a failed fetch: only the rollback's error reaches the caller
        assertThat(DatabaseOutage.explains(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aBugOrAConstraintIsNotAnOutage() {
        TransactionSystemException notJdbc = new TransactionSystemException("could not commit");
        notJdbc.initApplicationException(new IllegalArgumentException("a bug"));

        assertThat(DatabaseOutage.explains(notJdbc)).isFalse();
        assertThat(DatabaseOutage.explains(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.explains(new IllegalStateException("a bug", new SQLException("syntax", "42601"))))
                .isFalse();
    }

    @Test
    void aCycleThroughSuppressedExceptionsEnds() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalStateException b = new IllegalStateException("b", a);
        a.addSuppressed(b);

        assertThat(DatabaseOutage.explains(a)).isFalse();
    }
}
