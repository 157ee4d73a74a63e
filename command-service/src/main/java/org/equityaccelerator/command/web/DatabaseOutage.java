package org.equityaccelerator.command.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises "the database cannot be reached" among the causes of a failed command: a temporary condition the client
 * should retry (503), not a fault of the service (500).
 */
public final class DatabaseOutage {
    public static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseOutage() {
    }

    /** Whether the failure, or any of its causes, says the database cannot be reached. */
    public static boolean explains(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (isOutage(t)) {
                return true;
            }
        }
        return false;
    }

    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException) {
            return true;
        }
        // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or not accepting yet
        return t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }
}
