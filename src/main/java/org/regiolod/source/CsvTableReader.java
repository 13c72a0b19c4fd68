package org.regiolod.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a UTF-8 CSV table with a header row. Strict: a file that is not UTF-8, an empty file, a
 * blank or duplicate column name, or a row with more cells than the header is an error that
 * names the file and line.
 */
public final class CsvTableReader {
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    public Table read(String kind, Path file) {
        String text = decodeUtf8(file);
        if (text.startsWith("\uFEFF")) text = text.substring(1); // spreadsheet exports add a BOM
        if (text.isBlank()) {
            throw InputError.inFile(file, "the table is empty", "the first line must be the header row: " + kind);
        }
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
                    byColumn.put(header.get(i), i < cells.size() ? cells.get(i) : "");
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

    /** Decodes strictly so that a Latin-1 or Windows-1252 export fails instead of turning into mojibake. */
    static String decodeUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputError.inFile(file, "the file does not exist", "create it, or fix its name in dataset.yaml");
        } catch (IOException e) {
            throw InputError.inFile(file, "cannot be read: " + e.getMessage(), null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = lineOfFirstInvalidByte(bytes);
            throw InputError.at(file, line, "the file is not valid UTF-8",
                    "save it as UTF-8 (in a spreadsheet: 'CSV UTF-8'; with iconv: iconv -f WINDOWS-1252 -t UTF-8)");
        }
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        int line = 1, start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }
}
