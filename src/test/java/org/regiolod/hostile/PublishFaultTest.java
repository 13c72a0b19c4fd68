package org.regiolod.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A publish that cannot be written fails cleanly and the server keeps serving the old version:
 * the database folder is a small tmpfs (mounted for the test; skipped where mounting is not
 * allowed), a server serves version 1 from it, and then a publish of another build is tried
 * onto the file system made read-only, and onto the file system filled up. Each failed publish
 * exits non-zero with a message saying why, leaves no version behind once the store is opened
 * again, and the server answers with version 1's triples throughout.
 *
 * <p>Heavy profile only ({@code -Pheavy}): each publish builds the data in a child JVM.
 * Each publish is a child JVM ({@code serve --publish-only}), as a publish job on a server
 * would be: a full disk under TDB2's memory-mapped files must not take the test JVM with it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfSystemProperty(named = "regiolod.heavy", matches = "true", disabledReason = "three builds in child JVMs: run with -Pheavy")
class PublishFaultTest {
    static final Path MOUNT = Path.of("target/hostile/fault-fs").toAbsolutePath();
    static final Path DB = MOUNT.resolve("db");
    static final String OTHER_BASE = "http://example.org/other/";
    static ServeProcess server;
    static long published;
    static final StringBuilder figures = new StringBuilder();

    @BeforeAll
    static void mountAndServe() throws Exception {
        Files.createDirectories(MOUNT);
        if (Files.isDirectory(DB)) run("umount", MOUNT.toString());
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", MOUNT.toString()) == 0,
                "mounting a tmpfs is allowed here (root in a container that may mount)");
        Publish first = publish(ServeProcess.BASE_URI);
        assertEquals(0, first.exit, first.output);
        server = ServeProcess.start(DB, Path.of("target/hostile/fault-serve.log"), List.of("-Xmx512m"), List.of("--no-publish"));
        published = count();
        assertTrue(published > 1000, "version 1 is served: " + published);
    }

    @AfterAll
    static void stopAndUnmount() throws Exception {
        if (server != null) server.close();
        run("umount", MOUNT.toString());
        if (!figures.isEmpty()) HostileLoadTest.report("publish-faults", figures.toString());
    }

    @Test
    @Order(1)
    void aPublishOntoAReadOnlyDatabaseFailsCleanly() throws Exception {
        // The served database seen through a read-only bind mount (the server keeps its files open for writing,
        // so the file system itself cannot be remounted read-only under it).
        Path readOnly = Files.createDirectories(Path.of("target/hostile/fault-ro").toAbsolutePath());
        assertEquals(0, run("mount", "--bind", DB.toString(), readOnly.toString()));
        try {
            assertEquals(0, run("mount", "-o", "remount,ro,bind", readOnly.toString()));
            Publish p = publish(readOnly, OTHER_BASE);
            assertFailedCleanly(p, "Read-only file system");
        } finally {
            assertEquals(0, run("umount", readOnly.toString()));
        }
        assertOnlyVersionOneIsLeft();
        assertStillServingVersionOne();
    }

    @Test
    @Order(2)
    void aPublishOntoAFullDiskFailsCleanly() throws Exception {
        Path filler = MOUNT.resolve("filler");
        fill(filler);
        try {
            Publish p = publish(OTHER_BASE);
            assertFailedCleanly(p, "no space left on the disk");
            assertFalse(p.output.contains("hs_err") || p.output.contains("A fatal error has been detected"), "the JVM did not crash: " + p.output);
            assertOnlyVersionOneIsLeft(); // the half-loaded version is removed at once, not at the next open
        } finally {
            Files.deleteIfExists(filler);
        }
        assertStillServingVersionOne();
    }

    @Test
    @Order(3)
    void afterTheFaultsTheStoreHoldsOnlyTheCompleteVersion() throws Exception {
        // Opening the store again tidies what a failed publish left; the same build is not published twice.
        Publish again = publish(ServeProcess.BASE_URI);
        assertEquals(0, again.exit, again.output);
        assertTrue(again.output.contains("published v-1"), again.output);
        assertOnlyVersionOneIsLeft();
        assertStillServingVersionOne();
    }

    /** Non-zero exit, one error saying why, that the served version is unchanged and what to do; no stack trace. */
    private static void assertFailedCleanly(Publish p, String why) {
        assertNotEquals(0, p.exit, p.output);
        String error = p.output.substring(Math.max(0, p.output.indexOf("error: ")));
        assertTrue(error.startsWith("error: cannot publish into "), "one error line: " + p.output);
        assertTrue(error.contains(why), "says why (" + why + "): " + p.output);
        assertTrue(error.contains("the published version is unchanged (v-1)"), "says what is still served: " + p.output);
        assertTrue(error.contains("fix: "), "says what to do: " + p.output);
        assertFalse(p.output.contains("\tat ") || p.output.contains("Exception") || p.output.contains("java."), "no stack trace, no Java names: " + p.output);
    }

    /** The store holds version 1 and nothing else: no half-written version, no stray link; current is v-1. */
    private static void assertOnlyVersionOneIsLeft() throws IOException {
        try (Stream<Path> s = Files.list(DB)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("current", "v-1"), names, "nothing half-published is left");
        }
        assertEquals(Path.of("v-1"), Files.readSymbolicLink(DB.resolve("current")));
    }

    private static void assertStillServingVersionOne() {
        assertTrue(server.alive(), "the server is alive");
        assertEquals(published, count(), "the old version keeps serving, whole");
        RawHttp.Response r = new RawHttp(server.port, 1).get("/sparql?query="
                + URLEncoder.encode("ASK { GRAPH ?g { <" + OTHER_BASE + "id/piano/pttd-2021-2023> ?p ?o } }", StandardCharsets.UTF_8),
                "Accept: text/plain");
        assertTrue(r.body().contains("false") || r.body().contains("no"), "nothing of the failed publish is visible: " + r);
    }

    private static long count() {
        RawHttp.Response r = new RawHttp(server.port, 1).get("/sparql?query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8), "Accept: text/csv");
        assertEquals(200, r.status(), r::toString);
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    /** Fills the file system up to its last 64 KB. */
    private static void fill(Path filler) throws IOException {
        long free = Files.getFileStore(MOUNT).getUsableSpace();
        try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
            byte[] block = new byte[64 * 1024];
            for (long written = 0; written < free - 64 * 1024; written += block.length) f.write(block);
        } catch (IOException full) {
            // Full already: that is the point.
        }
    }

    record Publish(int exit, String output) {}

    /** {@code serve --publish-only} of the repository's data with this base URI, in a child JVM. */
    private static Publish publish(String base) throws Exception {
        return publish(DB, base);
    }

    private static Publish publish(Path db, String base) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.regiolod.cli.Main",
                "serve", "--publish-only", "--db", db.toString(), "--base-uri", base));
        Path log = Files.createTempFile("publish", ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("publish did not end within 5 minutes:\n" + Files.readString(log));
        }
        String out = Files.readString(log);
        Files.delete(log);
        figures.append(String.format(java.util.Locale.ROOT, "publish --db %s --base-uri %s: exit %d in %.1f s%n%s%n",
                MOUNT.relativize(db), base, p.exitValue(), (System.nanoTime() - start) / 1e9, out.strip().indent(4)));
        return new Publish(p.exitValue(), out);
    }

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
