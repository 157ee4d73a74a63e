package org.equityaccelerator.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL of its own, on a fixed port and data directory, that a test can stop and start again with its
 * data: how the tests show what a database outage looks like to a client. Its own server, so that stopping it does
 * not disturb the shared one other test classes use.
 */
public final class RestartablePostgres implements AutoCloseable {
    private final Path pgData;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path pgData, int port) {
        this.pgData = pgData;
        this.port = port;
    }

    public static RestartablePostgres start(Path pgData) throws IOException {
        RestartablePostgres pg = new RestartablePostgres(pgData, Ports.free());
        pg.server = EmbeddedPostgresServer.start(pgData, true, pg.port);
        return pg;
    }

    /** Creates the database if needed; the URL stays valid across {@link #stop()} and {@link #restart()}. */
    public String database(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             Statement s = c.createStatement()) {
            if (!s.executeQuery("select 1 from pg_database where datname = '" + name + "'").next()) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return url(name);
    }

    public Path dataDirectory() {
        return pgData;
    }

    /** Applies changed configuration files (pg_hba.conf, say) without a restart. */
    public void reloadConfiguration() {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reload the configuration", e);
        }
    }

    public String url(String name) {
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    /** A clean shutdown (pg_ctl stop -m fast): connections are refused until {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    public synchronized void restart() throws IOException {
        if (server == null) {
            server = EmbeddedPostgresServer.start(pgData, true, port);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
