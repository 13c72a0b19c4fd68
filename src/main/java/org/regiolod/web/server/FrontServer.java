package org.regiolod.web.server;

import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.regiolod.store.PublishedData;
import org.regiolod.web.Routes;
import org.regiolod.web.guard.JettyLimits;
import org.regiolod.web.guard.SecureErrorHandler;
import org.regiolod.web.sparql.SparqlProxy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A stateless front ({@code serve --sparql-endpoint URL}): the same web parts and the same
 * {@code /sparql} rules as {@link RegioLodServer} (read-only, ETag from the data version, the
 * SPARQL page for browsers, a bound on concurrent queries, CORS), but queries go to an external
 * SPARQL store through a {@link SparqlProxy} instead of an embedded Fuseki. Several fronts can
 * serve one store behind a load balancer: none holds data or sessions.
 */
public final class FrontServer {
    private final Server jetty;
    private final ServerConnector connector;

    private FrontServer(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    public static Builder builder() {
        return new Builder();
    }

    public FrontServer start() {
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("the front could not start: " + e.getMessage(), e);
        }
        return this;
    }

    public void stop() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the front did not stop cleanly: " + e.getMessage(), e);
        }
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    public int port() {
        return connector.getLocalPort();
    }

    public static final class Builder {
        private int port = 8080;
        private boolean loopback;
        private Supplier<PublishedData> data;
        private URI sparqlEndpoint;
        private final List<Routes> routes = new ArrayList<>();
        private final List<Filter> filters = new ArrayList<>();
        private Duration queryTimeout = RegioLodServer.DEFAULT_TIMEOUT;
        private int maxConcurrent = 4;

        public Builder port(int port) { this.port = port; return this; }

        public Builder loopback(boolean loopback) { this.loopback = loopback; return this; }

        /** The version the store holds, asked for on each request (see {@code RemoteStore}). */
        public Builder data(Supplier<PublishedData> data) { this.data = data; return this; }

        /** The external store's SPARQL query endpoint, which {@code /sparql} forwards queries to. */
        public Builder sparqlEndpoint(URI endpoint) { this.sparqlEndpoint = endpoint; return this; }

        public Builder routes(Routes... parts) { routes.addAll(Arrays.asList(parts)); return this; }

        public Builder routes(List<? extends Routes> parts) { routes.addAll(parts); return this; }

        /** Servlet filters that run before everything else, in the order given. */
        public Builder filter(Filter... more) { filters.addAll(Arrays.asList(more)); return this; }

        /** How long the front waits for the store's answer to one query. */
        public Builder queryTimeout(Duration timeout) { this.queryTimeout = timeout; return this; }

        public Builder maxConcurrent(int n) { this.maxConcurrent = n; return this; }

        public FrontServer build() {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(sparqlEndpoint, "sparqlEndpoint");
            if (maxConcurrent < 1) throw new IllegalArgumentException("max concurrent queries must be at least 1");

            Server jetty = new Server();
            ServerConnector connector = new ServerConnector(jetty);
            connector.setPort(port);
            if (loopback) connector.setHost("127.0.0.1");
            jetty.addConnector(connector);

            ServletContextHandler context = new ServletContextHandler("/");
            JettyWebSocketServletContainerInitializer.configure(context, null);
            EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
            filters.forEach(f -> context.addFilter(new FilterHolder(f), "/*", requests));
            context.addFilter(new FilterHolder(new CorsFilter()), "/*", requests);
            for (Filter f : List.of(new ReadOnlyFilter(), new ConditionalGetFilter(data),
                    new SparqlLandingFilter(data), new QueryConcurrencyFilter(maxConcurrent))) {
                context.addFilter(new FilterHolder(f), RegioLodServer.SPARQL_PATH + "/*", requests);
            }
            context.addServlet(new ServletHolder("sparql-proxy", new SparqlProxy(sparqlEndpoint, queryTimeout)),
                    RegioLodServer.SPARQL_PATH);

            Javalin app = WebApp.create(routes);
            ServletHolder javalin = new ServletHolder(RegioLodServer.JAVALIN_SERVLET, app.javalinServlet());
            javalin.setAsyncSupported(true);
            context.addServlet(javalin, "/*");
            for (FilterHolder h : context.getServletHandler().getFilters()) h.setAsyncSupported(true);
            jetty.setHandler(context);
            JettyLimits.apply(jetty);
            SecureErrorHandler.install(jetty, filters);
            return new FrontServer(jetty, connector);
        }
    }
}
