package org.regiolod.cli;

import jakarta.servlet.Filter;
import org.apache.jena.rdf.model.Model;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.store.DumpWriter;
import org.regiolod.rdf.UriScheme;
import org.regiolod.store.PublishedData;
import org.regiolod.store.RemoteStore;
import org.regiolod.store.VersionedStore;
import org.regiolod.web.Routes;
import org.regiolod.web.guard.Guards;
import org.regiolod.web.server.DumpRoutes;
import org.regiolod.web.sparql.SparqlUiRoutes;
import org.regiolod.web.server.FrontServer;
import org.regiolod.web.cache.ResponseCache;
import org.regiolod.web.server.FusekiConfig;
import org.regiolod.web.server.RegioLodServer;
import org.regiolod.web.server.VoidRoutes;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the data (or reuses the published build if its inputs are unchanged), validates it,",
                "publishes it into a new TDB2 database (switched in atomically) and serves it on one port:",
                "SPARQL at /sparql (read-only), pages and API beside it. Exit 1 on SHACL violations: nothing is published."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--base-uri", description = "Base of the data's URIs (default: http://localhost:<port>/).")
    String baseUri;

    @Option(names = "--db", defaultValue = "target/regiolod-db",
            description = "Folder of the versioned TDB2 databases (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--data", defaultValue = "data", description = "Folder of the input tables (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--fuseki-config",
            description = "Fuseki assembler configuration (default: fuseki-config/config.ttl if present, else the one in the jar).")
    Path fusekiConfig;

    @Option(names = "--query-timeout", defaultValue = "30s", converter = DurationConverter.class,
            description = "A query running longer is cancelled, e.g. 30s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
    Duration queryTimeout;

    @Option(names = "--max-rows", defaultValue = "10000",
            description = "Most solutions or triples in one answer; a cut answer has X-RegioLOD-Truncated: true (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-concurrent", defaultValue = "4",
            description = "Most queries running at once; beyond, 429 with Retry-After (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--rate-limit", defaultValue = "${sys:regiolod.rateLimit.perSecond:-30}",
            description = "Requests a second each client (remote address) may send; beyond, 429 with Retry-After (default: ${DEFAULT-VALUE}).")
    double ratePerSecond;

    @Option(names = "--rate-burst", defaultValue = "${sys:regiolod.rateLimit.burst:-150}",
            description = "Requests a client may send at once before --rate-limit applies (default: ${DEFAULT-VALUE}).")
    int rateBurst;

    @Option(names = "--no-publish", description = "Serve the version already published in --db as it is (no build).")
    boolean noPublish;

    @Option(names = "--publish-only", description = "Build and publish, then exit without serving.")
    boolean publishOnly;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--sparql-endpoint", paramLabel = "URL",
            description = {"Serve as a stateless front over an external SPARQL store filled by 'publish' (its query",
                    "endpoint, e.g. http://127.0.0.1:3030/regiolod/sparql): no build, no local database; /sparql",
                    "forwards queries to it, read-only. See docs/scale-out.md."})
    URI sparqlEndpoint;

    @Option(names = "--version-refresh", defaultValue = "5s", converter = DurationConverter.class,
            description = "With --sparql-endpoint: how often to re-read the store's version marker (default: ${DEFAULT-VALUE}).")
    Duration versionRefresh;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the start-up line.")
    boolean quiet;

    @Spec CommandSpec spec;

    /** The servlet filters in front of everything, in order (the benchmark server uses the same list). */
    public static List<Filter> filters(Supplier<PublishedData> data) {
        List<Filter> filters = new ArrayList<>();
        filters.add(new ResponseCache(data));
        return filters;
    }

    /** The web parts served beside SPARQL, over any store: the one place where parts are wired in. */
    public static List<Routes> routes(Supplier<PublishedData> data) {
        List<Routes> parts = new ArrayList<>();
        parts.add(new org.regiolod.web.pages.PageRoutes(data));
        parts.add(new org.regiolod.web.api.ApiRoutes(data));
        parts.add(new SparqlUiRoutes(data));
        return parts;
    }

    /** The parts only a local store has: VoID counted on the local data, and the dumps of its build. */
    public static List<Routes> routes(Supplier<PublishedData> data, VersionedStore store) {
        List<Routes> parts = new ArrayList<>();
        parts.add(new VoidRoutes(data));
        parts.add(new DumpRoutes(() -> store.current().flatMap(VersionedStore.Version::site), () -> data.get().version()));
        parts.addAll(routes(data));
        return parts;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (sparqlEndpoint != null) return serveFront(out);
        if (port == 0 && !publishOnly) port = freePort();
        String base = baseUri != null ? baseUri : "http://localhost:" + port + "/";
        VersionedStore store = VersionedStore.open(db, msg -> progress(err, msg));

        if (!noPublish) {
            BuildPipeline pipeline = BuildPipeline.builder().data(data).baseUri(base)
                    .progress(msg -> progress(err, msg)).build();
            String fingerprint = pipeline.fingerprint();
            Optional<VersionedStore.Version> current = store.current();
            if (current.isPresent() && fingerprint.equals(current.get().inputHash())) {
                progress(err, "inputs unchanged since " + current.get().name() + ": not rebuilt");
            } else {
                BuildResult result = pipeline.run();
                var v = result.validation();
                if (!v.conforms()) {
                    for (String line : v.describe(v.violations(), 50)) err.println(line);
                    Path report = new DumpWriter().writeFailedReport(result, store.dir().resolve("failed-build"));
                    err.printf("serve refused to publish: %d SHACL violations; still published: %s%nfull report: %s%n",
                            v.violations().size(), current.map(VersionedStore.Version::name).orElse("nothing"), report);
                    err.flush();
                    return Main.VIOLATIONS;
                }
                progress(err, v.warnings().size() + " SHACL warnings");
                store.publish(result);
            }
        }
        VersionedStore.Version version = store.current().orElseThrow(() ->
                new IllegalArgumentException("nothing is published in " + store.dir() + "; run serve without --no-publish"));
        if (publishOnly) {
            out.println("published " + version.name() + " (" + version.triples() + " triples) in " + store.dir());
            out.flush();
            return Main.OK;
        }

        Supplier<PublishedData> published = store::published;
        Model config = FusekiConfig.withLocation(fusekiConfig(), version.tdb2());
        RegioLodServer server = RegioLodServer.builder()
                .port(port).loopback(localhost)
                .data(published).fusekiConfig(config)
                .routes(routes(published, store))
                // Guards first: a refused request costs nothing, and cached answers get the headers too.
                .filter(Guards.standard(ratePerSecond, rateBurst).toArray(Filter[]::new))
                .filter(filters(published).toArray(Filter[]::new))
                .queryTimeout(queryTimeout).maxRows(maxRows).maxConcurrent(maxConcurrent)
                .build().start();
        String url = "http://localhost:" + server.port() + "/";
        long startedMs = Duration.between(ProcessHandle.current().info().startInstant().orElse(Instant.now()), Instant.now()).toMillis();
        out.printf(Locale.ROOT, "RegioLOD %s serving %s (SPARQL: %ssparql, base URI %s) - started in %.1f s%n",
                version.name(), url, url, version.baseUri(), startedMs / 1000.0);
        out.flush();
        server.join();
        return Main.OK;
    }

    /** Front mode: the web parts over an external store; nothing is built or kept here. */
    private int serveFront(PrintWriter out) {
        if (!("http".equals(sparqlEndpoint.getScheme()) || "https".equals(sparqlEndpoint.getScheme())) || sparqlEndpoint.getHost() == null) {
            throw new IllegalArgumentException("--sparql-endpoint " + sparqlEndpoint + ": give the http(s) URL of the store's SPARQL query endpoint");
        }
        RemoteStore store = RemoteStore.connect(sparqlEndpoint.toString(), versionRefresh);
        PublishedData first = store.get();
        if (baseUri != null && !UriScheme.normalise(baseUri).equals(first.baseUri())) {
            throw new IllegalArgumentException("--base-uri " + baseUri + " differs from the base URI of the data in the store ("
                    + first.baseUri() + "): publish again with --base-uri " + baseUri + ", or leave --base-uri out");
        }
        FrontServer server = FrontServer.builder()
                .port(port).loopback(localhost)
                .data(store).sparqlEndpoint(sparqlEndpoint)
                .routes(routes(store))
                .filter(Guards.standard(ratePerSecond, rateBurst).toArray(Filter[]::new))
                .filter(filters(store).toArray(Filter[]::new))
                .queryTimeout(queryTimeout).maxConcurrent(maxConcurrent)
                .build().start();
        String url = "http://localhost:" + server.port() + "/";
        long startedMs = Duration.between(ProcessHandle.current().info().startInstant().orElse(Instant.now()), Instant.now()).toMillis();
        out.printf(Locale.ROOT, "RegioLOD front serving %s over the SPARQL store %s (version %s, base URI %s) - started in %.1f s%n",
                url, sparqlEndpoint, first.version(), first.baseUri(), startedMs / 1000.0);
        out.flush();
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    private Model fusekiConfig() {
        if (fusekiConfig != null) return FusekiConfig.read(fusekiConfig);
        if (Files.isRegularFile(FusekiConfig.FILE)) return FusekiConfig.read(FusekiConfig.FILE);
        return FusekiConfig.standard();
    }

    private void progress(PrintWriter err, String msg) {
        if (quiet) return;
        err.println("[serve] " + msg);
        err.flush();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads 30s, 500ms, 2m, 1h, or a plain number of seconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                if (v.endsWith("s")) return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
                if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
                if (v.endsWith("h")) return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a duration: '" + value + "' (use e.g. 30s, 500ms, 2m)");
            }
        }
    }
}
