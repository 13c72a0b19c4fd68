package org.regiolod.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a UTF-8 CSV table with a header row. Strict: a file that is not UTF-8 ({@link TextFile}),
 * an empty file, a file separated by ';' or tabs, an unclosed quote ({@link CsvQuotes}), a blank or
 * duplicate column name, a row with more cells than the header, or a cell breaking the
 * {@link CellRules} is an error that names the file and line.
 */
public final class CsvTableReader {
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    public Table read(String kind, Path file) {
        String text = TextFile.readUtf8(file);
        if (text.startsWith("\uFEFF")) text = text.substring(1); // spreadsheet exports add a BOM
        if (text.isBlank()) {
            throw InputError.inFile(file, "the table is empty", "the first line must be the header row: " + kind);
        }
        CsvQuotes.check(file, text, ',');
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                List<String> cells = it.nextValue();
                if (header == null) {
                    header = checkHeader(file, cells);
                    continue;
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) continue; // blank line
                if (cells.size() > header.size()) {
                    throw InputError.at(file, line, "the row has " + cells.size() + " cells but the header has "
                            + header.size() + " columns",
                            "check for a stray comma or a wrong delimiter (use ',' and quote cells that contain commas)");
                }
                Map<String, String> byColumn = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = i < cells.size() ? cells.get(i) : "";
                    CellRules.Problem p = CellRules.check(value);
                    if (p != null) throw new InputError(file, line, header.get(i), p.what(), p.fix());
                    byColumn.put(header.get(i), value);
                }
                rows.add(new Row(file, line, byColumn));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw InputError.at(file, line, "not a valid CSV table: " + e.getOriginalMessage(),
                    "check quotes: a cell that contains a quote must be quoted and the quote doubled");
        } catch (IOException e) {
            throw InputError.inFile(file, "cannot be read: " + e.getMessage(), null);
        }
        return new Table(kind, file, header, List.copyOf(rows));
    }

    private static List<String> checkHeader(Path file, List<String> cells) {
        if (cells.size() == 1) {
            String only = cells.get(0);
            for (String[] sep : new String[][] {{";", "';'"}, {"\t", "tabs"}, {"|", "'|'"}}) {
                if (only.contains(sep[0])) {
                    throw InputError.at(file, 1, "the header is one column '" + only.replace("\t", "\\t")
                                    + "': the file is separated by " + sep[1] + ", not by commas",
                            "save it as 'CSV UTF-8 (comma-separated)'; quote cells that contain commas");
                }
            }
        }
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String c : cells) {
            String name = c.strip();
            if (name.isEmpty()) {
                throw new InputError(file, 1, null, "the header has an empty column name",
                        "give every column a name from the table's format (docs/tables.md)");
            }
            if (!seen.add(name)) {
                throw new InputError(file, 1, name, "the column appears twice in the header", "remove one of them");
            }
            header.add(name);
        }
        return header;
    }
}
