package org.regiolod.web.server;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.web.HttpNames;

/** What kind of request reached {@code /sparql}. */
final class SparqlRequests {
    private SparqlRequests() {}

    static boolean isQuery(HttpServletRequest req) {
        if (req.getParameter(HttpNames.paramQuery) != null) return true;
        String ct = req.getContentType();
        return "POST".equals(req.getMethod()) && ct != null && ct.startsWith("application/sparql-query");
    }

    /** A graph store read: {@code ?graph=URI} or {@code ?default}. */
    static boolean isGraphRead(HttpServletRequest req) {
        return req.getParameter(HttpNames.paramGraph) != null || req.getParameter(HttpNames.paramGraphDefault) != null;
    }

    /** A GET/HEAD of the endpoint itself: no query, no graph; the SPARQL page or the Service Description. */
    static boolean isLanding(HttpServletRequest req) {
        String m = req.getMethod();
        return ("GET".equals(m) || "HEAD".equals(m)) && !isQuery(req) && !isGraphRead(req)
                && RegioLodServer.SPARQL_PATH.equals(req.getRequestURI());
    }

    /** True when the client's Accept prefers HTML over every RDF format (a browser). */
    static boolean prefersHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return false;
        AcceptList client = new AcceptList(accept);
        MediaRange html = client.match(MediaType.create("text/html"));
        if (html == null) return false;
        double best = 0;
        for (String rdf : RdfConneg.FORMATS.keySet()) {
            MediaRange r = client.match(MediaType.create(rdf));
            if (r != null) best = Math.max(best, r.get_q());
        }
        return html.get_q() > best;
    }
}
