package org.regiolod.rdf.mappers;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiolod.TestData;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.source.InputError;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tables of seeds 000, 002-004 are read strictly: shares that do not add up to their total, a
 * number written the Italian way, an unknown comparator, an interpretation without its note, a
 * date in the wrong format, a reference to an unknown event, a time without a date each stop the
 * build at the file, line and column, with a hint.
 */
class SeedTablesBadInputTest {
    static final String ANCI = "lombardia/accordo-anci-2022-2023/";
    static final String IO = "nazionale/io-pagopa/";
    static final String TOSCANA = "toscana/agenda-digitale-2023/";

    @TempDir Path tmp;

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("shares that do not add up to the total", ANCI + "amounts.csv", 3,
                        "quota-2022,accordo-anci-2022-2023,totale,90000.00,EUR,2022,13593,,Quota 2022,DGR", ANCI + "amounts.csv", 2, "value", "add up to 140000.00"),
                Arguments.of("a number with a thousands comma", ANCI + "targets.csv", 2,
                        "T.3.I1.V1,T.3.I1,\"5,000\",almeno,articoli,articoli pubblicati,,,Allegato 2", ANCI + "targets.csv", 2, "value", "is not a number"),
                Arguments.of("an unknown comparator", ANCI + "targets.csv", 2,
                        "T.3.I1.V1,T.3.I1,6,almen,articoli,articoli pubblicati,,,Allegato 2", ANCI + "targets.csv", 2, "comparator", "is not a comparator"),
                Arguments.of("an interpretation without its note", ANCI + "indicators.csv", 2,
                        "T.1.I1,T.1,Partecipazione a tutti gli incontri previsti,true,,Allegato 2", ANCI + "indicators.csv", 2, "interpretation_note", "does not say what or why"),
                Arguments.of("an end date written dd/mm/yyyy", ANCI + "agreement.csv", 4,
                        "accordo-anci-2022-2023,Accordo,rl-dgr-accordo-anci-2022-2023,,,dalla data della sua sottoscrizione,30/06/2023,,,,accordo-anci-2022-2023,art. 7",
                        ANCI + "agreement.csv", 4, "valid_until", "is not a date"),
                Arguments.of("a statistic stated at an unknown event", IO + "statistics.csv", 2,
                        "io-quota-popolazione-18-65,quota della popolazione,47,pari a,per cento,,oggi,,evento-ignoto,47%,en,,,01:42", IO + "statistics.csv", 2, "stated_at", "'evento-ignoto' does not exist"),
                Arguments.of("a meeting with a time but no date", TOSCANA + "meetings.csv", 2,
                        "incontro-agenda-digitale-toscana-prato-2023,Incontro a Prato,,09:00,Prato,,,,,,,riga 47", TOSCANA + "meetings.csv", 2, "time", "a time without a date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void stopsAtTheRowAndColumn(String name, String brokenFile, int brokenLine, String newLine,
                                String file, int line, String column, String what) throws IOException {
        Path data = TestData.copyOfData(tmp);
        ContextTablesBadInputTest.replaceLine(data.resolve(brokenFile), brokenLine, newLine);
        InputError e = assertThrows(InputError.class,
                () -> BuildPipeline.builder().data(data).baseUri("http://example.org/").build().run());
        assertTrue(e.file().endsWith(file), () -> e.getMessage() + " names " + file);
        assertEquals(line, e.line(), e::getMessage);
        assertEquals(column, e.column(), e::getMessage);
        assertTrue(e.problem().contains(what), e::getMessage);
        assertTrue(e.hint() != null && !e.hint().isBlank(), e::getMessage);
    }
}
