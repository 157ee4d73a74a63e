package org.equityaccelerator.query.web;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** RFC 4180 lines: every value quoted, quotes doubled; null is an empty, unquoted field. */
public final class Csv {
    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    public static String line(Object... values) {
        return Stream.of(values)
                .map(v -> v == null ? "" : "\"" + v.toString().replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",")) + "\n";
    }
}
