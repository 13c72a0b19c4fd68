package org.regiolod.web.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.regiolod.store.PublishedData;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * A GET of {@code /sparql} without a query: a browser (Accept prefers HTML) gets the SPARQL page
 * of the Javalin app ({@code GET /sparql}, if a part registers it); any other client gets the
 * SPARQL 1.1 Service Description in the RDF format it asks for.
 */
final class SparqlLandingFilter extends HttpFilter {
    private final Supplier<PublishedData> data;

    SparqlLandingFilter(Supplier<PublishedData> data) {
        this.data = data;
    }

    @Override
    protected void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!SparqlRequests.isLanding(req)) {
            chain.doFilter(req, res);
            return;
        }
        if (SparqlRequests.prefersHtml(req)) {
            RequestDispatcher javalin = req.getServletContext().getNamedDispatcher(RegioLodServer.JAVALIN_SERVLET);
            javalin.forward(req, res);
            return;
        }
        ServiceDescription.write(req, res, data.get());
    }
}
