package org.regiolod.rdf.mappers;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiolod.TestData;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.source.InputError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reference between the seed-001 context tables that does not hold (an objective of an unknown
 * macro-area, a function of an unknown body, a plan aligned with an unknown plan, a scheme title
 * for a table the dataset lacks) stops the build at the file, line and column that made it.
 */
class ContextTablesBadInputTest {
    static final String AGID = "agid/piano-triennale-2020-2022/";
    static final String PTTD = "lombardia/pttd-2021-2023/";
    static final String PSSTD = "lombardia/psstd-2018/";

    @TempDir Path tmp;

    interface Breakage { void apply(Path data) throws IOException; }

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("objective of an unknown macro-area", AGID + "objectives.csv", 2, "macro_area", "'9' does not exist",
                        (Breakage) d -> replaceLine(d.resolve(AGID + "objectives.csv"), 2, "9.1,9,1,Un obiettivo,§1.2")),
                Arguments.of("objective code that is not area.number", AGID + "objectives.csv", 3, "code", "is not {macro_area}.{number}",
                        (Breakage) d -> replaceLine(d.resolve(AGID + "objectives.csv"), 3, "1.2,1,3,Un obiettivo,§1.2")),
                Arguments.of("duplicate macro-area", AGID + "macro-areas.csv", 3, "code", "defined twice",
                        (Breakage) d -> replaceLine(d.resolve(AGID + "macro-areas.csv"), 3, "1,Dati,§1.2")),
                Arguments.of("function of an unknown body", PSSTD + "governance-functions.csv", 2, "body", "'7' does not exist",
                        (Breakage) d -> replaceLine(d.resolve(PSSTD + "governance-functions.csv"), 2, "7.a,7,Una funzione,§1.1")),
                Arguments.of("guideline without text", PTTD + "decalogue.csv", 2, "text", "is empty",
                        (Breakage) d -> replaceLine(d.resolve(PTTD + "decalogue.csv"), 2, "1,,§4")),
                Arguments.of("plan aligned with an unknown plan", PTTD + "dataset.yaml", 0, null, "'pt-2099' does not exist",
                        (Breakage) d -> replaceAll(d.resolve(PTTD + "dataset.yaml"), "aligns_with: [piano-triennale-2020-2022]", "aligns_with: [pt-2099]")),
                Arguments.of("scheme title for a table the dataset lacks", AGID + "dataset.yaml", 0, null, "scheme_titles.glossary names no table",
                        (Breakage) d -> Files.writeString(d.resolve(AGID + "dataset.yaml"),
                                Files.readString(d.resolve(AGID + "dataset.yaml")) + "scheme_titles:\n  glossary: Acronimi\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void stopsAtTheRowAndColumn(String name, String file, int line, String column, String what, Breakage breakage) throws IOException {
        Path data = TestData.copyOfData(tmp);
        breakage.apply(data);
        InputError e = assertThrows(InputError.class,
                () -> BuildPipeline.builder().data(data).baseUri("http://example.org/").build().run());
        assertTrue(e.file().endsWith(file), () -> e.getMessage() + " names " + file);
        assertEquals(line, e.line(), e::getMessage);
        assertEquals(column, e.column(), e::getMessage);
        assertTrue(e.problem().contains(what), e::getMessage);
        assertTrue(e.hint() != null && !e.hint().isBlank(), e::getMessage);
    }

    static void replaceLine(Path f, int n, String line) throws IOException {
        var lines = new ArrayList<>(Files.readAllLines(f));
        lines.set(n - 1, line);
        Files.write(f, lines);
    }

    static void replaceAll(Path f, String a, String b) throws IOException {
        String s = Files.readString(f);
        assertTrue(s.contains(a), "test setup: " + f + " contains " + a);
        Files.writeString(f, s.replace(a, b));
    }
}
