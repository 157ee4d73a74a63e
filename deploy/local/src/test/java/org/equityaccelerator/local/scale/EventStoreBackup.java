package org.equityaccelerator.local.scale;

import org.equityaccelerator.command.audit.EventChainVerifier;
import org.equityaccelerator.infra.LocalInfra;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backup and restore of the event store, then the hash chain verified on the copy. Operators use pg_dump/pg_restore
 * (README); here the PostgreSQL client tools on the machine may be older than the embedded server (pg_dump refuses a
 * newer server), so the test takes the same logical copy of the record with COPY: the events in global order out, into
 * a database migrated from scratch, where the hash trigger recomputes every link from the restored rows. Equal hashes
 * and an intact chain show that the restored log is the original, byte for byte where it matters.
 */
final class EventStoreBackup {
    record Result(long events, long bytes, long dumpMillis, long restoreMillis, long verifyMillis, boolean chainIntact,
                  boolean hashesEqualToSource, String method) {
    }

    private EventStoreBackup() {
    }

    static long count(String url, String user, String password) throws SQLException {
        return count(url, user, password, "select count(*) from domainevententry");
    }

    /**
     * The stored events that go to the events topic: all but the grant events of the programs' access streams
     * ({@code access:<programId>}), which go to the internal access topic only.
     */
    static long countPublished(String url, String user, String password) throws SQLException {
        return count(url, user, password,
                "select count(*) from domainevententry where aggregateidentifier not like 'access:%'");
    }

    private static long count(String url, String user, String password, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Result backUpAndRestore(LocalInfra infra, String sourceUrl, String targetName) throws Exception {
        String user = infra.username();
        String password = infra.password();
        String columns;
        byte[] dump;
        List<String> sourceHashes;
        long started = System.nanoTime();
        try (Connection source = DriverManager.getConnection(sourceUrl, user, password)) {
            columns = columns(source);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            source.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + columns
                    + " from domainevententry order by globalindex) to stdout (format binary)", out);
            dump = out.toByteArray();
            sourceHashes = hashes(source);
        }
        long dumpMillis = (System.nanoTime() - started) / 1_000_000;

        String targetUrl = infra.database(targetName);
        started = System.nanoTime();
        Flyway.configure().dataSource(targetUrl, user, password).locations("classpath:db/commands")
                .placeholders(Map.of("appUser", "accelerator_app", "appPassword", "accelerator_app",
                        "auditorUser", "accelerator_auditor", "auditorPassword", "accelerator_auditor"))
                .load().migrate();
        try (Connection target = DriverManager.getConnection(targetUrl, user, password)) {
            target.unwrap(PGConnection.class).getCopyAPI().copyIn("copy domainevententry (" + columns
                    + ") from stdin (format binary)", new ByteArrayInputStream(dump));
            target.createStatement().execute("select setval('domainevententry_globalindex_seq', "
                    + "(select max(globalindex) from domainevententry))");
            long restoreMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            EventChainVerifier.Report report = EventChainVerifier.verify(target);
            long verifyMillis = (System.nanoTime() - started) / 1_000_000;
            return new Result(report.eventsChecked(), dump.length, dumpMillis, restoreMillis, verifyMillis,
                    report.intact(), hashes(target).equals(sourceHashes),
                    "COPY in global order into a freshly migrated database; hashes recomputed by the trigger");
        }
    }

    /** Every column but the hash, which the restore's trigger must recompute from the rows themselves. */
    private static String columns(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("select column_name from information_schema.columns "
                + "where table_name = 'domainevententry' and column_name <> 'hash' order by ordinal_position")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return String.join(", ", names);
    }

    private static List<String> hashes(Connection c) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "select globalindex || ':' || encode(hash, 'hex') from domainevententry order by globalindex")) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }
}
