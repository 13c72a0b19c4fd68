package org.regiolod.source;

import java.nio.file.Path;

/**
 * A problem in the input that the user must fix: names the file, the line (and column where
 * known), what is wrong and what to do. Messages are meant for plan offices, not programmers.
 */
public class InputError extends RuntimeException {
    private final Path file;
    private final int line;
    private final String column;
    private final String problem;
    private final String hint;
    private final String sheet;

    public InputError(Path file, int line, String column, String problem, String hint) {
        this(file, null, line, column, problem, hint);
    }

    /** An error in a workbook: names the sheet, the row and the column (letter and header). */
    public InputError(Path file, String sheet, int line, String column, String problem, String hint) {
        super(format(file, sheet, line, column, problem, hint));
        this.file = file;
        this.sheet = sheet;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.hint = hint;
    }

    public static InputError at(Path file, int line, String problem, String hint) {
        return new InputError(file, line, null, problem, hint);
    }

    public static InputError inFile(Path file, String problem, String hint) {
        return new InputError(file, 0, null, problem, hint);
    }

    public Path file() { return file; }
    public int line() { return line; }
    public String column() { return column; }
    public String problem() { return problem; }
    public String hint() { return hint; }
    public String sheet() { return sheet; }

    private static String format(Path file, String sheet, int line, String column, String problem, String hint) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (sheet != null) {
            sb.append(", sheet '").append(sheet).append("'");
            if (line > 0) sb.append(", row ").append(line);
            if (column != null) sb.append(", column ").append(column);
            sb.append(": ");
        } else {
            if (line > 0) sb.append(':').append(line);
            sb.append(": ");
            if (column != null) sb.append("column '").append(column).append("': ");
        }
        sb.append(problem);
        if (hint != null && !hint.isBlank()) sb.append("\n  fix: ").append(hint);
        return sb.toString();
    }
}
