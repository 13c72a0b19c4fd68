package org.regiolod.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The serve rows of one size: each endpoint of our server (cache bypassed, then one resource
 * repeated from the cache) beside raw Fuseki answering the equivalent query on the same TDB2 data,
 * and a constant response from our HTTP stack as the ceiling; start-up and memory of both servers.
 * Rows whose part of the server is not built yet are reported as not available, not faked.
 */
final class ServeBench {
    static final int DISTINCT = 512;
    static final String PROBE = "/sparql?query=ASK%7B%7D";

    private final LoadGenerator load;
    private final Path logs;
    private final OurServer ours;
    private final boolean serveCommandStartup;

    /** @param serveCommandStartup time the real 'serve' command's start-up (else: the bench server's, one JVM start less) */
    ServeBench(LoadGenerator load, Path logs, OurServer ours, boolean serveCommandStartup) {
        this.load = load;
        this.logs = logs;
        this.ours = ours;
        this.serveCommandStartup = serveCommandStartup;
    }

    record Output(List<ServeRow> rows, List<StartupRow> startup) {}

    /** An endpoint: how ours and raw Fuseki are asked for the n-th resource, and with which Accept. */
    record Endpoint(String name, String part, IntFunction<String> oursPath, String oursAccept,
                    IntFunction<String> rawPath, String rawAccept) {}

    static List<Endpoint> endpoints(Sample s) {
        String base = s.base();
        return List.of(
                new Endpoint("/sparql simple SELECT", OurServer.SERVER,
                        n -> "/sparql?query=" + BenchQueries.bound(BenchQueries.INTERVENTIONS_OF_PLAN, "plan", s.planUri(n)),
                        "application/sparql-results+json",
                        n -> "/ds/sparql?query=" + BenchQueries.bound(BenchQueries.INTERVENTIONS_OF_PLAN, "plan", s.planUri(n)),
                        "application/sparql-results+json"),
                new Endpoint("HTML page", OurServer.PAGES,
                        n -> "/doc/intervento/" + s.intervention(n), "text/html",
                        n -> "/ds/sparql?query=" + BenchQueries.bound(BenchQueries.DESCRIBE, "resource", s.interventionUri(n)),
                        "text/turtle"),
                new Endpoint("Turtle document", OurServer.PAGES,
                        n -> "/doc/intervento/" + s.intervention(n), "text/turtle",
                        n -> "/ds/sparql?query=" + BenchQueries.bound(BenchQueries.DESCRIBE, "resource", s.interventionUri(n)),
                        "text/turtle"),
                new Endpoint("REST list", OurServer.API,
                        n -> OurServer.restList(s.plan(n)), "application/json",
                        n -> "/ds/sparql?query=" + BenchQueries.bound(BenchQueries.INTERVENTIONS_OF_PLAN, "plan", s.planUri(n)),
                        "application/sparql-results+json"),
                new Endpoint("REST item", OurServer.API,
                        n -> OurServer.restItem(s.intervention(n)), "application/json",
                        n -> "/ds/sparql?query=" + BenchQueries.bound(BenchQueries.PROPERTIES_OF, "resource", s.interventionUri(n)),
                        "application/sparql-results+json"));
    }

