package org.regiolod.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark suite at a tiny size, so that it cannot rot: two sizes, the serve rows at the
 * larger one against real child servers on 127.0.0.1, a fraction of a second per row. Checks that
 * the report is written with every row (measured, or n/a with the reason).
 */
class BenchSmokeTest {

    @Test
    void suiteWritesEveryRow(@TempDir Path out) throws Exception {
        BenchSuite.Settings settings = new BenchSuite.Settings(out, List.of(1, 2), 2, 7, 2,
                Duration.ofMillis(100), Duration.ofMillis(300), true, List.of(2), false, false);
        BenchReport r = new BenchSuite(settings, msg -> {}).run();

        assertTrue(Files.size(out.resolve("report.md")) > 0);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(2, json.get("sizes").size());

        for (String size : List.of("1×", "2×")) {
            for (String stage : List.of("build (tables → validated RDF)", "validation alone (our shapes)", "load into TDB2 (publish)",
                    "dumps (4 formats per dataset + N-Quads)", "publish (load + dumps + switch)")) {
                StageRow row = r.stages().stream().filter(s -> s.size().equals(size) && s.stage().equals(stage)).findFirst()
                        .orElseThrow(() -> new AssertionError("no row " + stage + " at " + size));
                assertTrue(row.triples() > 0 && row.triplesPerSecond() > 0, row.toString());
            }
        }
        long bigger = r.sizes().get(1).triples(), smaller = r.sizes().get(0).triples();
        assertTrue(bigger > smaller, "2× holds more triples than 1×: " + r.sizes());

        for (ServeBench.Endpoint e : ServeBench.endpoints(new Sample("http://x/", List.of("p"), 1))) {
            for (String variant : List.of("ours", "ours, repeated", "raw Fuseki", "raw Fuseki, repeated")) {
                ServeRow row = r.serve().stream().filter(s -> s.size().equals("2×") && s.endpoint().equals(e.name()) && s.variant().equals(variant))
                        .findFirst().orElseThrow(() -> new AssertionError("no serve row " + e.name() + ", " + variant));
                assertTrue(row.measured() ? row.requests() > 0 && row.errors() == 0 : row.na() != null, row.toString());
            }
            // before the timed rows, each resource of the sample was asked for once, and that walk is a row too
            for (String variant : List.of("ours, first visit of each", "raw Fuseki, first visit of each")) {
                ServeRow walk = r.serve().stream().filter(s -> s.size().equals("2×") && s.endpoint().equals(e.name()) && s.variant().equals(variant))
                        .findFirst().orElse(null);
                if (variant.startsWith("ours") && walk == null) continue; // ours is not available on every branch (then 'ours' says why)
                assertNotNull(walk, "no serve row " + e.name() + ", " + variant);
                assertEquals(ServeBench.DISTINCT, walk.requests(), walk.toString());
                assertEquals(0, walk.errors(), walk.toString());
            }
        }
        // raw Fuseki and our server's SPARQL rows are on every branch that has the server
        ServeRow raw = r.serve().stream().filter(s -> s.variant().equals("raw Fuseki") && s.endpoint().startsWith("/sparql")).findFirst().orElseThrow();
        assertTrue(raw.measured() && raw.errors() == 0, raw.toString());
        ServeRow repeated = r.serve().stream().filter(s -> s.variant().equals("ours, repeated") && s.endpoint().startsWith("/sparql")).findFirst().orElseThrow();
        assertTrue(repeated.measured() && repeated.errors() == 0, repeated.toString());
        assertTrue(r.serve().stream().anyMatch(s -> s.endpoint().equals("constant response") && s.measured()));

        assertEquals(2, r.startup().size());
        for (StartupRow s : r.startup()) {
            assertNotNull(s.startupSeconds(), s.toString());
            assertTrue(s.rssAtRestMiB() > 0 && s.rssUnderLoadMiB() >= s.rssAtRestMiB() * 0.5, s.toString());
        }
        assertFalse(r.targets().isEmpty());
        String md = Files.readString(out.resolve("report.md"));
        for (String section : List.of("## Sizes", "## Build, validation, load", "## Serve", "## Start-up and memory", "## Targets")) {
            assertTrue(md.contains(section), "report.md lacks " + section);
        }
    }
}
