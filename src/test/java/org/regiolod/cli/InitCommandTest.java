package org.regiolod.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code init} writes a template a plan office can fill in; filled in, it builds. */
class InitCommandTest {
    @TempDir Path tmp;

    @Test
    void anUnfilledTemplateTellsWhichLineStillNeedsAValue() {
        Path data = TestData.copyOfData(tmp);
        Path plan = data.resolve("toscana/piano-prova");
        assertEquals(0, CliRun.of("init", plan.toString()).exitCode());
        for (String f : new String[] {"dataset.yaml", "lines.csv", "interventions.csv", "target-groups.csv", "matrix.csv", "acts.csv"}) {
            assertTrue(Files.isRegularFile(plan.resolve(f)), f);
        }
        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("piano-prova/dataset.yaml:"), run::toString);
        assertTrue(run.err().contains("TODO"), run::toString);
    }

    @Test
    void initNeverOverwrites() throws IOException {
        Path plan = tmp.resolve("data/x/piano");
        Files.createDirectories(plan);
        Files.writeString(plan.resolve("keep.txt"), "mine");
        CliRun run = CliRun.of("init", plan.toString());
        assertEquals(2, run.exitCode());
        assertEquals("mine", Files.readString(plan.resolve("keep.txt")));
        assertEquals(2, CliRun.of("init", tmp.resolve("data/x/Not_A_Slug").toString()).exitCode());
    }

    @Test
    void aFilledInTemplateBuildsAsWorkbookToo() throws IOException {
        Path data = TestData.copyOfData(tmp);
        Path plan = data.resolve("toscana/piano-prova");
        assertEquals(0, CliRun.of("init", "--xlsx", plan.toString()).exitCode());
        assertTrue(Files.isRegularFile(plan.resolve("piano.xlsx")));
        // A plan office fills in the manifest (here: with the values of an existing organisation
        // and seed) and the workbook's sheets.
        String m = Files.readString(plan.resolve("dataset.yaml"))
                .replace("\"TODO: titolo del dataset, in italiano\"", "Piano di prova")
                .replace("TODO: che cosa contiene il dataset, in italiano (il piano, i suoi interventi, le linee...).", "Un piano di prova.")
                .replace("TODO-organisation-id", "regione-lombardia")
                .replace("TODO.txt", "001_2fa8cf5aac9b5062.txt")
                .replace("\"TODO: titolo del documento\"", "Documento di prova")
                .replace("\"TODO: sigla del piano\"", "PP 2024")
                .replace("\"TODO: titolo del piano\"", "Piano di prova")
                .replace("region: \"TODO\"", "region: \"09\"")
                .replace("\"TODO: dove nel documento (es. Introduzione)\"", "Introduzione")
                .replace("  acts: piano.xlsx\n", "");
        Files.writeString(plan.resolve("dataset.yaml"), m);
        new org.regiolod.source.XlsxTableWriter()
                .sheet("lines", java.util.List.of(java.util.List.of("code", "title", "description", "source_location"),
                        java.util.List.of("1", "Linea uno", "", "§1")))
                .sheet("interventions", java.util.List.of(java.util.List.of("code", "title", "description", "source_location"),
                        java.util.List.of("A.1", "Intervento uno", "", "§2")))
                .sheet("target_groups", java.util.List.of(java.util.List.of("notation", "label", "label_is_interpretation", "label_derivation", "source_location"),
                        java.util.List.of("1", "Cittadini", "false", "", "§2")))
                .sheet("matrix", java.util.List.of(java.util.List.of("intervention", "line:1", "target:1", "source_location"),
                        java.util.List.of("A.1", "X", "X", "Allegato")))
                .write(plan.resolve("piano.xlsx"));
        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", tmp.resolve("site").toString(), "--quiet");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.readString(tmp.resolve("site/dumps/piano-prova.ttl")).contains("Intervento uno"));
    }
}
