package org.regiolod.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {

    @Test
    void sameSeedSameBytesOtherSeedOtherTitles(@TempDir Path tmp) throws IOException {
        String[] opts = {"--regions", "3", "--plans-per-region", "2", "--interventions-per-plan", "7", "--seed", "42"};
        assertEquals(0, generate(tmp.resolve("a"), opts).exitCode());
        assertEquals(0, generate(tmp.resolve("b"), opts).exitCode());
        Map<String, byte[]> a = files(tmp.resolve("a")), b = files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name + " differs between two runs with one seed"));
        assertTrue(a.containsKey("toscana/piano-toscana-2/interventions.csv") || a.containsKey("lombardia/piano-lombardia-2/interventions.csv"), a.keySet().toString());

        opts[opts.length - 1] = "43";
        assertEquals(0, generate(tmp.resolve("c"), opts).exitCode());
        String file = "piemonte/piano-piemonte-1/interventions.csv";
        assertNotEquals(new String(a.get(file)), Files.readString(tmp.resolve("c").resolve(file)), "another seed, other titles");
    }

    @Test
    void generatedTreeBuildsAndValidatesAndGrowsLinearly(@TempDir Path tmp) {
        long[] triples = new long[3];
        int[] plans = {1, 2, 4};
        for (int i = 0; i < 3; i++) {
            Path dir = tmp.resolve("p" + plans[i]);
            assertEquals(0, generate(dir, "--regions", String.valueOf(plans[i]), "--plans-per-region", "1", "--interventions-per-plan", "4").exitCode());
            BuildResult r = BuildPipeline.builder().data(dir).baseUri("http://example.org/").build().run();
            assertTrue(r.validation().conforms(), () -> String.join("\n", r.validation().describe(r.validation().violations(), 20)));
            triples[i] = r.triples();
        }
        long perPlan = triples[1] - triples[0];
        assertTrue(perPlan > 0, "one more region and plan adds triples");
        // Each further region (programme + plan) adds about the same number of triples.
        double ratio = (triples[2] - triples[1]) / (2.0 * perPlan);
        assertTrue(ratio > 0.9 && ratio < 1.1, "growth per region not linear: " + List.of(triples[0], triples[1], triples[2]));
    }

    @Test
    void refusesAFolderItDidNotWrite(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        CliRun run = generate(tmp);
        assertEquals(Main.BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("not empty and was not written by 'generate'"), run.toString());
        assertTrue(Files.exists(tmp.resolve("notes.txt")));
    }

    @Test
    void badSizeIsAUsageError(@TempDir Path tmp) {
        CliRun run = generate(tmp.resolve("x"), "--regions", "0");
        assertEquals(Main.BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--regions must be at least 1"), run.toString());
    }

    private static CliRun generate(Path out, String... opts) {
        String[] args = Stream.concat(Stream.of("generate", "--out", out.toString()), Stream.of(opts)).toArray(String[]::new);
        return CliRun.of(args);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