    Output run(String size, InProcessStages.Output stages, Sample sample) {
        Path tdb = stages.tdb();
        List<ServeRow> rows = new ArrayList<>();
        List<StartupRow> startup = new ArrayList<>();
        List<Endpoint> endpoints = endpoints(sample);

        // raw Fuseki on the same TDB2 folder (ours is stopped while it runs: one server at a time)
        int rawPort = ChildServer.freePort();
        List<String> rawCmd = ChildServer.java(OurServer.JVM, BenchServer.class.getName(), "fuseki", tdb.toString(), String.valueOf(rawPort));
        try (ChildServer raw = ChildServer.start(rawCmd, rawPort, "/ds/sparql?query=ASK%7B%7D", logs.resolve("raw-fuseki-" + size + ".log"), Duration.ofSeconds(120))) {
            double rest = restRss(raw);
            double peak = rest;
            // First the first visit of every resource of the sample (a row of its own: the slow path), then
            // the timed warm-up: the measured rows then see every resource after its first visit, as they say.
            for (Endpoint e : endpoints) {
                URI[] distinct = uris(raw.base(), e.rawPath());
                rows.add(ServeRow.of(size, e.name(), "raw Fuseki, first visit of each", distinct[0].toString(),
                        load.visitEach(distinct, Map.of("Accept", e.rawAccept()))));
                load.warm(n -> distinct[Math.floorMod(n, distinct.length)], Map.of("Accept", e.rawAccept()));
            }
            for (Endpoint e : endpoints) {
                URI[] distinct = uris(raw.base(), e.rawPath());
                rows.add(ServeRow.of(size, e.name(), "raw Fuseki", distinct[0].toString(),
                        load.run(n -> distinct[Math.floorMod(n, distinct.length)], Map.of("Accept", e.rawAccept()))));
                peak = Math.max(peak, raw.rssMiB());
                rows.add(ServeRow.of(size, e.name(), "raw Fuseki, repeated", distinct[0].toString(),
                        load.run(n -> distinct[0], Map.of("Accept", e.rawAccept()))));
                peak = Math.max(peak, raw.rssMiB());
            }
            startup.add(new StartupRow(size, "raw Fuseki", String.join(" ", rawCmd.subList(rawCmd.size() - 4, rawCmd.size())),
                    raw.startupSeconds, rest, peak, null));
        }

        String why = ours.missing();
        if (why != null) {
            for (Endpoint e : endpoints) {
                rows.add(ServeRow.notAvailable(size, e.name(), "ours", why));
                rows.add(ServeRow.notAvailable(size, e.name(), "ours, repeated", why));
            }
            rows.add(ServeRow.notAvailable(size, "constant response", "ceiling", why));
            startup.add(new StartupRow(size, "ours (serve)", null, null, null, null, why));
            return new Output(rows, startup);
        }
        // start-up and memory at rest: the real serve command
        int servePort = ChildServer.freePort();
        List<String> serveCmd = OurServer.serveCommand(stages.store(), servePort);
        Double serveStartup = null, serveRest = null;
        if (serveCommandStartup) {
            try (ChildServer serve = ChildServer.start(serveCmd, servePort, PROBE, logs.resolve("serve-" + size + ".log"), Duration.ofSeconds(120))) {
                serveStartup = serve.startupSeconds;
                serveRest = restRss(serve);
            }
        }
        int port = ChildServer.freePort();
        try (ChildServer server = ChildServer.start(OurServer.benchCommand(stages.store(), port), port, PROBE,
                logs.resolve("ours-" + size + ".log"), Duration.ofSeconds(120))) {
            double peak = restRss(server);
            if (serveStartup == null) {
                serveStartup = server.startupSeconds;
                serveRest = peak;
            }
            load.warm(n -> URI.create(server.base() + OurServer.CONSTANT_PATH), Map.of());
            for (Endpoint e : endpoints) {
                if (ours.missing(e.part()) != null) continue;
                URI[] distinct = uris(server.base(), e.oursPath());
                Map<String, String> cold = Map.of("Accept", e.oursAccept(), "Cache-Control", "no-cache");
                rows.add(ServeRow.of(size, e.name(), "ours, first visit of each", distinct[0].toString(), load.visitEach(distinct, cold)));
                load.warm(n -> distinct[Math.floorMod(n, distinct.length)], cold);
            }
            rows.add(ServeRow.of(size, "constant response", "ceiling", server.base() + OurServer.CONSTANT_PATH,
                    load.run(n -> URI.create(server.base() + OurServer.CONSTANT_PATH), Map.of())));
            for (Endpoint e : endpoints) {
                String missing = ours.missing(e.part());
                if (missing != null) {
                    rows.add(ServeRow.notAvailable(size, e.name(), "ours", missing));
                    rows.add(ServeRow.notAvailable(size, e.name(), "ours, repeated", missing));
                    continue;
                }
                URI[] distinct = uris(server.base(), e.oursPath());
                Map<String, String> cold = Map.of("Accept", e.oursAccept(), "Cache-Control", "no-cache");
                rows.add(ServeRow.of(size, e.name(), "ours", distinct[0].toString(),
                        load.run(n -> distinct[Math.floorMod(n, distinct.length)], cold)));
                peak = Math.max(peak, server.rssMiB());
                rows.add(ServeRow.of(size, e.name(), "ours, repeated", distinct[0].toString(),
                        load.run(n -> distinct[0], Map.of("Accept", e.oursAccept()))));
                peak = Math.max(peak, server.rssMiB());
            }
            startup.add(new StartupRow(size, "ours (serve)", serveCommandStartup ? "serve --no-publish --db … --localhost" : "BenchServer ours",
                    serveStartup, serveRest, peak, "RSS under load: the same wiring with the constant route (bench.BenchServer ours)"));
        }
        return new Output(inEndpointOrder(rows, endpoints), startup);
    }

    /** The rows grouped by endpoint (the ceiling first), each group in the order it was measured. */
    private static List<ServeRow> inEndpointOrder(List<ServeRow> rows, List<Endpoint> endpoints) {
        List<String> order = new ArrayList<>(List.of("constant response"));
        endpoints.forEach(e -> order.add(e.name()));
        List<ServeRow> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt(r -> order.indexOf(r.endpoint())));
        return sorted;
    }

    private static URI[] uris(String base, IntFunction<String> path) {
        URI[] out = new URI[DISTINCT];
        for (int n = 0; n < DISTINCT; n++) out[n] = URI.create(base + path.apply(n));
        return out;
    }

    /** Resident memory a second after start-up, when the server is idle. */
    private static double restRss(ChildServer s) {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return s.rssMiB();
    }
}
