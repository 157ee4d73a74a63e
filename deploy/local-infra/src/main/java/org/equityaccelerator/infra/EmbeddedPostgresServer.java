package org.equityaccelerator.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Embedded PostgreSQL servers (zonky binaries), throwaway or keeping their data across restarts. */
final class EmbeddedPostgresServer {
    private EmbeddedPostgresServer() {
    }

    /**
     * Starts PostgreSQL on {@code pgData}; {@code keep}: the data stay (fsync and synchronous commit on, as in
     * production) instead of being deleted on close (zonky's defaults, -F and synchronous_commit off, suit throwaway
     * test databases only; a later -c overrides -F).
     */
    static EmbeddedPostgres start(Path pgData, boolean keep, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData).setCleanDataDirectory(!keep)
                .setServerConfig("max_connections", "200");
        if (keep) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
        }
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * PostgreSQL runs as a child process: kill -9 of the JVM leaves it running, holding the data directory. Stop it in
     * immediate mode (SIGQUIT: no checkpoint), as a crash would, so that the next start replays the WAL: the same path
     * a power cut takes, with fsync making it safe.
     */
    static void stopOrphanedPostmaster(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.get().pid())).inheritIO().start().waitFor();
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("a PostgreSQL left running on " + pgData + " (pid "
                    + postmaster.get().pid() + ") did not stop; stop it and start again", e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
