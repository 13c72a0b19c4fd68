package org.regiolod.web.server;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Read-only, no admin endpoints, timeout, row cap, concurrency bound, ETag/304, CORS. */
class EndpointProtectionTest {
    /** Three unbound patterns: billions of combinations to count, far beyond any timeout. */
    static final String PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String CHEAP = "ASK { ?s a <https://w3id.org/regiolod/onto/Plan> }";
    static final String ALL = "SELECT * WHERE { ?s ?p ?o }";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    HttpResponse<String> query(String q, String accept) {
        return server.get("/sparql?query=" + TestServer.enc(q), "Accept", accept);
    }

    CompletableFuture<HttpResponse<String>> queryAsync(String q) {
        return server.http.sendAsync(HttpRequest.newBuilder(URI.create(server.sparql + "?query=" + TestServer.enc(q)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updatesAndGraphStoreWritesAreRefused() {
        String form = "update=" + TestServer.enc("CLEAR ALL");
        HttpResponse<String> viaForm = server.send(HttpRequest.newBuilder(URI.create(server.sparql))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        HttpResponse<String> direct = server.send(HttpRequest.newBuilder(URI.create(server.sparql))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")));
        String turtle = "<http://x.org/s> <http://x.org/p> <http://x.org/o> .";
        String graph = server.sparql + "?graph=" + TestServer.enc("http://x.org/g");
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(URI.create(graph))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)));
        HttpResponse<String> post = server.send(HttpRequest.newBuilder(URI.create(graph))
                .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(turtle)));
        HttpResponse<String> delete = server.send(HttpRequest.newBuilder(URI.create(server.sparql + "?default")).DELETE());
        for (HttpResponse<String> r : List.of(viaForm, direct, put, post, delete)) {
            assertEquals(405, r.statusCode(), r.request() + " " + r.body());
            assertTrue(r.body().contains("read-only"), r.body());
            assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"));
        }
        try (RDFConnection conn = RDFConnectionRemote.newBuilder()
                .queryEndpoint(server.sparql).updateEndpoint(server.sparql).gspEndpoint(server.sparql).build()) {
            assertThrows(Exception.class, () -> conn.update("DROP ALL"));
            assertThrows(Exception.class, () -> conn.load(ModelFactory.createDefaultModel()
                    .add(ModelFactory.createDefaultModel().createResource("http://x.org/s"),
                            org.apache.jena.vocabulary.RDFS.label, "x")));
            assertTrue(conn.queryAsk(CHEAP), "still answers queries");
            assertFalse(conn.queryAsk("ASK { <http://x.org/s> ?p ?o }"), "nothing was written");
        }
    }

    @Test
    void noAdminEndpointIsReachable() {
        for (String path : List.of("/$/ping", "/$/stats", "/$/stats/sparql", "/$/datasets", "/$/server", "/$/metrics",
                "/$/compact/sparql", "/$/tasks", "/$/backup/sparql", "/$/reload", "/sparql/update", "/sparql/upload", "/sparql/data")) {
            HttpResponse<String> get = server.get(path);
            HttpResponse<String> post = server.send(HttpRequest.newBuilder(URI.create(server.base + path))
                    .POST(HttpRequest.BodyPublishers.ofString("")));
            assertEquals(404, get.statusCode(), "GET " + path + ": " + get.body());
            assertTrue(post.statusCode() == 404 || post.statusCode() == 405, "POST " + path + ": " + post.statusCode());
        }
    }

    @Test
    void serviceCallsToOtherEndpointsAreRefused() {
        String q = "SELECT * WHERE { SERVICE <" + server.sparql + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = query(q, "application/sparql-results+json");
        assertNotEquals(200, r.statusCode(), r.body());
    }

    @Test
    void aPathologicalQueryEndsAtTheTimeoutWhileCheapQueriesStayFast() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = queryAsync(PATHOLOGICAL);
        Thread.sleep(300);
        // Not queued behind it: a cheap query is answered while the slow one still runs (an order of
        // events, not a wall-clock bound, which a loaded machine breaks).
        HttpResponse<String> cheap = query(CHEAP, "application/sparql-results+json");
        assertEquals(200, cheap.statusCode(), cheap.body());
        assertFalse(slow.isDone(), "the cheap query was answered only after the slow one ended");
        for (int i = 0; i < 2; i++) assertEquals(200, query(CHEAP, "application/sparql-results+json").statusCode());
        HttpResponse<String> timedOut = slow.get(30, TimeUnit.SECONDS);
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(503, timedOut.statusCode(), timedOut.body());
        assertTrue(timedOut.body().contains("timed out") && timedOut.body().contains("2.0 s"), timedOut.body());
        assertTrue(elapsed >= TestServer.TIMEOUT.toMillis(), "not before the timeout: " + elapsed);
        assertTrue(elapsed < TestServer.TIMEOUT.toMillis() + 8000, "ends at the timeout, not much later: " + elapsed);
    }

    @Test
    void beyondTheConcurrencyBoundA429WithRetryAfter() throws Exception {
        // Slow queries hold their slot until the timeout. On a loaded machine one wave of them may
        // not overlap (one ends before the last is admitted), so one more than the bound is kept in
        // flight, a new one sent as each ends, until the bound refuses something (a slow or a cheap
        // query) - within a minute.
        List<CompletableFuture<HttpResponse<String>>> inFlight = new java.util.ArrayList<>();
        List<HttpResponse<String>> slow = new java.util.ArrayList<>();
        List<HttpResponse<String>> all = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (all.stream().noneMatch(r -> r.statusCode() == 429) && System.nanoTime() < deadline) {
            for (var it = inFlight.iterator(); it.hasNext(); ) {
                var f = it.next();
                if (f.isDone()) {
                    slow.add(f.get());
                    all.add(f.get());
                    it.remove();
                }
            }
            while (inFlight.size() <= TestServer.MAX_CONCURRENT) inFlight.add(queryAsync(PATHOLOGICAL));
            all.add(query(CHEAP, "application/sparql-results+json"));
            Thread.sleep(50);
        }
        for (var f : inFlight) {
            HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
            slow.add(r);
            all.add(r);
        }
        for (HttpResponse<String> r : slow) assertTrue(r.statusCode() == 503 || r.statusCode() == 429, r.statusCode() + " " + r.body());
        List<HttpResponse<String>> refused = all.stream().filter(r -> r.statusCode() == 429).toList();
        assertFalse(refused.isEmpty(), "some query was refused at the bound");
        for (HttpResponse<String> r : refused) {
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(null));
            assertTrue(r.body().contains("at most " + TestServer.MAX_CONCURRENT), r.body());
        }
        assertEquals(200, query(CHEAP, "application/sparql-results+json").statusCode(), "free again afterwards");
    }

