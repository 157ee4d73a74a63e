package org.equityaccelerator.query.regional;

import java.time.LocalDate;

/** What the architecture rules must refuse in a view package (test fixtures, never used). */
public final class ArchitectureOffenders {
    private ArchitectureOffenders() {
    }

    public static final class ClockReadingFold {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    public static final class StoreReadingFold {
        int count(javax.sql.DataSource source) throws java.sql.SQLException {
            try (java.sql.Connection connection = source.getConnection()) {
                return connection.getTransactionIsolation();
            }
        }
    }
}
