package org.equityaccelerator.command.idempotency;

import jakarta.servlet.ServletException;

import java.io.IOException;

/** Carries the servlet chain's checked exceptions through the transaction callback (which rolls back on it). */
final class ChainFailure extends RuntimeException {

    private ChainFailure(Exception cause) {
        super(cause);
    }

    interface Chain {
        void run() throws IOException, ServletException;
    }

    static void run(Chain chain) {
        try {
            chain.run();
        } catch (IOException | ServletException e) {
            throw new ChainFailure(e);
        }
    }

    void rethrow() throws IOException, ServletException {
        if (getCause() instanceof IOException io) {
            throw io;
        }
        throw (ServletException) getCause();
    }
}
