package org.regiolod.web.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.web.HttpNames;

import java.io.IOException;

/**
 * The public endpoint is read-only: SPARQL Update and Graph Store writes (POST, PUT, DELETE,
 * PATCH of RDF) get 405 with a message saying so, before they reach Fuseki. The configuration
 * has no update service either; this filter makes the refusal explicit and uniform.
 */
final class ReadOnlyFilter extends HttpFilter {
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    @Override
    protected void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod();
        switch (method) {
            // An update in a GET's query string is refused too, not answered with the service description.
            case "GET", "HEAD" -> {
                if (req.getParameter(HttpNames.paramUpdate) != null) {
                    refuse(res, "SPARQL Update is not available: this endpoint is read-only.");
                } else {
                    chain.doFilter(req, res);
                }
            }
            case "OPTIONS" -> chain.doFilter(req, res);
            case "POST" -> {
                String ct = req.getContentType() == null ? "" : req.getContentType().toLowerCase();
                if (ct.startsWith("application/sparql-update") || (ct.startsWith("application/x-www-form-urlencoded")
                        && req.getParameter(HttpNames.paramUpdate) != null)) {
                    refuse(res, "SPARQL Update is not available: this endpoint is read-only.");
                } else if (ct.startsWith("application/sparql-query") || ct.startsWith("application/x-www-form-urlencoded")) {
                    chain.doFilter(req, res);
                } else {
                    refuse(res, "Graph Store writes are not available: this endpoint is read-only. "
                            + "POST a query as application/sparql-query or as a form with 'query'.");
                }
            }
            default -> refuse(res, method + " is not available: this endpoint is read-only (allowed: " + ALLOW + ").");
        }
    }

    private static void refuse(HttpServletResponse res, String message) throws IOException {
        res.setHeader("Allow", ALLOW);
        reply(res, HttpServletResponse.SC_METHOD_NOT_ALLOWED, message);
    }
}
