package org.regiolod.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.cli.Main;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.ChildJvm;
import org.regiolod.TestPublished;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * kill -9 of a real {@code serve --publish-only} process at random moments of a publish; then a
 * real {@code serve --no-publish} restart must serve the last complete version: its quad count and
 * a SHA-256 over its sorted quads equal those of a complete publish of that version, never a mix,
 * never nothing, and never the new version before the publish reached the switch (nor the old one
 * after it said it switched). Figures go to {@code target/hostile/figures-publish-crash.txt}.
 * Trials: 3 by default, the 20 with {@code -Pheavy}, any number with
 * {@code -Dregiolod.crashTrials=n} (the moments cycle through
 * the build, the load, the switch and the dumps); {@code -Dregiolod.crashSeed=n} replays a run.
 */
class PublishCrashTest {
    static final Path DATA = Path.of("data").toAbsolutePath();
    static final String QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void aPublishKilledAtAnyMomentLeavesTheLastCompleteVersionServed(@TempDir Path tmp) throws Exception {
        int trials = Integer.getInteger("regiolod.crashTrials", Boolean.getBoolean("regiolod.heavy") ? 20 : 3);
        long seed = Long.getLong("regiolod.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        // Version A is the shared test build (already in TDB2); version B is built here with another base.
        LocalData a = (LocalData) TestPublished.data();
        String b = "http://b.example.org/";
        List<String> bases = List.of(a.baseUri(), b);

        // What a complete publish of each version serves, from TDB2 stores loaded by the same code.
        Map<String, String> complete = new LinkedHashMap<>();
        complete.put(a.baseUri(), a.read(PublishCrashTest::fingerprint));
        BuildResult built = BuildPipeline.builder().data(DATA).baseUri(b).build().run();
        try (VersionedStore ref = VersionedStore.open(tmp.resolve("ref"))) {
            ref.publish(built.dataset(), built.inputHash(), b);
            complete.put(b, ref.published().read(PublishCrashTest::fingerprint));
        }
        assertNotEquals(complete.get(a.baseUri()), complete.get(b));

        Path db = tmp.resolve("db");
        try (VersionedStore store = VersionedStore.open(db)) {
            store.publish(a.dataset(), a.version(), a.baseUri());
        }
        String served = bases.get(0);
        StringBuilder log = new StringBuilder("seed " + seed + ", " + trials + " trials\n");
        long started = System.nanoTime();
        int switched = 0;
        for (int trial = 0; trial < trials; trial++) {
            String next = served.equals(bases.get(0)) ? bases.get(1) : bases.get(0);
            int mode = trial % 4;
            long delay;
            String said;
            try (ChildJvm publish = ChildJvm.start(Path.of("").toAbsolutePath(), Main.class.getName(),
                    "serve", "--publish-only", "--db", db.toString(), "--data", DATA.toString(), "--base-uri", next)) {
                switch (mode) {
                    case 0 -> { // anywhere from JVM start to the end of the build
                        delay = random.nextInt(6000);
                        Thread.sleep(delay);
                    }
                    case 1 -> { // while loading into the new database
                        publish.await(l -> l.contains("loading into"), 60_000);
                        delay = random.nextInt(400);
                        Thread.sleep(delay);
                    }
                    case 2 -> { // around the switch of the current pointer (a rename: often already done)
                        publish.await(l -> l.contains("switching to"), 60_000);
                        delay = random.nextInt(5);
                        Thread.sleep(delay);
                    }
                    default -> { // while writing the dumps and the version file, after the load
                        publish.await(l -> l.startsWith("[serve] loaded "), 60_000);
                        delay = random.nextInt(8000);
                        Thread.sleep(delay);
                    }
                }
                publish.kill9();
                said = publish.output();
            }
            // The last complete version: the new one once the publish said it switched, the old one
            // until it said it was about to; in between (the rename itself) either may be.
            boolean saidSwitched = said.lines().anyMatch(l -> l.contains("published v-"));
            boolean saidSwitching = said.lines().anyMatch(l -> l.contains("switching to"));
            Set<String> allowed = saidSwitched ? Set.of(next) : saidSwitching ? Set.of(served, next) : Set.of(served);
            String phase = saidSwitched ? "after the switch" : saidSwitching ? "at the switch" : "before the switch";

            int port = freePort();
            long restart = System.nanoTime();
            try (ChildJvm restarted = ChildJvm.start(Path.of("").toAbsolutePath(), Main.class.getName(),
                    "serve", "--no-publish", "--db", db.toString(), "--port", Integer.toString(port), "--localhost",
                    "--max-rows", "1000000", "-q")) {
                restarted.await(l -> l.contains("serving"), 60_000);
                String got;
                try (RDFConnection conn = RDFConnection.queryConnect("http://127.0.0.1:" + port + "/sparql")) {
                    got = fingerprint(conn);
                }
                String version = complete.entrySet().stream().filter(e -> e.getValue().equals(got))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                log.append(String.format(Locale.ROOT, "trial %2d mode %d delay %4d ms, killed %s -> serves %s (%s), restart %.1f s%n",
                        trial, mode, delay, phase, version, got.substring(0, got.indexOf(',')), (System.nanoTime() - restart) / 1e9));
                assertNotNull(version, "served data is no complete version (count and checksum): " + got + "\n" + log);
                assertTrue(allowed.contains(version), "killed " + phase + ", expected " + allowed + " but serves " + version + "\n" + log);
                if (!version.equals(served)) switched++;
                served = version;
            }
            assertNoIncompleteVersion(db);
        }
        log.append(String.format(Locale.ROOT, "%d trials in %.0f s, %d ended on the new version, all served a complete version%n",
                trials, (System.nanoTime() - started) / 1e9, switched));
        System.out.print(log);
        Path figures = Path.of("target/hostile/figures-publish-crash.txt");
        Files.createDirectories(figures.getParent());
        Files.writeString(figures, Instant.now() + "\n" + log);
    }

    /** Opening the store (the restart) removed whatever the killed publish left half-done. */
    private static void assertNoIncompleteVersion(Path db) throws IOException {
        try (Stream<Path> s = Files.list(db)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("v-")).toList()) {
                assertTrue(Files.isRegularFile(p.resolve(VersionedStore.VERSION_FILE)), "incomplete version left: " + p);
            }
        }
    }

    /** Number of quads and a SHA-256 over them, sorted (blank nodes all alike: their labels vary per load). */
    static String fingerprint(RDFConnection conn) {
        List<String> lines = new ArrayList<>();
        conn.querySelect(QUADS, row -> lines.add(term(row, "g") + " " + term(row, "s") + " " + term(row, "p") + " " + term(row, "o")));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String l : lines) sha.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            return lines.size() + " quads, sha256 " + HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String term(QuerySolution row, String var) {
        Node n = row.get(var).asNode();
        return n.isBlank() ? "_:b" : FmtUtils.stringForNode(n);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
