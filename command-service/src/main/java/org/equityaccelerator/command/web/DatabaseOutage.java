package org.equityaccelerator.command.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recognises "the database cannot be reached" among the causes of a failed command: a temporary condition the client
 * should retry (503), not a fault of the service (500).
 */
public final class DatabaseOutage {
    public static final String RETRY_AFTER_SECONDS = "5";
    /** Cause chains are short; the bound only guards against a cycle through suppressed exceptions. */
    private static final int MAX_DEPTH = 32;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatabaseOutage() {
    }

    /**
     * Whether the failure, or anything it carries, says the database cannot be reached. Besides the causes this looks at
     * suppressed exceptions and at the application exception a failed rollback overrides: when the connection drops
     * mid-transaction the rollback fails too ("Connection is closed", no SQLSTATE) and the exception that reaches us is
     * the rollback's, with the real reason only attached to it.
     */
    public static boolean explains(Throwable failure) {
        return explains(failure, 0);
    }

    private static boolean explains(Throwable failure, int depth) {
        if (failure == null || depth > MAX_DEPTH) {
            return false;
        }
        if (isOutage(failure)) {
            return true;
        }
        if (failure instanceof TransactionSystemException tx && explains(tx.getApplicationException(), depth + 1)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (explains(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && explains(failure.getCause(), depth + 1);
    }

    /**
     * The outage answer where Spring MVC's advice cannot give it (in a servlet filter): 503 problem+json with
     * Retry-After, the same shape as {@link ProblemResponses}'.
     */
    public static void answer(HttpServletResponse response, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://equityaccelerator.org/problems/database-unavailable");
        problem.put("title", "Database unavailable");
        problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        problem.put("detail", detail);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
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
        // a commit or rollback the driver could not carry out: the connection is gone (Axon's read transaction
        // rolls back after a failed fetch and throws only the rollback's error, the fetch's is lost)
        if (t instanceof TransactionSystemException && t.getCause() instanceof SQLException) {
            return true;
        }
        // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or not accepting yet
        return t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }
}
