package org.regiolod.web.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
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
    /** The description counts the triples of every graph: once per data version, not per request. */
    private final PerVersion<org.apache.jena.rdf.model.Model> descriptions = new PerVersion<>(ServiceDescription::describe);

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
        PublishedData version = data.get();
        org.apache.jena.rdf.model.Model description;
        try {
            description = descriptions.get(version);
        } catch (QueryCancelledException e) {
            // Counting the graphs hit the query timeout (a loaded server): say so, as for any query.
            res.setHeader("Retry-After", "5");
            HttpFilter.reply(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The service description could not be worked out within the query timeout; try again shortly.");
            return;
        }
        ServiceDescription.write(req, res, description);
    }
}
