package org.regiolod.source.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables derived from seed 001 (Lombardy PTTD 2021-23): what they must say, and that data/ holds exactly them. */
class PttdExtractorTest {

    static final Path SEEDS = Path.of("seeds");
    static final Path DATA = Path.of("data");
    static final Path SEED = SEEDS.resolve(PttdExtractor.SEED_FILE);

    static PttdTables tables;

    @BeforeAll
    static void extract() {
        tables = new PttdExtractor().extract(SEED);
    }

    // --- the committed files are the extractor's output, byte for byte ---------------------

    @Test
    void committedTablesAreExactlyWhatTheExtractorProducesFromTheSeeds(@TempDir Path out) throws IOException {
        Map<String, CsvTable> written = new PttdExtractor().extractInto(SEEDS, out);
        assertEquals(List.of("lombardia/psstd-2018/lines.csv", "lombardia/psstd-2018/governance-bodies.csv",
                "lombardia/psstd-2018/governance-functions.csv", "lombardia/pttd-2021-2023/interventions.csv",
                "lombardia/pttd-2021-2023/target-groups.csv", "lombardia/pttd-2021-2023/matrix.csv",
                "lombardia/pttd-2021-2023/decalogue.csv", "lombardia/pttd-2021-2023/project-kinds.csv",
                "lombardia/pttd-2021-2023/acronyms.csv", "agid/piano-triennale-2020-2022/macro-areas.csv",
                "agid/piano-triennale-2020-2022/objectives.csv"), List.copyOf(written.keySet()));
        for (String relative : written.keySet()) {
            Path committed = DATA.resolve(relative);
            assertTrue(Files.isRegularFile(committed), committed + " is not committed; run `regiolod extract`");
            assertArrayEquals(Files.readAllBytes(out.resolve(relative)), Files.readAllBytes(committed),
                    committed + " differs from what the extractor derives from " + SEED
                            + "; re-run `regiolod extract` and commit, or fix the extractor");
        }
    }

