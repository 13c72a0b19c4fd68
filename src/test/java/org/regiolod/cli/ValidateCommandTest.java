package org.regiolod.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code regiolod validate} checks any RDF file: 0 conforms, 1 violations, 2 unreadable input. */
class ValidateCommandTest {
    @TempDir static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        assertEquals(0, CliRun.of("build", "--out", site.toString(), "--quiet").exitCode());
    }

    @Test
    void ourOwnDumpsConform() {
        CliRun run = CliRun.of("validate", site.resolve("regiolod.nq").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("conforms"), run::toString);
        assertTrue(run.err().contains("Warning"), "warnings are printed: " + run);
    }

    @Test
    void violationsExitWithOneAndAreDescribed() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), """
                @prefix rlod: <https://w3id.org/regiolod/onto/> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <http://example.org/id/intervento/x/I.1> a rlod:Intervention ;
                    dct:identifier "I 1" ; dct:title "Senza lingua" .
                """);
        Path report = tmp.resolve("report.ttl");
        CliRun run = CliRun.of("validate", "--report", report.toString(), bad.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Violation: <http://example.org/id/intervento/x/I.1>"), run::toString);
        assertTrue(run.err().contains("path: <http://purl.org/dc/terms/identifier>"), run::toString);
        assertTrue(run.err().contains("value: \"I 1\""), run::toString);
        assertTrue(Files.readString(report).contains("sh:ValidationReport"));
    }

    @Test
    void otherShapesCanBeGiven() throws IOException {
        Path shapes = Files.writeString(tmp.resolve("shapes.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <http://example.org/shape> a sh:NodeShape ; sh:targetSubjectsOf dct:title ;
                    sh:property [ sh:path dct:title ; sh:maxLength 5 ] .
                """);
        CliRun run = CliRun.of("validate", "--shapes", shapes.toString(), site.resolve("dumps/pttd-2021-2023.ttl").toString());
        assertEquals(1, run.exitCode(), run::toString);
    }

    @Test
    void unreadableInputExitsWithTwo() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.ttl"), "<a> <b> \"unterminated .\n");
        CliRun run = CliRun.of("validate", broken.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("broken.ttl"), run::toString);
        assertEquals(2, CliRun.of("validate", tmp.resolve("missing.ttl").toString()).exitCode());
        assertEquals(2, CliRun.of("validate").exitCode(), "no file is a usage error");
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"build", "validate", "extract"}) {
            CliRun run = CliRun.of(cmd, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage: regiolod " + cmd), run::toString);
        }
    }
}
