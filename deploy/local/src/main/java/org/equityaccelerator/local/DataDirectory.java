package org.equityaccelerator.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The local stack's data directory. A marker file says it is ours, so that {@code --reset} never deletes a directory
 * the user pointed at by mistake.
 */
final class DataDirectory {
    static final String MARKER = ".equity-accelerator-data";

    private DataDirectory() {
    }

    /** Creates (or, with {@code reset}, empties and recreates) the directory and returns it. */
    static Path prepare(Path dir, boolean reset) {
        try {
            if (reset && Files.exists(dir)) {
                refuseIfForeign(dir);
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(DataDirectory::delete);
                }
            }
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve(MARKER))) {
                refuseIfForeign(dir);
                Files.writeString(dir.resolve(MARKER), "Data of the equity accelerator local stack (deploy/local/run)."
                        + " Delete with deploy/local/run --reset.\n");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + dir, e);
        }
    }

    private static void refuseIfForeign(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            if (!Files.exists(dir.resolve(MARKER)) && entries.findAny().isPresent()) {
                throw new IllegalArgumentException(dir + " is not empty and holds no local-stack data ("
                        + MARKER + " is missing): choose another --data-dir");
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
