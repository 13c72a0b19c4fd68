package org.regiolod.rdf.mappers;

import org.regiolod.rdf.Registry;
import org.regiolod.source.Row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Strict readers for typed cells (numbers, years, booleans, lists of ids): a bad cell is an
 * InputError naming the file, the line and the column, with what to write instead.
 */
final class Cells {
    private Cells() {}

    /** A decimal written with a point and no thousands separator (150000.00, 47, 0.5). */
    static BigDecimal decimal(Row row, String column) {
        String v = row.required(column);
        if (!v.matches("-?\\d+(\\.\\d+)?")) {
            throw row.error(column, "'" + v + "' is not a number as the tables write them",
                    "write digits with a point for decimals and no thousands separator, e.g. 150000.00 or 5000");
        }
        return new BigDecimal(v);
    }

    static String year(Row row, String column) {
        String v = row.required(column);
        if (!v.matches("\\d{4}")) throw row.error(column, "'" + v + "' is not a year", "write the year as 4 digits, e.g. 2023");
        return v;
    }

    static LocalDate date(Row row, String column) {
        return ActsMapper.date(row, column);
    }

    static LocalTime time(Row row, String column) {
        try {
            return LocalTime.parse(row.get(column));
        } catch (DateTimeParseException e) {
            throw row.error(column, "'" + row.get(column) + "' is not a time", "write times as HH:MM, e.g. 09:00");
        }
    }

    /** An optional boolean cell: empty is false. */
    static boolean flag(Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty() || v.equals("false")) return false;
        if (v.equals("true")) return true;
        throw row.error(column, "'" + v + "' is not true or false", "write true, false or leave the cell empty");
    }

    /** A list of ids separated by ';' (spaces around them ignored); empty cell, empty list. */
    static List<String> list(Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) return List.of();
        return Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Ids in a list cell, each checked against what the registry defines. */
    static List<String> references(Row row, String column, Registry registry, String namespace) {
        List<String> ids = list(row, column);
        ids.forEach(id -> registry.require(namespace, id, row, column));
        return ids;
    }
}
