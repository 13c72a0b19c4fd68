package org.regiolod.web.server;

import io.javalin.Javalin;
import jakarta.servlet.Filter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.regiolod.store.PublishedData;
import org.regiolod.web.Routes;
import org.regiolod.web.guard.JettyLimits;
import org.regiolod.web.guard.SecureErrorHandler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The whole web face on one origin: Fuseki (which owns Jetty) answers SPARQL at
 * {@value #SPARQL_PATH}, read-only; a Javalin app made of every {@link Routes} part (pages, REST
 * API, SPARQL page, VoID, ...) is mounted at {@code /*} in the same servlet context.
 *
 * <pre>{@code
 * RegioLodServer server = RegioLodServer.builder()
 *         .port(8080).data(store::published).fusekiConfig(config)
 *         .routes(new PageRoutes(data), new ApiRoutes(data))
 *         .queryTimeout(Duration.ofSeconds(30)).maxRows(10_000).maxConcurrent(4)
 *         .build().start();
 * }</pre>
 *
 * Request path, in order: the filters given to {@link Builder#filter} (all paths), CORS (all
 * paths), then for {@code /sparql}: read-only guard (405 for writes), conditional GET (ETag,
 * Last-Modified, 304), landing (HTML to the Javalin page, otherwise the Service Description),
 * concurrency bound (429), then Fuseki; everything else goes to Javalin.
 */
public final class RegioLodServer {
    public static final String SPARQL_PATH = "/sparql";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** The servlet name of the Javalin app, for a named dispatch from the filters. */
    static final String JAVALIN_SERVLET = "regiolod-javalin";

    private final FusekiServer fuseki;
    private final int requestedPort;

    private RegioLodServer(FusekiServer fuseki, int requestedPort) {
        this.fuseki = fuseki;
        this.requestedPort = requestedPort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; a port already in use is reported as bad input, with what to do. */
    public RegioLodServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            try {
                fuseki.stop();
            } catch (RuntimeException ignored) {
                // Not fully started: nothing more to release.
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new IllegalArgumentException("port " + requestedPort + " is in use (" + t.getMessage()
                            + "); stop what uses it or choose another with --port", e);
                }
            }
            throw e;
        }
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port the server listens on (the real one, if 0 was asked for). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public static final class Builder {
        private int port = 8080;
        private boolean loopback;
        private Supplier<PublishedData> data;
        private Model fusekiConfig;
        private DatasetGraph dataset;
        private final List<Routes> routes = new ArrayList<>();
        private final List<Filter> filters = new ArrayList<>();
        private Duration queryTimeout;
        private long maxRows = 10_000;
        private int maxConcurrent = 4;

        /** The port to listen on; 0 for any free port. */
        public Builder port(int port) { this.port = port; return this; }

        /** Listen on the loopback interface only (tests). */
        public Builder loopback(boolean loopback) { this.loopback = loopback; return this; }

        /** The version being served, asked for on each request. */
        public Builder data(Supplier<PublishedData> data) { this.data = data; return this; }

        /**
         * The Fuseki assembler configuration with its TDB2 location set (see
         * {@link FusekiConfig#withLocation}); its query timeout is replaced by {@link #queryTimeout}.
         */
        public Builder fusekiConfig(Model config) { this.fusekiConfig = config; return this; }

        /**
         * Instead of a configuration file: serve this dataset at {@code /sparql} with the same
         * services the file declares (query, read-only graph store). For tests and embedding.
         */
        public Builder dataset(DatasetGraph dataset) { this.dataset = dataset; return this; }

        public Builder routes(Routes... parts) { routes.addAll(Arrays.asList(parts)); return this; }

        public Builder routes(List<? extends Routes> parts) { routes.addAll(parts); return this; }

        /** Servlet filters that run before everything else (Fuseki and Javalin), in the order given. */
        public Builder filter(Filter... more) { filters.addAll(Arrays.asList(more)); return this; }

        /** Default: the configuration's {@code arq:queryTimeout}, else {@link #DEFAULT_TIMEOUT}. */
        public Builder queryTimeout(Duration timeout) { this.queryTimeout = timeout; return this; }

        /** The most solutions (SELECT) or triples (CONSTRUCT, DESCRIBE) one answer holds. */
        public Builder maxRows(long rows) { this.maxRows = rows; return this; }

        /** The most SPARQL queries running at once; beyond, 429 with Retry-After. */
        public Builder maxConcurrent(int n) { this.maxConcurrent = n; return this; }

        public RegioLodServer build() {
            Objects.requireNonNull(data, "data");
            if ((fusekiConfig == null) == (dataset == null)) {
                throw new IllegalArgumentException("give either a Fuseki configuration or a dataset");
            }
            if (maxRows < 1) throw new IllegalArgumentException("max rows must be at least 1");
            if (maxConcurrent < 1) throw new IllegalArgumentException("max concurrent queries must be at least 1");
            Duration timeout = queryTimeout != null ? queryTimeout
                    : fusekiConfig != null && FusekiConfig.queryTimeout(fusekiConfig) != null ? FusekiConfig.queryTimeout(fusekiConfig)
                    : DEFAULT_TIMEOUT;

            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port).loopback(loopback)
                    // No admin or monitoring endpoint is public.
                    .enablePing(false).enableStats(false).enableMetrics(false)
                    .enableCompact(false).enableTasks(false)
                    // With its content type, so that a POST of application/sparql-query is a query, not a graph store write.
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new CappedQueryProcessor(maxRows, timeout));
            if (fusekiConfig != null) {
                fb.parseConfig(FusekiConfig.withQueryTimeout(fusekiConfig, timeout));
            } else {
                fb.add(SPARQL_PATH, DataService.newBuilder(dataset)
                        .addEndpoint(Operation.Query).addEndpoint(Operation.GSP_R));
            }
            filters.forEach(f -> fb.addFilter("/*", f));
            fb.addFilter("/*", new CorsFilter());
            for (Filter f : List.of(new ReadOnlyFilter(), new ConditionalGetFilter(data),
                    new SparqlLandingFilter(data), new QueryConcurrencyFilter(maxConcurrent))) {
                // "/sparql/*" matches "/sparql" itself too: one mapping, so each filter runs once.
                fb.addFilter(SPARQL_PATH + "/*", f);
            }
            FusekiServer fuseki = fb.build();
            // Header and form size limits that Jetty applies before any filter runs (431/414).
            JettyLimits.apply(fuseki.getJettyServer());
            // Fuseki's 5 MiB response buffer is not pooled: one fresh direct buffer per answer.
            ResponseBuffers.apply(fuseki.getJettyServer());
            // Jetty's own early answers (400 for a suspicious path, 414, 431) get the security headers too.
            SecureErrorHandler.install(fuseki.getJettyServer(), filters);

            Javalin app = WebApp.create(routes);
            ServletContextHandler context = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
            // Javalin's servlet also upgrades WebSockets, which needs Jetty's WebSocket components.
            JettyWebSocketServletContainerInitializer.configure(context, null);
            ServletHolder javalin = new ServletHolder(JAVALIN_SERVLET, app.javalinServlet());
            javalin.setAsyncSupported(true);
            context.addServlet(javalin, "/*");
            // Javalin may answer asynchronously: every filter in front of it must allow that.
            for (FilterHolder h : context.getServletHandler().getFilters()) h.setAsyncSupported(true);
            return new RegioLodServer(fuseki, port);
        }
    }
}
