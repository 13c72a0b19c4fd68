package org.regiolod.source;

import java.nio.file.Path;
import java.util.List;

/** A CSV table as read from disk: its header (in file order) and its rows. */
public record Table(String kind, Path file, List<String> header, List<Row> rows) {

    /** The line of the header row, for errors about columns. */
    public int headerLine() {
        return 1;
    }
}
