package org.regiolod.store;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.regiolod.TestPublished;
import org.regiolod.cli.CliRun;
import org.regiolod.web.examples.ExampleQueries;
import org.regiolod.web.examples.ExampleQuery;
import org.regiolod.web.guard.RawAnswer;
import org.regiolod.web.guard.SecurityHeadersFilter;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scale-out end to end: a standalone Fuseki server in its own JVM is the external store;
 * {@code publish} fills it through the Graph Store Protocol; two fronts read it and must answer
 * alike, and like the local store built from the same data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ExternalStoreTest {
    static final String BASE = TestPublished.BASE;
    static StandaloneFuseki fuseki;
    static final List<FrontProcess> fronts = new ArrayList<>();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startStore() throws Exception {
        fuseki = StandaloneFuseki.start(Path.of("src/test/resources/external-store/fuseki-writable.ttl"),
                Path.of("target/external-store"), "/regiolod/sparql?query=ASK%7B%7D", Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (FrontProcess f : fronts) f.close();
        if (fuseki != null) fuseki.close();
    }

    static String gsp() { return fuseki.url("/regiolod/data"); }
    static String queryEndpoint() { return fuseki.url("/regiolod/sparql"); }

    static CliRun publish(String to) {
        return CliRun.of("publish", "--to", to, "--base-uri", BASE, "--quiet");
    }

    @Test @Order(1)
    void publishToAPortWhereNothingListensFailsFastWithExit2() throws Exception {
        long start = System.nanoTime();
        CliRun run = publish("http://127.0.0.1:" + StandaloneFuseki.freePort() + "/regiolod/data");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("connection refused"), run.toString());
        assertTrue(run.err().contains("nothing was built or written"), run.toString());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "fails before building");
    }

    @Test @Order(1)
    void aFrontDoesNotStartWithoutAStoreOrWithoutPublishedData() throws Exception {
        CliRun nothing = CliRun.of("serve", "--sparql-endpoint", "http://127.0.0.1:" + StandaloneFuseki.freePort() + "/regiolod/sparql",
                "--port", "0", "--localhost");
        assertEquals(2, nothing.exitCode(), nothing.toString());
        assertTrue(nothing.err().contains("connection refused"), nothing.toString());
        if (tripleCount() == 0) { // before the first publish: the store answers but holds nothing of ours
            CliRun empty = CliRun.of("serve", "--sparql-endpoint", queryEndpoint(), "--port", "0", "--localhost");
            assertEquals(2, empty.exitCode(), empty.toString());
            assertTrue(empty.err().contains("holds no published RegioLOD data"), empty.toString());
            assertTrue(empty.err().contains("regiolod publish --to"), empty.toString());
        }
    }

    @Test @Order(2)
    void publishToAReadOnlyGraphStoreIsRefusedWithExit2() {
        CliRun run = publish(fuseki.url("/regiolod-ro/data"));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("HTTP 405"), run.toString());
        assertTrue(run.err().contains("nothing was written"), run.toString());
    }

    @Test @Order(3)
    void publishPutsEveryGraphOfTheBuildWithItsTriples() {
        CliRun run = publish(gsp());
        assertEquals(0, run.exitCode(), run.toString());

        Map<String, Long> local = graphSizes(TestPublished.data());
        assertTrue(local.size() >= 4, "the build has named graphs: " + local);
        for (var e : local.entrySet()) {
            assertTrue(run.out().contains(String.format("%8d triples  %s", e.getValue(), e.getKey())), e + " reported:\n" + run.out());
        }
        RemoteStore store = RemoteStore.connect(queryEndpoint(), Duration.ZERO);
        Map<String, Long> remote = graphSizes(store.get());
        String marker = VersionMarker.graphName(BASE);
        assertTrue(remote.containsKey(marker), "the version marker is in the store");
        remote.remove(marker);
        assertEquals(local, remote, "the store holds exactly the built graphs");
    }

    @Test @Order(4)
    void remoteDataReadsAnswerEveryExampleLikeTheLocalStore() {
        PublishedData remote = RemoteStore.connect(queryEndpoint(), Duration.ofSeconds(1)).get();
        assertEquals(BASE, remote.baseUri(), "the front learns the base URI from the store");
        for (ExampleQuery q : ExampleQueries.load()) {
            assertEquals(rows(TestPublished.data(), q.sparql()), rows(remote, q.sparql()), q.name());
        }
    }

    @Test @Order(5)
    void twoFrontsAnswerTheSameThroughTheirReadOnlyEndpoint() throws Exception {
        String a = frontUrls().get(0), b = frontUrls().get(1);
        for (ExampleQuery q : ExampleQueries.load()) {
            HttpResponse<String> fromA = get(a + "/sparql?query=" + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8), "text/csv");
            HttpResponse<String> fromB = post(b + "/sparql", "application/sparql-query", q.sparql(), "text/csv");
            assertEquals(200, fromA.statusCode(), fromA.body());
            assertEquals(200, fromB.statusCode(), fromB.body());
            assertEquals(fromA.body(), fromB.body(), q.name());
            long lines = fromA.body().lines().count() - 1;
            assertEquals(rows(TestPublished.data(), q.sparql()).size(), lines, q.name() + ": one CSV line per row");
        }
        HttpResponse<String> form = post(a + "/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, form.statusCode());
        assertTrue(form.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));

        // A Graph Store read through the front: the marker graph, as Turtle.
        HttpResponse<String> marker = get(a + "/sparql?graph=" + URLEncoder.encode(VersionMarker.graphName(BASE), StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, marker.statusCode(), marker.body());
        assertTrue(marker.body().contains(RemoteStore.connect(queryEndpoint(), Duration.ZERO).get().version()), marker.body());
        assertEquals(marker.body(), get(b + "/sparql?graph=" + URLEncoder.encode(VersionMarker.graphName(BASE), StandardCharsets.UTF_8), "text/turtle").body());

        // The pages and the REST API, read through RemoteData: the same on both fronts.
        for (String path : List.of("/", "/doc/piano/pttd-2021-2023", "/api/v1/plans", "/api/v1/interventions/pttd-2021-2023/I.22",
                "/api/v1/interventions?plan=pttd-2021-2023&targetGroup=pttd-2021-2023/1")) {
            String accept = path.startsWith("/api/") ? "application/json" : "text/html";
            HttpResponse<String> fromA = get(a + path, accept), fromB = get(b + path, accept);
            assertEquals(200, fromA.statusCode(), path + ": " + fromA.body());
            assertEquals(fromA.body(), fromB.body(), path);
        }
        assertTrue(get(a + "/doc/piano/pttd-2021-2023", "text/html").body().contains("Piano Triennale per la Trasformazione Digitale 2021-23"));
        assertTrue(get(a + "/api/v1/interventions/pttd-2021-2023/I.22", "application/json").body().contains(BASE + "id/intervento/pttd-2021-2023/I.22"));

        // The SPARQL page is the same on both fronts and names the store's base.
        HttpResponse<String> pageA = get(a + "/sparql", "text/html"), pageB = get(b + "/sparql", "text/html");
        assertEquals(200, pageA.statusCode());
        assertEquals(pageA.body(), pageB.body());
        assertTrue(pageA.body().contains(BASE + "sparql"));
    }

    @Test @Order(6)
    void frontsRefuseUpdatesAndTheStoreIsUntouched() throws Exception {
        String a = frontUrls().get(0);
        long before = tripleCount();
        HttpResponse<String> update = post(a + "/sparql", "application/x-www-form-urlencoded", "update=DROP%20ALL", "*/*");
        assertEquals(405, update.statusCode(), update.body());
        assertTrue(update.body().contains("read-only"), update.body());
        HttpResponse<String> direct = post(a + "/sparql", "application/sparql-update", "DROP ALL", "*/*");
        assertEquals(405, direct.statusCode());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(a + "/sparql?graph=" + URLEncoder.encode(BASE + "x", StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:a> <a:b> <a:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        assertEquals(before, tripleCount(), "the store is untouched");
        // Answers Jetty gives before any filter runs carry the security headers on a front too.
        int port = URI.create(a).getPort();
        for (String head : List.of("GET /static/%2e%2e/%2e%2e/pom.xml HTTP/1.1", "GET /sparql HTTP/1.1\r\nX-Padding: " + "a".repeat(100 * 1024))) {
            RawAnswer r = RawAnswer.send(port, head);
            assertTrue(r.status() == 400 || r.status() == 431, r::toString);
            assertEquals(SecurityHeadersFilter.DEFAULT_POLICY, r.header("Content-Security-Policy"), r::toString);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), r::toString);
        }
    }

    @Test @Order(7)
    void aNewPublishChangesTheVersionTheFrontsSee() throws Exception {
        RemoteStore store = RemoteStore.connect(queryEndpoint(), Duration.ZERO);
        String before = store.get().version();
        Map<String, String> etagBefore = new TreeMap<>();
        String askBefore = "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        for (String front : frontUrls()) {
            HttpResponse<String> r = get(front + askBefore, "application/sparql-results+json");
            etagBefore.put(front, r.headers().firstValue("ETag").orElseThrow());
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(front + askBefore))
                    .header("Accept", "application/sparql-results+json").header("If-None-Match", etagBefore.get(front)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode(), "a front answers 304 to its own ETag");
        }
        Thread.sleep(5); // versions carry the publish time in ms
        CliRun run = publish(gsp());
        assertEquals(0, run.exitCode(), run.toString());
        String after = store.get().version();
        assertNotEquals(before, after);
        assertTrue(run.out().contains("as version " + after), run.out());

        // The fronts notice within their refresh time (200 ms here): ETags change, old ones no longer match.
        String ask = "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        for (String front : frontUrls()) {
            String etag = null;
            for (int i = 0; i < 50; i++) {
                HttpResponse<String> r = get(front + ask, "application/sparql-results+json");
                assertEquals(200, r.statusCode());
                etag = r.headers().firstValue("ETag").orElseThrow();
                if (!etag.equals(etagBefore.get(front))) break;
                Thread.sleep(100);
            }
            assertNotEquals(etagBefore.get(front), etag, front + " follows the new version");
        }
    }

    /** Two fronts ({@code serve --sparql-endpoint}), each in its own JVM, started side by side. */
    static List<String> frontUrls() throws Exception {
        if (fronts.isEmpty()) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var a = pool.submit(() -> startFront("a"));
                var b = pool.submit(() -> startFront("b"));
                fronts.add(a.get());
                fronts.add(b.get());
            } finally {
                pool.shutdown();
            }
        }
        return fronts.stream().map(f -> f.url).toList();
    }

    static FrontProcess startFront(String name) {
        try {
            return FrontProcess.start(queryEndpoint(), Path.of("target/external-store/front-" + name + ".log"),
                    Duration.ofSeconds(120), "--version-refresh", "200ms");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long tripleCount() {
        // Straight to the store (RemoteStore would want a version marker first).
        return new RemoteData(queryEndpoint(), BASE, "any", java.time.Instant.EPOCH, http)
                .read(c -> {
                    long[] n = {-1};
                    c.querySelect("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", row -> n[0] = row.getLiteral("n").getLong());
                    return n[0];
                });
    }

    static Map<String, Long> graphSizes(PublishedData data) {
        Map<String, Long> out = new TreeMap<>();
        data.read(c -> {
            c.querySelect("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                    row -> out.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
            return null;
        });
        return out;
    }

    static List<String> rows(PublishedData data, String query) {
        return data.read((RDFConnection c) -> {
            List<String> out = new ArrayList<>();
            c.querySelect(query, (QuerySolution row) -> {
                TreeSet<String> cells = new TreeSet<>();
                row.varNames().forEachRemaining(v -> cells.add(v + "=" + unordered(row.get(v).toString())));
                out.add(String.join(" ", cells));
            });
            out.sort(null);
            return out;
        });
    }

    /** GROUP_CONCAT lists have no defined order in SPARQL: compare them as sets. */
    static String unordered(String value) {
        if (!value.contains(", ")) return value;
        return String.join(", ", new TreeSet<>(List.of(value.split(", "))));
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String type, String body, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