    @Test
    void aResultCutAtTheRowCapSaysSo() {
        long total = TestPublished.data().read(c -> {
            long[] n = {0};
            c.querySelect("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        });
        assertTrue(total > TestServer.MAX_ROWS);

        HttpResponse<String> cut = query(ALL, "application/sparql-results+json");
        assertEquals(200, cut.statusCode());
        assertEquals("true", cut.headers().firstValue(CappedQueryProcessor.TRUNCATED).orElse(null));
        assertEquals(Long.toString(TestServer.MAX_ROWS), cut.headers().firstValue(CappedQueryProcessor.MAX_ROWS).orElse(null));
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(cut.body().getBytes(StandardCharsets.UTF_8)));
        int rows = 0;
        while (rs.hasNext()) { rs.next(); rows++; }
        assertEquals(TestServer.MAX_ROWS, rows);

        HttpResponse<String> whole = query(ALL + " LIMIT " + TestServer.MAX_ROWS, "application/sparql-results+json");
        assertTrue(whole.headers().firstValue(CappedQueryProcessor.TRUNCATED).isEmpty(), "exactly the cap is not a cut");

        HttpResponse<String> construct = query("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals("true", construct.headers().firstValue(CappedQueryProcessor.TRUNCATED).orElse(null));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(construct.body(), Lang.NTRIPLES).parse(m);
        assertEquals(TestServer.MAX_ROWS, m.size());

        // Jena's own HTTP client sees the signal too.
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparql).query(ALL).build()) {
            int n = 0;
            for (ResultSet r = qe.execSelect(); r.hasNext(); r.next()) n++;
            assertEquals(TestServer.MAX_ROWS, n);
        }
    }

    @Test
    void etagAndLastModifiedFromTheDataVersion() {
        String q = "/sparql?query=" + TestServer.enc(CHEAP);
        HttpResponse<String> first = server.get(q, "Accept", "application/sparql-results+json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertFalse(first.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

        HttpResponse<String> again = server.get(q, "Accept", "application/sparql-results+json", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(304, server.get(q, "Accept", "application/sparql-results+json", "If-Modified-Since", modified).statusCode());

        HttpResponse<String> otherFormat = server.get(q, "Accept", "application/sparql-results+xml", "If-None-Match", etag);
        assertEquals(200, otherFormat.statusCode(), "another representation, another ETag");
        assertNotEquals(etag, otherFormat.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, server.get(q, "Accept", "application/sparql-results+json", "If-None-Match", "\"stale\"").statusCode());

        HttpResponse<String> error = query("SELECT * WHERE { ?s ?p }", "application/sparql-results+json");
        assertEquals(400, error.statusCode());
        assertTrue(error.headers().firstValue("ETag").isEmpty(), "an error is not cacheable");
    }

    @Test
    void aPortInUseIsReportedWithWhatToDo() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            org.regiolod.store.LocalData data = (org.regiolod.store.LocalData) TestPublished.data();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegioLodServer.builder()
                    .port(taken.getLocalPort()).loopback(true).data(() -> data).dataset(data.dataset().asDatasetGraph())
                    .build().start());
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " is in use") && e.getMessage().contains("--port"), e.getMessage());
        }
    }

    @Test
    void corsForBrowserClients() {
        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(URI.create(server.sparql))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type"));
        assertTrue(preflight.statusCode() == 200 || preflight.statusCode() == 204, "preflight " + preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));

        HttpResponse<String> get = server.get("/sparql?query=" + TestServer.enc(ALL), "Origin", "https://example.com");
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(get.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains(CappedQueryProcessor.TRUNCATED));
    }
}
