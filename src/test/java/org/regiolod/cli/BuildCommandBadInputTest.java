package org.regiolod.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiolod.TestData;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A malformed input stops the build with exit code 2 and a message naming the file, the line and
 * what is wrong, and the previous output is left exactly as it was.
 */
class BuildCommandBadInputTest {
    @TempDir Path tmp;
    Path data, out, marker;

    static final String PTTD = "lombardia/pttd-2021-2023/";
    static final String PSSTD = "lombardia/psstd-2018/";

    @BeforeEach
    void setUp() throws IOException {
        data = TestData.copyOfData(tmp);
        out = tmp.resolve("site");
        Files.createDirectories(out);
        marker = Files.writeString(out.resolve("previous-build.txt"), "the last good build");
    }

    interface Breakage { void apply(Path data) throws IOException; }

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("missing column", PTTD + "interventions.csv", ":1:", "title",
                        (Breakage) d -> replaceFirstLine(d.resolve(PTTD + "interventions.csv"), "code,titolo,source_location")),
                Arguments.of("unknown column", PTTD + "interventions.csv", ":1:", "unknown column",
                        (Breakage) d -> replaceFirstLine(d.resolve(PTTD + "interventions.csv"), "code,title,source_location,budget")),
                Arguments.of("duplicate code", PTTD + "interventions.csv", ":3:", "defined twice",
                        (Breakage) d -> replaceLine(d.resolve(PTTD + "interventions.csv"), 3, "I.1,Un titolo ripetuto,§3")),
                Arguments.of("matrix cell other than X", PTTD + "matrix.csv", ":2:", "cell is 'x'",
                        (Breakage) d -> replaceLine(d.resolve(PTTD + "matrix.csv"), 2, "I.1,x,,X,,,,,,,,,,,,X,X,,,Allegato 1")),
                Arguments.of("line code that does not exist", PTTD + "matrix.csv", ":1:", "line '11' does not exist",
                        (Breakage) d -> replaceInFirstLine(d.resolve(PTTD + "matrix.csv"), "line:10,", "line:11,")),
                Arguments.of("intervention unknown to the matrix", PTTD + "matrix.csv", ":31:", "'I.99' does not exist",
                        (Breakage) d -> replaceLine(d.resolve(PTTD + "matrix.csv"), 31, "I.99,X,,,,,,,,,,,,,,,,,,Allegato 1")),
                Arguments.of("bad date", PSSTD + "acts.csv", ":2:", "is not a date",
                        (Breakage) d -> replaceInLine(d.resolve(PSSTD + "acts.csv"), 2, "2018-12-17", "17/12/2018")),
                Arguments.of("bad boolean", PTTD + "target-groups.csv", ":2:", "is not true or false",
                        (Breakage) d -> replaceInLine(d.resolve(PTTD + "target-groups.csv"), 2, ",true,", ",si,")),
                Arguments.of("file that is not UTF-8", PTTD + "interventions.csv", ":2:", "not valid UTF-8",
                        (Breakage) d -> reencode(d.resolve(PTTD + "interventions.csv"), Charset.forName("windows-1252"))),
                Arguments.of("missing file", PTTD + "matrix.csv", "matrix.csv", "does not exist",
                        (Breakage) d -> Files.delete(d.resolve(PTTD + "matrix.csv"))),
                Arguments.of("manifest with an unknown field", PTTD + "dataset.yaml", "dataset.yaml:", "unknown field 'titel'",
                        (Breakage) d -> append(d.resolve(PTTD + "dataset.yaml"), "titel: typo\n")),
                Arguments.of("manifest that is not YAML", PTTD + "dataset.yaml", "dataset.yaml:", "not valid YAML",
                        (Breakage) d -> append(d.resolve(PTTD + "dataset.yaml"), "notes: \"unterminated\n")),
                Arguments.of("manifest naming an unknown plan", PTTD + "dataset.yaml", "dataset.yaml", "'psstd-2099' does not exist",
                        (Breakage) d -> replaceAll(d.resolve(PTTD + "dataset.yaml"), "implements_plans: [psstd-2018]", "implements_plans: [psstd-2099]")),
                Arguments.of("row with too many cells", PTTD + "interventions.csv", ":4:", "4 cells",
                        (Breakage) d -> replaceLine(d.resolve(PTTD + "interventions.csv"), 4, "I.3,Titolo,§3,extra")),
                Arguments.of("empty table", PTTD + "target-groups.csv", "target-groups.csv", "empty",
                        (Breakage) d -> Files.writeString(d.resolve(PTTD + "target-groups.csv"), "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void badInputIsReportedAndNothingIsWritten(String name, String file, String place, String what, Breakage breakage) throws IOException {
        breakage.apply(data);
        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(file), () -> "names the file " + file + "\n" + run);
        assertTrue(run.err().contains(place), () -> "names the place " + place + "\n" + run);
        assertTrue(run.err().contains(what), () -> "says what is wrong: " + what + "\n" + run);
        assertTrue(run.err().contains("fix:"), () -> "says what to do\n" + run);
        assertUntouched();
    }

