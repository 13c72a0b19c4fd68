package org.regiolod.source;

import java.nio.file.Path;
import java.util.Map;

/** One data row of a table, with the file and line it came from so errors can point at it. */
public record Row(Path file, int line, Map<String, String> cells, String sheet, Map<String, String> columnLetters) {

    public Row(Path file, int line, Map<String, String> cells) {
        this(file, line, cells, null, Map.of());
    }

    /** The cell's trimmed value, or "" when the column is absent or the cell empty. */
    public String get(String column) {
        String v = cells.get(column);
        return v == null ? "" : v.strip();
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }

    /** The cell's value; an {@link InputError} naming file, line and column when it is empty. */
    public String required(String column) {
        String v = get(column);
        if (v.isEmpty()) {
            throw error(column, "is empty", "every row needs a value in column '" + column + "'");
        }
        return v;
    }

    public InputError error(String column, String problem, String hint) {
        if (sheet != null) {
            String ref = column == null ? null : columnLetters.getOrDefault(column, "?") + " ('" + column + "')";
            return new InputError(file, sheet, line, ref, problem, hint);
        }
        return new InputError(file, line, column, problem, hint);
    }
}
