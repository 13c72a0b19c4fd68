package org.regiolod.source;

import java.nio.file.Path;

/**
 * Checks a CSV text's quotes before it is parsed, because a CSV parser reports a missing closing
 * quote far from where it is missing (at the end of the file, or at the next quote, lines later)
 * or not at all (the rest of the file silently becomes one cell). This names the line where the
 * unclosed cell starts.
 */
final class CsvQuotes {
    private CsvQuotes() {}

    static void check(Path file, String text, char separator) {
        int line = 1;
        boolean cellStart = true, quoted = false;
        int openedOn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++; // a doubled quote inside a quoted cell
                    } else {
                        quoted = false;
                        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
                        if (next != separator && next != '\n' && next != '\r') {
                            int closedOn = line;
                            throw InputError.at(file, openedOn, openedOn == closedOn
                                    ? "a quote inside a quoted cell is not doubled (\"\")"
                                    : "the quoted cell that starts here is never closed (the next quote, on line "
                                    + closedOn + ", is taken as its end)",
                                    "end the cell with a closing quote, and double every quote inside a cell (\"\")");
                        }
                    }
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            if (c == '"' && cellStart) {
                quoted = true;
                openedOn = line;
            }
            if (c == '\n') line++;
            cellStart = c == separator || c == '\n' || c == '\r';
        }
        if (quoted) {
            throw InputError.at(file, openedOn, "the quoted cell that starts here is never closed (the file ends inside it)",
                    "add the closing quote; if the file was cut off, export it again");
        }
    }
}
