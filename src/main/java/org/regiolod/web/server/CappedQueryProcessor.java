package org.regiolod.web.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Fuseki's SPARQL query operation with two limits of the public endpoint. Results are
 * materialised before the first byte is sent, so that a timeout is an HTTP error with a clear
 * message, not a cut-off response:
 * <ul>
 *   <li>at most {@code maxRows} solutions (SELECT) or triples (CONSTRUCT, DESCRIBE); a cut
 *       result carries {@value #TRUNCATED}: {@code true} — never a silent truncation;</li>
 *   <li>the query timeout of the configuration (context {@code arq:queryTimeout}), kept as
 *       {@link EndpointQueryExec} says and reported as 503 with the limit in the message.</li>
 * </ul>
 */
public final class CappedQueryProcessor extends SPARQL_QueryDataset {
    /** Present, with value {@code true}, on a response whose result was cut at the row cap. */
    public static final String TRUNCATED = "X-RegioLOD-Truncated";
    /** The row cap, on every query response. */
    public static final String MAX_ROWS = "X-RegioLOD-Max-Rows";

    private final long maxRows;
    private final Duration timeout;

    public CappedQueryProcessor(long maxRows, Duration timeout) {
        this.maxRows = maxRows;
        this.timeout = timeout;
    }

    /** The query runs as every query of the public endpoint does: see {@link EndpointQueryExec}. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return EndpointQueryExec.build(action.getContext(), dataset, query, timeout);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        try {
            action.getResponse().setHeader(MAX_ROWS, Long.toString(maxRows));
            // Built triple by triple, so that a large CONSTRUCT stops at the cap instead of filling the heap first.
            if (query.isConstructType()) return new QueryExecResult(cappedConstruct(action, qExec, query));
            QueryExecResult result = super.executeQuery(action, qExec, query, queryStringLog);
            if (result.isRowSet()) return capped(action, result.rowSet());
            if (result.isGraph()) return new QueryExecResult(capped(action, result.graph()));
            return result;
        } catch (QueryCancelledException ex) {
            String limit = timeout == null ? "" : " (" + timeout.toMillis() / 1000.0 + " s, the limit of this endpoint)";
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503,
                    "Query timed out" + limit + ". Narrow the query (fewer unbound patterns, a LIMIT) and try again.");
            return null;
        } finally {
            EndpointQueryExec.finished(qExec);
        }
    }

    private QueryExecResult capped(HttpAction action, RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        boolean cut = false;
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (kept.size() == maxRows) {
                cut = true;
                break;
            }
            kept.add(b);
        }
        if (cut) markTruncated(action);
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }

    private Graph capped(HttpAction action, Graph g) {
        if (g.size() <= maxRows) return g;
        markTruncated(action);
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        Iterator<Triple> it = g.find();
        while (it.hasNext() && out.size() < maxRows) out.add(it.next());
        return out;
    }

    private DatasetGraph cappedConstruct(HttpAction action, QueryExec qExec, Query query) {
        DatasetGraph out = DatasetGraphFactory.create();
        Iterator<Quad> quads = qExec.constructQuads();
        try {
            long kept = 0;
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (out.contains(q)) continue;
                if (kept == maxRows) {
                    markTruncated(action);
                    break;
                }
                out.add(q);
                kept++;
            }
        } finally {
            Iter.close(quads);
        }
        // The prefixes a CONSTRUCT answer carries in ARQ: the data's, then the query's.
        if (qExec.getDataset() != null) out.prefixes().putAll(qExec.getDataset().prefixes());
        query.getPrefixMapping().getNsPrefixMap().forEach(out.prefixes()::add);
        return out;
    }

    private static void markTruncated(HttpAction action) {
        action.getResponse().setHeader(TRUNCATED, "true");
    }
}
