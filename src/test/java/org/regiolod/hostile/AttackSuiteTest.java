package org.regiolod.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attacks on the real server ({@code serve} in a child JVM, production defaults: guards, rate
 * limit 30/s burst 150, timeout 30 s) over raw HTTP on loopback: write verbs, injection payloads
 * in paths, parameters and headers, path traversal, oversize requests, security headers, rate
 * limit. After everything, the data is exactly what was published.
 */
class AttackSuiteTest {
    static ServeProcess server;
    static RawHttp http;
    static long triplesBefore;

    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    static final String[] PAYLOADS = {
            "' OR '1'='1", "\"} } ; DROP ALL ; #", "} INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> } #",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
            "${jndi:ldap://127.0.0.1:9/x}", "{{7*7}}", "%00", "\u0000", "\r\nSet-Cookie: pwned=1",
            "../../../../etc/passwd", "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }", "ä€𝄞".repeat(200)};

    @BeforeAll
    static void start() {
        server = ServeProcess.start(Path.of("target/hostile/attack-db"), Path.of("target/hostile/attack-serve.log"),
                List.of("-Xmx512m"), List.of());
        http = new RawHttp(server.port, 100);
        triplesBefore = count();
        assertTrue(triplesBefore > 1000, "the published data is there: " + triplesBefore);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            assertTrue(server.alive(), "the server survived the attacks");
            long after = count();
            server.close();
            assertEquals(triplesBefore, after, "not one triple changed");
            assertFalse(server.logText().contains("OutOfMemoryError"));
        }
    }

    static long count() {
        RawHttp.Response r = http.get("/sparql?query=" + enc(COUNT), "Accept: text/csv");
        assertEquals(200, r.status(), r::toString);
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    @Test
    void everyWriteIsRefused() {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }";
        byte[] turtle = "<urn:x:a> <urn:x:b> <urn:x:c> .".getBytes(StandardCharsets.UTF_8);
        List<RawHttp.Response> writes = new ArrayList<>();
        writes.add(http.get("/sparql?update=" + enc(insert)));
        writes.add(http.send("POST", "/sparql", insert.getBytes(StandardCharsets.UTF_8), "Content-Type: application/sparql-update"));
        writes.add(http.send("POST", "/sparql", ("update=" + enc(insert)).getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/x-www-form-urlencoded"));
        writes.add(http.send("POST", "/sparql/update", insert.getBytes(StandardCharsets.UTF_8), "Content-Type: application/sparql-update"));
        for (String target : List.of("/sparql?default", "/sparql?graph=" + enc("urn:x:g"), "/sparql/data", "/sparql")) {
            for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                writes.add(http.send(method, target, turtle, "Content-Type: text/turtle"));
            }
        }
        for (String method : List.of("PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "TRACE", "DELETE", "PUT")) {
            for (String target : List.of("/", "/sparql", "/static/x", "/id/piano/pttd-2021-2023", "/$/datasets")) {
                writes.add(http.send(method, target, method.equals("PUT") ? turtle : null, "Destination: http://127.0.0.1/x"));
            }
        }
        for (String target : List.of("/$/datasets?dbName=x&dbType=mem", "/$/server", "/$/backup/sparql", "/$/compact/sparql", "/$/tasks")) {
            writes.add(http.send("POST", target, new byte[0]));
        }
        for (RawHttp.Response r : writes) {
            assertTrue(r.status() >= 400 && r.status() < 500, () -> "refused with a 4xx: " + r);
        }
        RawHttp.Response ask = http.get("/sparql?query=" + enc("ASK { GRAPH ?g { <urn:x:a> ?p ?o } }"), "Accept: text/plain");
        assertTrue(ask.body().contains("false") || ask.body().contains("no"), ask::toString);
        assertEquals(triplesBefore, count());
    }

    @Test
    void injectionPayloadsNeverBreakTheServerOrReachAQueryUnescaped() {
        int sent = 0;
        for (String p : PAYLOADS) {
            String e = enc(p);
            List<String> targets = List.of("/" + e, "/sparql/" + e, "/id/" + e, "/id/piano/" + e, "/id/intervento/pttd-2021-2023/" + e,
                    "/doc/piano/" + e, "/api/v1/" + e, "/api/v1/piani/" + e, "/static/" + e, "/cerca?q=" + e,
                    "/sparql?query=" + enc("SELECT * WHERE { ?s ?p \"" + p + "\" } LIMIT 1"),
                    "/sparql?query=" + e,
                    "/sparql?query=" + enc("ASK {}") + "&default-graph-uri=" + e + "&named-graph-uri=" + e,
                    "/sparql?graph=" + e, "/sparql?query=" + enc("ASK {}") + "&output=" + e + "&format=" + e + "&timeout=" + e,
                    "/sparql?query=" + enc("ASK {}") + "&callback=" + e);
            for (String t : targets) {
                check(p, http.get(t));
                sent++;
            }
            String h = p.replace("\r", "").replace("\n", "").replace("\u0000", "");
            for (String header : List.of("Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Referer", "X-Forwarded-For",
                    "Cookie", "Origin", "If-None-Match", "If-Modified-Since", "Range", "Authorization")) {
                check(p, http.get("/sparql?query=" + enc("ASK {}"), header + ": " + h));
                check(p, http.get("/id/piano/pttd-2021-2023", header + ": " + h));
                sent += 2;
            }
            check(p, http.send("POST", "/sparql", ("query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1") + "&default-graph-uri=" + e)
                    .getBytes(StandardCharsets.UTF_8), "Content-Type: application/x-www-form-urlencoded"));
            check(p, http.send("POST", "/sparql", p.getBytes(StandardCharsets.UTF_8), "Content-Type: application/sparql-query"));
            sent += 2;
        }
        assertTrue(sent > 500, "sent " + sent);
        assertEquals(triplesBefore, count(), "no payload changed the data");
    }

    private static void check(String payload, RawHttp.Response r) {
        assertTrue(r.status() < 500, () -> "no server error for " + RawHttp.abbreviate(payload) + ":\n" + r);
        List<String> cookies = r.headers().getOrDefault("set-cookie", List.of());
        assertTrue(cookies.stream().noneMatch(c -> c.contains("pwned")), () -> "no header injected: " + r);
        String type = String.valueOf(r.header("content-type")).toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            // A tag the payload brought in, or the payload breaking out of an attribute inside a tag
            // (quotes in text, e.g. in <title>, are harmless and need no escaping).
            for (String raw : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")) {
                assertFalse(r.body().contains(raw), () -> "the payload is escaped in HTML: " + r);
            }
            assertFalse(java.util.regex.Pattern.compile("<[^<>]*' onmouseover='alert\\(1\\)[^<>]*>").matcher(r.body()).find(),
                    () -> "the payload does not break out of an attribute: " + r);
        }
        assertFalse(r.body().contains("root:x:0:0"), () -> "no local file in the answer: " + r);
        assertFalse(r.body().matches("(?s).*\\bat org\\.(apache|eclipse|regiolod)\\..*"), () -> "no stack trace in the answer: " + r);
    }

    @Test
    void pathTraversalIsRefusedOnEveryRoute() {
        List<String> ups = List.of("../", "..%2f", "%2e%2e/", "%2e%2e%2f", "..%5c", "%2e%2e%5c", "%252e%252e%252f", "..;/",
                "%c0%ae%c0%ae/", ".%2e/", "..\\", "....//");
        List<String> secrets = List.of("etc/passwd", "pom.xml", "fuseki-config/config.ttl", "target/hostile/attack-db/current/version.properties");
        List<String> routes = List.of("/static/", "/static/css/", "/id/", "/id/piano/", "/doc/piano/", "/api/v1/", "/sparql/", "/", "/ontologia/");
        int sent = 0;
        for (String route : routes) {
            for (String up : ups) {
                for (String secret : secrets) {
                    String target = route + up.repeat(8) + secret;
                    RawHttp.Response r = http.get(target);
                    sent++;
                    assertTrue(r.status() >= 400 && r.status() < 500, () -> target + " is refused: " + r);
                    for (String marker : List.of("root:x:0:0", "<artifactId>regiolod", "tdb2:location", "inputHash=")) {
                        assertFalse(r.body().contains(marker), () -> target + " leaks " + marker + ": " + r);
                    }
                }
            }
        }
        // Suffix routes (a document in another format): the suffix is not a way out either.
        for (String target : List.of("/doc/piano/pttd-2021-2023.ttl/../../../../pom.xml", "/doc/piano/..%2f..%2f..%2fpom.xml.ttl",
                "/id/piano/pttd-2021-2023/..%2f..%2f..%2f..%2fetc%2fpasswd", "/sparql?graph=file:///etc/passwd",
                "/sparql?query=" + enc("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"))) {
            RawHttp.Response r = http.get(target);
            sent++;
            assertFalse(r.body().contains("root:x:0:0") || r.body().contains("<artifactId>"), () -> target + ": " + r);
            assertTrue(r.status() < 500, r::toString);
        }
        assertTrue(sent > 400, "sent " + sent);
    }

    @Test
    void oversizeRequestsAreRefused() {
        byte[] twoMb = ("query=" + enc("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 * 1024 * 1024))).getBytes(StandardCharsets.UTF_8);
        assertEquals(413, http.send("POST", "/sparql", twoMb, "Content-Type: application/x-www-form-urlencoded").status());
        byte[] query = ("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        RawHttp.Response r = http.send("POST", "/sparql", query, "Content-Type: application/sparql-query");
        assertEquals(413, r.status(), r::toString);
        assertNotNull(r.header("content-security-policy"), "a 413 carries the security headers");
        assertEquals(431, http.get("/sparql?query=" + enc("ASK {}"), "X-Padding: " + "a".repeat(100 * 1024)).status());
        int longUri = http.get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 * 1024 * 1024))).status();
        assertTrue(longUri == 414 || longUri == 431, "a 2 MB URI: " + longUri);
        // Many headers of ordinary size add up the same way.
        String[] many = new String[2000];
        for (int i = 0; i < many.length; i++) many[i] = "X-H" + i + ": " + "v".repeat(50);
        assertEquals(431, http.get("/", many).status());
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        List<RawHttp.Response> answers = new ArrayList<>();
        RawHttp.Response ok = http.get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), "Accept: application/sparql-results+json");
        answers.add(ok);
        answers.add(http.get("/sparql?graph=" + enc("http://example.org/id/dataset/pttd-2021-2023"), "Accept: text/turtle"));
        answers.add(http.get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), "Accept: application/sparql-results+json",
                "If-None-Match: " + ok.header("etag")));
        answers.add(http.get("/sparql?query=" + enc("SELEC")));
        answers.add(http.get("/no/such/page"));
        answers.add(http.send("PUT", "/sparql?default", new byte[0]));
        answers.add(http.send("OPTIONS", "/sparql", null, "Origin: http://example.net", "Access-Control-Request-Method: GET"));
        answers.add(http.send("POST", "/sparql", new byte[2 * 1024 * 1024], "Content-Type: application/sparql-query"));
        answers.add(http.get("/sparql"));
        List<Integer> statuses = answers.stream().map(RawHttp.Response::status).toList();
        assertTrue(statuses.containsAll(List.of(200, 304, 400, 404, 405, 413)), "kinds of answer: " + statuses);
        for (RawHttp.Response r : answers) assertSecurityHeaders(r);
    }

    @Test
    void jettysOwnEarlyAnswersCarryTheSecurityHeaders() {
        // Answered by Jetty before any servlet filter runs (SecureErrorHandler adds the headers).
        List<RawHttp.Response> answers = new ArrayList<>();
        for (String target : List.of("/static/%2e%2e/%2e%2e/pom.xml", "/id/..%5c..%5cpom.xml", "/sparql/..%2f..%2fpom.xml",
                "/api/v1/%2e%2e/%2e%2e/etc/passwd")) {
            answers.add(http.get(target));
        }
        answers.add(http.get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 * 1024 * 1024))));
        answers.add(http.get("/sparql?query=" + enc("ASK {}"), "X-Padding: " + "a".repeat(100 * 1024)));
        List<Integer> statuses = answers.stream().map(RawHttp.Response::status).toList();
        assertTrue(statuses.contains(400) && statuses.contains(431) && (statuses.contains(414) || statuses.stream().filter(s -> s == 431).count() > 1),
                "kinds of answer: " + statuses);
        for (RawHttp.Response r : answers) {
            assertTrue(r.status() >= 400 && r.status() < 500, r::toString);
            assertSecurityHeaders(r);
        }
    }

    static void assertSecurityHeaders(RawHttp.Response r) {
        String csp = r.header("content-security-policy");
        assertNotNull(csp, () -> "CSP on " + r);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", r.header("x-content-type-options"), r::toString);
        assertEquals("DENY", r.header("x-frame-options"), r::toString);
        assertNotNull(r.header("referrer-policy"), r::toString);
    }

    @Test
    void aClientOverTheRateLimitGets429WithRetryAfter() throws Exception {
        String address = RawHttp.nextAddress();
        java.util.concurrent.atomic.AtomicReference<RawHttp.Response> refused = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        // Requests from one address, from 16 threads at once (faster than the bucket refills).
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            pool.submit(() -> {
                RawHttp one = new RawHttp(server.port, Integer.MAX_VALUE, address);
                for (int i = 0; i < 150 && refused.get() == null; i++) {
                    RawHttp.Response r = one.get("/no/such/page");
                    if (r.status() == 429) refused.compareAndSet(null, r);
                    else served.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(3, java.util.concurrent.TimeUnit.MINUTES));
        RawHttp.Response r = refused.get();
        assertNotNull(r, "429 within 2400 requests (" + served.get() + " served)");
        assertTrue(served.get() >= 150, "the burst of 150 is served first: " + served.get());
        assertTrue(Long.parseLong(r.header("retry-after")) >= 1, r::toString);
        assertSecurityHeaders(r);
        // Meanwhile another client is served.
        assertEquals(200, new RawHttp(server.port, 1).get("/sparql?query=" + enc("ASK {}")).status());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
