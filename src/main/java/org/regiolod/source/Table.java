package org.regiolod.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A table as read from disk: its header (in file order) and its rows. {@code sheet} is the
 * workbook sheet it came from, or null for a CSV file.
 */
public record Table(String kind, Path file, String sheet, List<String> header, List<Row> rows) {

    public Table(String kind, Path file, List<String> header, List<Row> rows) {
        this(kind, file, null, header, rows);
    }

    /** An error about a column of the header (its first row). */
    public InputError headerError(String column, String problem, String hint) {
        if (sheet != null) {
            int i = column == null ? -1 : header.indexOf(column);
            String ref = column == null ? null : (i < 0 ? "" : XlsxTableReader.columnLetter(i) + " ") + "('" + column + "')";
            return new InputError(file, sheet, 1, ref, problem, hint);
        }
        return new InputError(file, 1, column, problem, hint);
    }
}
