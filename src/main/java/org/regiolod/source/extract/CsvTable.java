package org.regiolod.source.extract;

import java.util.List;

/** A table as it will be written: a header and rows of strings ("" for an empty cell). */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size()
                        + " cells, the header " + header.size());
            }
        }
    }
}
