package org.regiolod.web.guard;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * The limits a filter cannot set because Jetty applies them before any filter runs; the server
 * builder calls {@link #apply} on the Jetty server before starting it.
 *
 * <ul>
 *   <li>request line + headers: {@value #MAX_HEADER_BYTES} bytes
 *       ({@code HttpConfiguration.requestHeaderSize}); past it Jetty answers 431, or 414 for a
 *       URI alone that long (a long SPARQL query belongs in a POST body);</li>
 *   <li>form bodies ({@code application/x-www-form-urlencoded}, how SPARQL POSTs a query):
 *       {@code maxFormContentSize} equal to the body limit, so that a form Jetty would refuse
 *       (400) is already answered 413 by {@link RequestSizeFilter}.</li>
 * </ul>
 */
public final class JettyLimits {
    /** Room for a long query string (GET /sparql?query=...) and ordinary headers; far below 100 KB. */
    public static final int MAX_HEADER_BYTES = 64 * 1024;

    private JettyLimits() {}

    public static void apply(Server server) {
        apply(server, MAX_HEADER_BYTES, RequestSizeFilter.DEFAULT_MAX_BODY_BYTES);
    }

    public static void apply(Server server, int maxHeaderBytes, long maxBodyBytes) {
        for (Connector c : server.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setRequestHeaderSize(maxHeaderBytes);
        }
        for (ServletContextHandler ctx : server.getDescendants(ServletContextHandler.class)) {
            ctx.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxBodyBytes));
        }
        Handler h = server.getHandler();
        if (h == null) throw new IllegalStateException("apply the limits once the server's handlers are set");
    }
}
