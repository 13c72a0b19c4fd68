package org.regiolod.web.cache;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;
import org.regiolod.store.LocalData;
import org.regiolod.store.PublishedData;
import org.regiolod.web.Routes;
import org.regiolod.web.server.RegioLodServer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The response cache in front of a real RegioLodServer on 127.0.0.1 (Fuseki + Javalin). */
class ResponseCacheTest {
    static final String QUERY = "SELECT ?s WHERE { ?s a <https://w3id.org/regiolod/onto/Intervention> } ORDER BY ?s LIMIT 3";
    static final int MAX_ROWS = 50;
    static final AtomicInteger pageCalls = new AtomicInteger();
    static final AtomicInteger noStoreCalls = new AtomicInteger();
    static AtomicReference<PublishedData> current;
    static RegioLodServer server;
    static ResponseCache cache;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        LocalData data = (LocalData) TestPublished.data();
        current = new AtomicReference<>(data);
        Routes routes = cfg -> {
            cfg.routes.get("/doc/page", ctx -> ctx.html("<p>page " + pageCalls.incrementAndGet() + "</p>"));
            cfg.routes.get("/api/v1/no-store", ctx -> {
                ctx.header("Cache-Control", "no-store");
                ctx.result("fresh " + noStoreCalls.incrementAndGet());
            });
            cfg.routes.get("/api/v1/big", ctx -> ctx.result("x".repeat(20_000)));
            cfg.routes.get("/api/v1/item", ctx -> ctx.result("i".repeat(2048)));
            cfg.routes.get("/hello", ctx -> ctx.result("not data"));
        };
        cache = new ResponseCache(current::get, 128 * 1024);
        server = RegioLodServer.builder().port(0).loopback(true)
                .data(current::get).dataset(data.dataset().asDatasetGraph())
                .routes(routes).filter(cache).maxRows(MAX_ROWS)
                .build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String xcache(HttpResponse<?> r) { return r.headers().firstValue(ResponseCache.HEADER).orElse(null); }

    static String sparql(String query) { return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8); }

    @Test
    void repeatedSparqlQueryIsServedFromTheCacheUntilANewVersion() throws Exception {
        String q = sparql(QUERY + " # " + System.nanoTime());
        HttpResponse<String> first = get(q, "Accept", "application/sparql-results+json");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("miss", xcache(first));
        HttpResponse<String> second = get(q, "Accept", "application/sparql-results+json");
        assertEquals("hit", xcache(second));
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));

        // Another Accept is another entry, with its own body.
        HttpResponse<String> csv = get(q, "Accept", "text/csv");
        assertEquals("miss", xcache(csv));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        assertEquals("hit", xcache(get(q, "Accept", "text/csv")));

        // A publish (new version): nothing old is served.
        PublishedData old = current.get();
        current.set(new LocalData(((LocalData) old).dataset(), old.baseUri(), old.version() + "-next", Instant.now()));
        try {
            assertEquals("miss", xcache(get(q, "Accept", "application/sparql-results+json")));
            assertEquals("hit", xcache(get(q, "Accept", "application/sparql-results+json")));
        } finally {
            current.set(old);
        }
    }

    @Test
    void secondPageRequestDoesNotReachTheHandler() throws Exception {
        int before = pageCalls.get();
        HttpResponse<String> a = get("/doc/page", "Accept", "text/html");
        HttpResponse<String> b = get("/doc/page", "Accept", "text/html");
        assertEquals(before + 1, pageCalls.get(), "the second request was answered by the cache");
        assertEquals(a.body(), b.body());
        assertEquals("hit", xcache(b));
        // HEAD is its own entry; its answer has no body
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(base + "/doc/page")).header("Accept", "text/html")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        // Cache-Control: no-cache from the client: answered fresh
        HttpResponse<String> fresh = get("/doc/page", "Accept", "text/html", "Cache-Control", "no-cache");
        assertEquals("bypass", xcache(fresh));
        assertTrue(pageCalls.get() > before + 1);
    }

    @Test
    void matchingEtagOnAHitIs304() throws Exception {
        String q = sparql(QUERY + " # etag " + System.nanoTime());
        HttpResponse<String> first = get(q);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        get(q); // cached now
        HttpResponse<String> r = get(q, "If-None-Match", etag);
        assertEquals(304, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void whatMustNotBeKeptIsNotKept() throws Exception {
        // no-store from the handler
        int before = noStoreCalls.get();
        get("/api/v1/no-store");
        HttpResponse<String> again = get("/api/v1/no-store");
        assertEquals(before + 2, noStoreCalls.get());
        assertEquals("miss", xcache(again));
        // not a 200
        assertEquals(404, get("/doc/none").statusCode());
        assertEquals("miss", xcache(get("/doc/none")));
        // larger than a tenth of the cache (128 KiB)
        get("/api/v1/big");
        HttpResponse<String> big = get("/api/v1/big");
        assertEquals(20_000, big.body().length());
        assertEquals("miss", xcache(big));
        // an answer cut at the row cap
        String all = sparql("SELECT * WHERE { ?s ?p ?o }");
        HttpResponse<String> cut = get(all);
        assertEquals("true", cut.headers().firstValue("X-RegioLOD-Truncated").orElse(null), cut.headers().toString());
        assertEquals("miss", xcache(get(all)));
        // not data: not looked at
        assertNull(xcache(get("/hello")));
        // a request that says no-store passes by
        assertNull(xcache(get("/doc/page", "Cache-Control", "no-store")));
    }

    @Test
    void boundedByBytes() throws Exception {
        for (int i = 0; i < 100; i++) assertEquals("miss", xcache(get("/api/v1/item?n=" + i)));
        // each answer is over 2 KiB: 100 of them do not fit in 128 KiB
        long entries = cache.size();
        assertTrue(entries > 10 && entries < 64, "entries kept: " + entries);
    }
}
