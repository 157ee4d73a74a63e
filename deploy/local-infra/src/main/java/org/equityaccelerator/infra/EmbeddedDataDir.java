package org.equityaccelerator.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What a killed local stack leaves behind in its data directory, and how the next start deals with it. */
final class EmbeddedDataDir {
    private EmbeddedDataDir() {
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