    @Test
    void aShaclViolationExitsWithOneWritesTheReportAndKeepsThePreviousOutput() throws IOException {
        // The same act described by two datasets with two different dates: dct:date allows one value.
        Files.writeString(data.resolve(PTTD + "acts.csv"),
                "id,type,number,date,title,issuer,source_location\n"
                        + "rl-dgr-1042-2018,DGR,XI/1042,2018-12-18,Deliberazione n. XI/1042,regione-lombardia,Scopo del documento\n");
        replaceAll(data.resolve(PTTD + "dataset.yaml"), "tables:\n", "tables:\n  acts: acts.csv\n");
        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Violation: <http://localhost:8080/id/atto/rl-dgr-1042-2018>"), run::toString);
        assertTrue(run.err().contains("path: <http://purl.org/dc/terms/date>"), run::toString);
        assertTrue(Files.readString(tmp.resolve("validation-report.ttl")).contains("sh:Violation"));
        assertUntouched();
    }

    @Test
    void aGoodBuildReplacesThePreviousOutputWhole() {
        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(Files.exists(marker));
        for (String ext : new String[] {"ttl", "nt", "jsonld", "rdf"}) {
            assertTrue(Files.isRegularFile(out.resolve("dumps/pttd-2021-2023." + ext)), ext);
        }
        try (var leftovers = Files.list(tmp)) {
            assertEquals(0, leftovers.filter(p -> p.getFileName().toString().startsWith(".site")).count());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anInvalidBaseUriIsAUsageError() throws IOException {
        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", out.toString(), "--base-uri", "not a uri");
        assertEquals(2, run.exitCode(), run::toString);
        assertUntouched();
    }

    private void assertUntouched() throws IOException {
        try (var files = Files.list(out)) {
            assertEquals(1, files.count(), "the output folder holds only what was there before");
        }
        assertEquals("the last good build", Files.readString(marker));
        try (var leftovers = Files.list(tmp)) {
            assertEquals(0, leftovers.filter(p -> p.getFileName().toString().startsWith(".site")).count(), "no temporary folder left");
        }
    }

    static void replaceFirstLine(Path f, String line) throws IOException { replaceLine(f, 1, line); }

    static void replaceLine(Path f, int n, String line) throws IOException {
        var lines = new java.util.ArrayList<>(Files.readAllLines(f));
        if (n > lines.size()) lines.add(line); else lines.set(n - 1, line);
        Files.write(f, lines);
    }

    static void replaceInFirstLine(Path f, String a, String b) throws IOException { replaceInLine(f, 1, a, b); }

    static void replaceInLine(Path f, int n, String a, String b) throws IOException {
        var lines = new java.util.ArrayList<>(Files.readAllLines(f));
        assertTrue(lines.get(n - 1).contains(a), "test setup: line " + n + " of " + f + " contains " + a);
        lines.set(n - 1, lines.get(n - 1).replace(a, b));
        Files.write(f, lines);
    }

    static void replaceAll(Path f, String a, String b) throws IOException {
        String s = Files.readString(f);
        assertTrue(s.contains(a), "test setup: " + f + " contains " + a);
        Files.writeString(f, s.replace(a, b));
    }

    static void append(Path f, String s) throws IOException {
        Files.writeString(f, Files.readString(f) + s);
    }

    static void reencode(Path f, Charset cs) throws IOException {
        Files.write(f, Files.readString(f, StandardCharsets.UTF_8).getBytes(cs));
    }
}
