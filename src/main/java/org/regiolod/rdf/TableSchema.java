package org.regiolod.rdf;

import org.regiolod.source.InputError;
import org.regiolod.source.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a table kind has: required ones, optional ones, and families of columns named by a
 * prefix (the matrix's {@code line:<code>} columns). Checking a header against it gives errors
 * that name the file and the column.
 */
public record TableSchema(List<String> required, List<String> optional, List<String> prefixes) {

    public static TableSchema of(List<String> required, List<String> optional) {
        return new TableSchema(required, optional, List.of());
    }

    public void check(Table table) {
        for (String col : required) {
            if (!table.header().contains(col)) {
                throw table.headerError(col, "required column is missing",
                        "the header of a '" + table.kind() + "' table has the columns " + describe());
            }
        }
        for (String col : table.header()) {
            if (!required.contains(col) && !optional.contains(col) && prefixes.stream().noneMatch(col::startsWith)) {
                throw table.headerError(col, "unknown column",
                        "the columns of a '" + table.kind() + "' table are " + describe() + " (see docs/tables.md)");
            }
        }
    }

    public String describe() {
        List<String> all = new ArrayList<>(required);
        optional.forEach(o -> all.add("[" + o + "]"));
        prefixes.forEach(p -> all.add(p + "<code>…"));
        return String.join(", ", all);
    }
}
