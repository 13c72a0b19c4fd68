package org.regiolod.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTableReaderTest {
    @TempDir Path tmp;
    final CsvTableReader reader = new CsvTableReader();

    @Test
    void spreadsheetExportsWithBomAndCrlfAreRead() throws IOException {
        Path f = tmp.resolve("t.csv");
        Files.write(f, "\uFEFFcode,title\r\nI.1,\"Titolo, con virgola\"\r\nI.2,àèìòù\r\n".getBytes(StandardCharsets.UTF_8));
        Table t = reader.read("interventions", f);
        assertEquals(java.util.List.of("code", "title"), t.header());
        assertEquals("Titolo, con virgola", t.rows().get(0).get("title"));
        assertEquals("àèìòù", t.rows().get(1).get("title"));
        assertEquals(3, t.rows().get(1).line());
    }

    @Test
    void aDuplicateColumnIsAnError() throws IOException {
        Path f = Files.writeString(tmp.resolve("t.csv"), "code,code\nI.1,I.2\n");
        InputError e = assertThrows(InputError.class, () -> reader.read("x", f));
        assertEquals(1, e.line());
        assertEquals("code", e.column());
    }

    @Test
    void latin1IsRejectedWithTheLineOfTheFirstBadByte() throws IOException {
        Path f = tmp.resolve("t.csv");
        Files.write(f, "code,title\nI.1,ok\nI.2,citt\u00e0\n".getBytes(StandardCharsets.ISO_8859_1));
        InputError e = assertThrows(InputError.class, () -> reader.read("x", f));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void aBrokenQuoteIsReportedWithItsLine() throws IOException {
        Path f = Files.writeString(tmp.resolve("t.csv"), "code,title\nI.1,ok\nI.2,\"non chiusa\n");
        InputError e = assertThrows(InputError.class, () -> reader.read("x", f));
        assertTrue(e.line() >= 3, e.getMessage());
    }
}
