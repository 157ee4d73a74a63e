package org.equityaccelerator.local.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The drill's figures, printed and kept in target/scale-it/drill-figures.txt. */
final class DrillFigures {
    private final List<String> lines = new ArrayList<>();

    void add(String step, String format, Object... args) {
        String line = step + ": " + String.format(format, args);
        lines.add(line);
        System.out.println("[drill] " + line);
    }

    void write() {
        try {
            Path file = Path.of("target", "scale-it", "drill-figures.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# " + Instant.now() + "\n" + String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
