package org.equityaccelerator.query.projection;

import org.equityaccelerator.query.web.Csv;

import java.io.Reader;
import java.util.Iterator;
import java.util.function.Function;

/** Streams rows as CSV for PostgreSQL COPY, one row at a time (a rebuild's views need not exist twice in memory). */
final class CsvRows<T> extends Reader {
    private final Iterator<T> rows;
    private final Function<T, String[]> columns;
    private String current = "";
    private int position;

    CsvRows(Iterator<T> rows, Function<T, String[]> columns) {
        this.rows = rows;
        this.columns = columns;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        while (position == current.length()) {
            if (!rows.hasNext()) {
                return -1;
            }
            current = Csv.line((Object[]) columns.apply(rows.next()));
            position = 0;
        }
        int n = Math.min(length, current.length() - position);
        current.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
