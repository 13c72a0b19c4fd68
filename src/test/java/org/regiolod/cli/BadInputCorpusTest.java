package org.regiolod.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiolod.TestData;
import org.regiolod.store.DumpWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/<case>/}, see its README.md): each
 * case is run through the real CLI. A broken input exits with its code and a message naming the
 * file, the place and the problem, prints no stack trace and leaves the previous build exactly as
 * it was; a valid-but-odd input (BOM, CRLF, ...) builds to the same graphs as the clean data.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** One case's expected.yaml. */
    record Expected(String command, List<String> delete, List<String> args, int exit, String file, String place, String says) {
        Expected {
            delete = delete == null ? List.of() : delete;
            args = args == null ? List.of() : args;
        }
    }

    @TempDir static Path shared;
    static Path previous;

    /** The last good build, which every failed case must leave untouched. */
    @BeforeAll
    static void previousBuild() {
        previous = shared.resolve("previous");
        CliRun run = CliRun.of("build", "--data", TestData.DATA.toString(), "--out", previous.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run::toString);
    }

    static Stream<Named<Path>> cases() throws IOException {
        try (var dirs = Files.list(CORPUS)) {
            List<Path> all = dirs.filter(Files::isDirectory).sorted().toList();
            assertTrue(all.stream().filter(d -> !d.getFileName().toString().startsWith("ok-")).count() >= 30, "at least 30 broken inputs");
            return all.stream().map(d -> Named.of(d.getFileName().toString(), d));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCase(Path dir, @TempDir Path tmp) throws IOException {
        Expected e = YAML.readValue(dir.resolve("expected.yaml").toFile(), Expected.class);
        switch (e.command()) {
            case "build" -> build(dir, e, tmp);
            case "validate" -> validate(dir, e);
            default -> throw new AssertionError("unknown command in " + dir + ": " + e.command());
        }
    }

    private void build(Path dir, Expected e, Path tmp) throws IOException {
        Path data = TestData.copyOfData(tmp);
        overlay(dir.resolve("data"), data);
        for (String f : e.delete()) Files.delete(data.resolve(f));
        Path out = tmp.resolve("site");
        copyTree(previous, out);
        String before = digest(out);

        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", out.toString(), "--quiet");

        assertOutcome(e, run);
        try (var leftovers = Files.list(tmp)) {
            assertEquals(List.of(), leftovers.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).toList(),
                    "no temporary or half-moved folder is left beside the output");
        }
        if (e.exit() == 0) {
            assertNotEquals(before, digest(out), "the new build replaced the previous one");
            assertSameGraphs(previous.resolve(DumpWriter.ALL_QUADS), out.resolve(DumpWriter.ALL_QUADS));
        } else {
            assertEquals(before, digest(out), "the previous build is left exactly as it was\n" + run);
        }
    }

    private void validate(Path dir, Expected e) {
        String[] args = Stream.concat(Stream.of("validate"), e.args().stream().map(a -> dir.resolve("files").resolve(a).toString()))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertOutcome(e, run);
        if (e.exit() == 0) assertTrue(run.out().startsWith("conforms"), run::toString);
    }

    private static void assertOutcome(Expected e, CliRun run) {
        assertEquals(e.exit(), run.exitCode(), run::toString);
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in"), () -> "no stack trace\n" + run);
        if (e.file() != null) {
            assertTrue(run.err().contains(Path.of(e.file()).toString()), () -> "names the file " + e.file() + "\n" + run);
        }
        if (e.place() != null) assertTrue(run.err().contains(e.place()), () -> "names the place " + e.place() + "\n" + run);
        if (e.says() != null) assertTrue(run.err().contains(e.says()), () -> "says what is wrong: " + e.says() + "\n" + run);
        if (e.exit() == Main.BAD_INPUT) assertTrue(run.err().contains("fix:"), () -> "says what to do\n" + run);
    }

    private static void assertSameGraphs(Path expected, Path actual) {
        DatasetGraph a = RDFDataMgr.loadDatasetGraph(expected.toString());
        DatasetGraph b = RDFDataMgr.loadDatasetGraph(actual.toString());
        assertEquals(a.stream().count(), b.stream().count(), "same number of quads");
        assertTrue(IsoMatcher.isomorphic(a, b), "the odd input builds to the same graphs as the clean one");
    }

    private static void overlay(Path from, Path onto) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (var walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path t = onto.resolve(from.relativize(p).toString());
                Files.createDirectories(t.getParent());
                Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    /** A digest of every file's path and bytes under a folder. */
    static String digest(Path root) {
        try (var walk = Files.walk(root)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.sorted().toList()) {
                md.update(root.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
