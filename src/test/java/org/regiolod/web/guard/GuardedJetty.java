package org.regiolod.web.guard;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;

/**
 * A plain Jetty on 127.0.0.1 (a free port) with the given filters in front of three servlets:
 * {@code /echo} answers 200 with the number of body bytes it read, {@code /missing} sends a 404
 * error, {@code /boom} throws. The guards are tested here as the real server hosts them.
 */
final class GuardedJetty implements AutoCloseable {
    final Server server;
    final URI base;

    GuardedJetty(List<Filter> filters) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler ctx = new ServletContextHandler("/");
        for (Filter f : filters) ctx.addFilter(new FilterHolder(f), "/*", EnumSet.of(DispatcherType.REQUEST));
        ctx.addServlet(new ServletHolder(new HttpServlet() {
            @Override protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                long n = req.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                res.setContentType("text/plain");
                res.getWriter().print("read " + n);
            }
        }), "/echo");
        ctx.addServlet(new ServletHolder(new HttpServlet() {
            @Override protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
                res.sendError(404, "no such thing");
            }
        }), "/missing");
        ctx.addServlet(new ServletHolder(new HttpServlet() {
            @Override protected void doGet(HttpServletRequest req, HttpServletResponse res) {
                throw new IllegalStateException("a handler failed");
            }
        }), "/boom");
        server.setHandler(ctx);
        JettyLimits.apply(server);
        SecureErrorHandler.install(server, filters);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
