package org.regiolod.web.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Fuseki's SPARQL query operation with two limits of the public endpoint. Results are
 * materialised before the first byte is sent, so that a timeout is an HTTP error with a clear
 * message, not a cut-off response:
 * <ul>
 *   <li>at most {@code maxRows} solutions (SELECT) or triples (CONSTRUCT, DESCRIBE); a cut
 *       result carries {@value #TRUNCATED}: {@code true} — never a silent truncation;</li>
 *   <li>the query timeout of the configuration (context {@code arq:queryTimeout}), reported
 *       as 503 with the limit in the message.</li>
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

    /** The query runs with this endpoint's timeout, and never calls out (SERVICE) to other endpoints. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Context cxt = action.getContext().copy();
        cxt.set(ARQ.httpServiceAllowed, false);
        QueryExecDatasetBuilder b = QueryExec.newBuilder().dataset(dataset).query(query).context(cxt);
        if (timeout != null) b.overallTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return b.build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        try {
            QueryExecResult result = super.executeQuery(action, qExec, query, queryStringLog);
            action.getResponse().setHeader(MAX_ROWS, Long.toString(maxRows));
            if (result.isRowSet()) return capped(action, result.rowSet());
            if (result.isGraph()) return new QueryExecResult(capped(action, result.graph()));
            if (result.isDataset()) return new QueryExecResult(capped(action, result.dataset()));
            return result;
        } catch (QueryCancelledException ex) {
            String limit = timeout == null ? "" : " (" + timeout.toMillis() / 1000.0 + " s, the limit of this endpoint)";
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503,
                    "Query timed out" + limit + ". Narrow the query (fewer unbound patterns, a LIMIT) and try again.");
            return null;
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

    private DatasetGraph capped(HttpAction action, DatasetGraph dsg) {
        long size = 0;
        Iterator<Quad> count = dsg.find();
        while (count.hasNext() && size <= maxRows) {
            count.next();
            size++;
        }
        if (size <= maxRows) return dsg;
        markTruncated(action);
        DatasetGraph out = DatasetGraphFactory.create();
        out.prefixes().putAll(dsg.prefixes());
        Iterator<Quad> it = dsg.find();
        for (long n = 0; it.hasNext() && n < maxRows; n++) out.add(it.next());
        return out;
    }

    private static void markTruncated(HttpAction action) {
        action.getResponse().setHeader(TRUNCATED, "true");
    }
}