    @Test
    void tablesAreUtf8WithHeaderAndLfLineEnds(@TempDir Path out) throws IOException {
        new PttdExtractor().extractInto(SEEDS, out);
        String matrix = Files.readString(out.resolve("lombardia/pttd-2021-2023/matrix.csv"), StandardCharsets.UTF_8);
        assertFalse(matrix.contains("\r"));
        assertTrue(matrix.endsWith("\n"));
        assertTrue(matrix.startsWith("intervention,line:1,"));
        String lines = Files.readString(out.resolve("lombardia/psstd-2018/lines.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.contains("\n2,API e Interoperabilità,,§2\n"), "non-ASCII kept, no needless quoting");
    }

    // --- §2: the 10 LIS of the PSSTD 2018 -------------------------------------------------

    @Test
    void listsTheTenLisOfThePsstdInTheSourcesOrderAndWords() {
        assertEquals(List.of("Comunicazione digitale e accesso ai servizi", "API e Interoperabilità",
                        "Compliance normativa", "Centri di competenza", "Funzionamento degli Enti in digitale",
                        "Tecnologie ICT innovative", "Asset informativi", "Analisi avanzate dei dati",
                        "Reti e infrastrutture", "Sicurezza e privacy"),
                tables.lines().stream().map(StrategicLine::title).toList());
        assertEquals(IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).toList(),
                tables.lines().stream().map(StrategicLine::code).toList());
        tables.lines().forEach(line -> assertEquals("§2", line.sourceLocation()));
    }

    // --- §3: the 30 interventions -----------------------------------------------------------

    @Test
    void listsThirtyInterventionsCodedI1ToI30() {
        assertEquals(IntStream.rangeClosed(1, 30).mapToObj(n -> "I." + n).toList(),
                tables.interventions().stream().map(Intervention::code).toList());
        tables.interventions().forEach(i -> assertEquals("§3", i.sourceLocation()));
    }

    @Test
    void titlesAreJoinedAcrossWrappedLinesWithSourcePunctuationKept() {
        assertEquals("Garantire l’accesso degli utenti ai servizi digitali offerti da Regione Lombardia attraverso "
                        + "le modalità previste e incentivate (SPID, CIE, CNS), facendo leva sull’identità digitale "
                        + "e sul domicilio digitale", title("I.1"));
        // The code stands alone on its line; the title wraps over three lines.
        assertEquals("Realizzare soluzioni per favorire l’aggiornamento delle competenze digitali del personale "
                        + "della PA lombarda, a partire da Regione Lombardia, per l’accrescimento della ‘agilità "
                        + "digitale’ (abilità, convinzioni, modi pensare, partecipazione proattiva in ambito digitale)",
                title("I.18"));
        // After the repeated table header of the page break.
        assertEquals("Promuovere l’adozione diffusa delle Piattaforme nazionali abilitanti per la PA, estendendole "
                        + "ad ulteriori ambiti di competenza regionale e a diversi soggetti della PA lombarda e del "
                        + "mondo privato", title("I.10"));
        assertEquals("Sperimentare l’adozione di tecnologie emergenti (IoT, blockchain, Intelligent Process "
                + "Automation, ecc.) e adottare modalità di implementazione ‘agili’", title("I.30"));
        assertTrue(title("I.17").contains("re‐ingegnerizzazione"), "U+2010 hyphen kept as in the source");
    }

    @Test
    void titlesHaveNoNoBreakSpacesDoubleSpacesOrTableHeaders() {
        for (Intervention i : tables.interventions()) {
            assertFalse(i.title().contains("\u00A0"), i.code());
            assertFalse(i.title().contains("  "), i.code());
            assertEquals(i.title().strip(), i.title(), i.code());
            assertFalse(i.title().contains("Interventi strategici"), i.code());
        }
    }

    // --- Allegato 1: the matrix --------------------------------------------------------------

    @Test
    void matrixHasOneRowPerInterventionInOrderEachWithTenLineAndEightTargetCells() throws IOException {
        List<String[]> csv = readCsv(writeMatrix());
        String[] header = csv.get(0);
        List<String> expectedHeader = new ArrayList<>(List.of("intervention"));
        IntStream.rangeClosed(1, 10).forEach(n -> expectedHeader.add("line:" + n));
        IntStream.rangeClosed(1, 8).forEach(n -> expectedHeader.add("target:" + n));
        expectedHeader.add("source_location");
        assertEquals(expectedHeader, List.of(header));
        assertEquals(31, csv.size());
        for (int r = 1; r < csv.size(); r++) {
            String[] row = csv.get(r);
            assertEquals("I." + r, row[0]);
            assertEquals(1 + 10 + 8 + 1, row.length, row[0]);
            assertEquals("Allegato 1", row[row.length - 1]);
            for (int c = 1; c <= 10 + 8; c++) {
                assertTrue(row[c].equals("X") || row[c].isEmpty(), row[0] + " cell " + header[c] + ": " + row[c]);
            }
        }
    }

    @Test
    void rowI1MarksLis1And3AndTargets5And6() {
        assertRow("I.1", List.of(1, 3), List.of(5, 6), 1230);
    }

    @Test
    void rowsI5I6I13I15AreReadFromTheirTitleLines() {
        assertRow("I.5", List.of(), List.of(1, 5, 6), 1251);
        assertRow("I.6", List.of(), List.of(1, 2, 3, 4, 5, 6, 7), 1253);
        assertRow("I.13", List.of(5, 7), List.of(1), 1294);
        assertRow("I.15", List.of(3, 4, 5), List.of(1, 2, 3, 4), 1302);
    }

    @Test
    void lastTargetColumnIsReadWhereTheSourceMarksIt() {
        assertRow("I.10", List.of(1, 2, 5), List.of(1, 2, 3, 5, 6, 7, 8), 1277);
        assertRow("I.27", List.of(1, 2, 4, 5, 6, 8), List.of(7, 8), 1381);
    }

    @Test
    void rowsWithNoLisMarkedStayEmpty() {
        List<String> withoutLis = tables.matrix().stream()
                .filter(row -> !row.lines().contains(true)).map(MatrixRow::intervention).toList();
        assertEquals(List.of("I.5", "I.6"), withoutLis);
        // …and every intervention targets someone.
        tables.matrix().forEach(row -> assertTrue(row.targets().contains(true), row.intervention()));
    }

    // --- the target columns: positions kept, labels marked as interpretation ---------------

    @Test
    void targetGroupsAreTheEightColumnsByPositionAllLabelledAsInterpretation() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8),
                tables.targetGroups().stream().map(TargetGroup::notation).toList());
        for (TargetGroup group : tables.targetGroups()) {
            assertTrue(group.labelIsInterpretation(), "the source's header for these columns is lost");
            assertTrue(group.labelDerivation().length() > 80, "derivation says how: " + group.notation());
            assertEquals("Allegato 1", group.sourceLocation());
        }
    }

    // --- a seed with another layout fails loudly --------------------------------------------

    @Test
    void aRowWithSeventeenCellsFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path seed = seedWithLine(dir, 1230, line -> line.replaceFirst("\u00A0\u00A0 ", ""));
        SeedLayoutException e = assertThrows(SeedLayoutException.class, () -> new PttdExtractor().extract(seed));
        assertEquals(1230, e.line());
        assertTrue(e.getMessage().startsWith(seed + ":1230: "), e.getMessage());
        assertTrue(e.getMessage().contains("I.1 has 17 cells, expected 18"), e.getMessage());
    }

    @Test
    void aCellOtherThanXOrBlankFails(@TempDir Path dir) throws IOException {
        Path seed = seedWithLine(dir, 1236, line -> line.replaceFirst(" \u00A0\u00A0 ", " \u00A0X "));
        SeedLayoutException e = assertThrows(SeedLayoutException.class, () -> new PttdExtractor().extract(seed));
        assertEquals(1236, e.line());
        assertTrue(e.getMessage().contains("cell 2 of the Allegato 1 row of I.2 is '⍽X'"), e.getMessage());
    }

    @Test
    void foreignTextInACellLineFails(@TempDir Path dir) throws IOException {
        Path seed = seedWithLine(dir, 1236, line -> "Y" + line.substring(1));
        SeedLayoutException e = assertThrows(SeedLayoutException.class, () -> new PttdExtractor().extract(seed));
        assertEquals(1236, e.line());
        assertTrue(e.getMessage().contains("I.2 has 17 cells"), e.getMessage());
    }

    @Test
    void aMissingInterventionRowFails(@TempDir Path dir) throws IOException {
        // Renumbering I.7's code line makes the annex jump from I.6 to I.8.
        Path seed = seedWithLine(dir, 1255, line -> line.replace("I.7", "I.8"));
        SeedLayoutException e = assertThrows(SeedLayoutException.class, () -> new PttdExtractor().extract(seed));
        assertEquals(1255, e.line());
        assertTrue(e.getMessage().contains("expected the Allegato 1 row of I.7"), e.getMessage());
    }

    @Test
    void aRowWithoutCellsFails(@TempDir Path dir) throws IOException {
        Path seed = seedWithLine(dir, 1259, line -> "");
        SeedLayoutException e = assertThrows(SeedLayoutException.class, () -> new PttdExtractor().extract(seed));
        assertEquals(1255, e.line());
        assertTrue(e.getMessage().contains("I.7 has no line of 18 cells"), e.getMessage());
    }

    @Test
    void aMissingInterventionInTheSection3TableFails(@TempDir Path dir) throws IOException {
        Path seed = seedWithLine(dir, 1038, line -> line.replace("I.10", "I.11"));
        SeedLayoutException e = assertThrows(SeedLayoutException.class, () -> new PttdExtractor().extract(seed));
        assertEquals(1038, e.line());
        assertTrue(e.getMessage().contains("expected intervention I.10"), e.getMessage());
    }

    @Test
    void aLayoutErrorWritesNothing(@TempDir Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path seed = seedWithLine(dir, 1230, line -> line.replaceFirst("\u00A0\u00A0 ", ""));
        Files.move(seed, seeds.resolve(PttdExtractor.SEED_FILE));
        Path data = dir.resolve("data");
        assertThrows(SeedLayoutException.class, () -> new PttdExtractor().extractInto(seeds, data));
        assertFalse(Files.exists(data));
    }

    // --- helpers ------------------------------------------------------------------------------

    static String title(String code) {
        return tables.interventions().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().title();
    }

    static MatrixRow row(String code) {
        return tables.matrix().stream().filter(r -> r.intervention().equals(code)).findFirst().orElseThrow();
    }

    /** Expected marks as read by eye from the seed line {@code seedLine}. */
    static void assertRow(String code, List<Integer> lines, List<Integer> targets, int seedLine) {
        MatrixRow row = row(code);
        assertEquals(seedLine, row.seedLine(), code);
        assertEquals(lines, IntStream.rangeClosed(1, 10).filter(row::marksLine).boxed().toList(), code + " LIS");
        assertEquals(targets, IntStream.rangeClosed(1, 8).filter(row::marksTarget).boxed().toList(), code + " targets");
    }

    static Path writeMatrix() throws IOException {
        Path file = Files.createTempFile("matrix", ".csv");
        new CsvTableWriter().write(file, tables.csvTables().get("lombardia/pttd-2021-2023/matrix.csv"));
        return file;
    }

    static List<String[]> readCsv(Path file) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(file.toFile())) {
            return rows.readAll();
        }
    }

    /** A copy of seed 001 with line {@code number} (1-based) changed. */
    static Path seedWithLine(Path dir, int number, java.util.function.UnaryOperator<String> change)
            throws IOException {
        List<String> lines = new ArrayList<>(List.of(Files.readString(SEED).split("\n", -1)));
        lines.set(number - 1, change.apply(lines.get(number - 1)));
        Path copy = dir.resolve(PttdExtractor.SEED_FILE);
        Files.writeString(copy, String.join("\n", lines));
        return copy;
    }
}
