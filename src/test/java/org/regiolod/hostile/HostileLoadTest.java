package org.regiolod.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile queries and load against the real server in a child JVM with a small heap
 * ({@code -Xmx512m}) and a short query timeout ({@value #TIMEOUT_S} s). The rate limit is raised
 * and the concurrency bound set to 64 so that what is measured is the server, not the guards
 * (those have their own tests).
 *
 * <p>Default run: a 6 s flood of expensive queries and a {@value #SMOKE_SECONDS} s load smoke. With
 * {@code -Dregiolod.heavy=true} (or {@code -Pheavy}): the flood runs 30 s and the load 60 s. The
 * figures, with the machine's load average, are printed and written to
 * {@code target/hostile/figures-*.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileLoadTest {
    static final int TIMEOUT_S = 3;
    static final int SMOKE_SECONDS = 5;
    static final boolean HEAVY = Boolean.getBoolean("regiolod.heavy");
    static ServeProcess server;
    static HttpClient http;

    static final String CHEAP = "SELECT ?plan WHERE { ?plan a <https://w3id.org/regiolod/onto/Plan> } LIMIT 5";
    static final List<String> EXPENSIVE = List.of(
            // cartesian product of every triple with every triple with every triple
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            // a regex over every pair of literals
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?t ?q ?l FILTER(isLiteral(?o) && isLiteral(?l) && regex(concat(str(?o), str(?l)), \"trasform.*digital.*[0-9]{4}\", \"i\")) }",
            // a regex with nested quantifiers: Java's matcher backtracks for ages on one literal without an "x"
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(isLiteral(?o) && regex(str(?o), \"((.*)*)*x$\")) }",
            // deep property paths in every direction
            "SELECT (COUNT(*) AS ?n) WHERE { ?s (!<urn:x>|^!<urn:x>)+ ?o . ?o (!<urn:y>)* ?z }",
            // a huge OFFSET over a product, so every row is computed and skipped
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } OFFSET 1000000000 LIMIT 1",
            // a large CONSTRUCT that must be sorted whole before the first triple
            "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?a");

    @BeforeAll
    static void start() {
        server = ServeProcess.start(Path.of("target/hostile/load-db"), Path.of("target/hostile/load-serve.log"),
                List.of("-Xmx512m"),
                List.of("--query-timeout", TIMEOUT_S + "s", "--max-concurrent", "64", "--rate-limit", "1000000", "--rate-burst", "1000000"));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(80)).build();
    }

    @AfterAll
    static void stop() {
        if (server == null) return;
        boolean alive = server.alive();
        server.close();
        assertTrue(alive, "the server is alive after everything");
        assertFalse(server.logText().contains("OutOfMemoryError"), "no OutOfMemoryError in the server's log");
    }

    @Test
    @Order(1)
    void expensiveQueriesEndAtTheTimeoutWhileCheapOnesStayFast() throws Exception {
        String loadBefore = loadAverage();
        List<Long> baseline = new ArrayList<>();
        for (int i = 0; i < 30; i++) baseline.add(timeCheap());

        AtomicBoolean flooding = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> expensiveMillis = new ConcurrentLinkedQueue<>();
        ExecutorService flood = Executors.newFixedThreadPool(3);
        List<Future<?>> floods = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int first = t;
            floods.add(flood.submit(() -> {
                for (int i = first; flooding.get(); i++) {
                    String q = EXPENSIVE.get(i % EXPENSIVE.size());
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = query(q, "*/*", Duration.ofSeconds(TIMEOUT_S + 60));
                    expensiveMillis.add((System.nanoTime() - t0) / 1_000_000);
                    outcomes.add(r.statusCode() + " " + (r.statusCode() == 200 ? truncated(r) : firstLine(r.body())) + " <- " + q);
                }
                return null;
            }));
        }
        Thread.sleep(500);
        List<Long> during = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(HEAVY ? 30 : 6).toNanos();
        while (System.nanoTime() < end) {
            during.add(timeCheap());
            Thread.sleep(20);
        }
        flooding.set(false);
        for (Future<?> f : floods) f.get(2, TimeUnit.MINUTES);
        flood.shutdown();

        String figures = String.format(Locale.ROOT,
                "load average before the flood %s%n"
                        + "cheap query latency, idle: p50 %d ms, p99 %d ms (n=%d)%n"
                        + "cheap query latency during the flood (3 threads of expensive queries): p50 %d ms, p99 %d ms, max %d ms (n=%d)%n"
                        + "expensive queries: %d, each ended after %d..%d ms (timeout %d s)%n%s%n",
                loadBefore, pct(baseline, 50), pct(baseline, 99), baseline.size(),
                pct(during, 50), pct(during, 99), Collections.max(during), during.size(),
                outcomes.size(), Collections.min(expensiveMillis), Collections.max(expensiveMillis), TIMEOUT_S,
                String.join("\n", outcomes.stream().map(s -> "  " + s).distinct().sorted().toList()));
        report("hostile-queries", figures);

        for (String o : outcomes) {
            boolean timedOut = o.startsWith("503 ") && o.contains("timed out");
            boolean capped = o.startsWith("200 truncated");
            assertTrue(timedOut || capped, "an expensive query ends at the timeout with a clear error (or is cut at the row cap): " + o);
        }
        assertTrue(outcomes.size() >= 3, "the flood ran: " + outcomes.size());
        assertTrue(Collections.max(expensiveMillis) < (TIMEOUT_S + 15) * 1000L, "no query outlives the timeout by much: " + expensiveMillis);
        assertTrue(server.alive());
        // The target is p99 < 100 ms; on a shared 2-core machine (3 flood threads and the server on
        // 2 cores, other builds beside) the figure is reported with the load average, and a bound kept loose.
        assertTrue(pct(during, 99) < 3000, "cheap queries are not starved: " + figures);
    }

    @Test
    @Order(2)
    void mixedLoadAt64ConnectionsHasNoErrorsAndStableMemory() throws Exception {
        int seconds = HEAVY ? 60 : SMOKE_SECONDS;
        String dataset = enc("http://example.org/id/dataset/pttd-2021-2023");
        List<String[]> mix = List.of(
                new String[] {"/sparql?query=" + enc(CHEAP), "application/sparql-results+json"},
                new String[] {"/sparql?query=" + enc("SELECT ?s ?label WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } LIMIT 50"), "text/csv"},
                new String[] {"/sparql?query=" + enc("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/id/dataset/psstd-2018> { ?s ?p ?o } }"), "text/turtle"},
                new String[] {"/sparql?graph=" + dataset, "text/turtle"},
                new String[] {"/sparql?graph=" + dataset, "application/ld+json"},
                new String[] {"/sparql?query=" + enc("DESCRIBE <http://example.org/id/piano/pttd-2021-2023>"), "application/n-triples"},
                new String[] {"/sparql", "text/turtle"});
        AtomicLong ok = new AtomicLong(), errors = new AtomicLong(), timeouts = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        List<Long> rss = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(64);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 64; c++) {
            int me = c;
            running.add(clients.submit(() -> {
                // At least two requests each, however slow a loaded machine is: 64 connections really overlap.
                for (int i = me; i < me + 2 || System.nanoTime() < end; i++) {
                    String[] r = mix.get(i % mix.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(server.base + r[0]))
                                .header("Accept", r[1]).timeout(Duration.ofSeconds(HEAVY ? 30 : 60)).build(), HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - t0) / 1_000_000);
                        if (res.statusCode() == 200) ok.incrementAndGet();
                        else {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) errorSamples.add(res.statusCode() + " " + r[0] + " " + firstLine(res.body()));
                        }
                    } catch (java.net.http.HttpTimeoutException e) {
                        timeouts.incrementAndGet();
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        if (errorSamples.size() < 5) errorSamples.add(e.toString());
                    }
                }
                return null;
            }));
        }
        while (System.nanoTime() < end || !running.stream().allMatch(Future::isDone)) {
            rss.add(server.rssKb());
            Thread.sleep(250);
        }
        for (Future<?> f : running) f.get(2, TimeUnit.MINUTES);
        clients.shutdown();

        List<Long> lat = new ArrayList<>(latencies);
        int half = rss.size() / 2;
        long rss1 = avg(rss.subList(0, half)), rss2 = avg(rss.subList(half, rss.size()));
        String figures = String.format(Locale.ROOT,
                "load: 64 connections, %d s, %d requests (%.0f/s): %d ok, %d errors, %d timeouts%n"
                        + "latency: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n"
                        + "server RSS (-Xmx512m): first half avg %d MB, second half avg %d MB, max %d MB%n%s",
                seconds, lat.size(), lat.size() / (double) seconds, ok.get(), errors.get(), timeouts.get(),
                pct(lat, 50), pct(lat, 90), pct(lat, 99), Collections.max(lat),
                rss1 / 1024, rss2 / 1024, Collections.max(rss) / 1024,
                errorSamples.isEmpty() ? "" : "errors, e.g. " + errorSamples + "\n");
        report(HEAVY ? "load-60s" : "load-smoke", figures);
        assertEquals(0, errors.get(), figures);
        assertEquals(0, timeouts.get(), figures);
        assertTrue(ok.get() > 64, figures);
        // A few seconds are the JVM's warm-up (heap and JIT grow towards -Xmx): the smoke only checks
        // the bound; whether memory keeps growing is judged over the heavy run's 60 s.
        assertTrue(Collections.max(rss) < 1024 * 1024, "resident memory stays bounded with -Xmx512m: " + figures);
        if (HEAVY) assertTrue(rss2 < rss1 * 1.5 + 64 * 1024, "resident memory does not keep growing: " + figures);
        assertTrue(server.alive());
    }

    private static long timeCheap() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(CHEAP, "application/sparql-results+json", Duration.ofSeconds(30));
        assertEquals(200, r.statusCode(), r.body());
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static HttpResponse<String> query(String q, String accept, Duration timeout) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.base + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(q)).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String truncated(HttpResponse<String> r) {
        return "true".equals(r.headers().firstValue("X-RegioLOD-Truncated").orElse("")) ? "truncated at the row cap" : "complete";
    }

    private static String firstLine(String body) {
        return body.lines().findFirst().orElse("").trim();
    }

    static long pct(List<Long> values, int p) {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }

    private static long avg(List<Long> v) {
        return (long) v.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    static void report(String name, String figures) throws IOException {
        String head = Instant.now() + ", load average " + loadAverage();
        System.out.println("[" + name + "] " + head + "\n" + figures);
        Path out = Path.of("target/hostile/figures-" + name + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, head + "\n" + figures);
    }

    /** The machine's load (1, 5, 15 minutes), which the latencies depend on; "?" where unknown. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
