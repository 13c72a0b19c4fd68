package org.regiolod.web.server;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

import java.time.Duration;

/**
 * How a query of the public endpoint runs, so that every query ends at its timeout: the timeout
 * kept by a {@link QueryDeadline}, {@code regex()} and ORDER BY cancellable
 * ({@link CancellableRegex}, {@link CancellableSort}), a large sort or DISTINCT spilled to disk in
 * bounded runs, and no SERVICE calls to other endpoints.
 */
final class EndpointQueryExec {
    /** A sort (or DISTINCT) beyond this many rows goes to disk in sorted runs, so that its memory is bounded. */
    static final long SPILL_ROWS = 50_000;
    private static final Symbol DEADLINE = Symbol.create("https://w3id.org/regiolod/onto/queryDeadline");

    private EndpointQueryExec() {}

    /** The execution of {@code query}; {@code timeout} null means none. Close it, then {@link #finished} it. */
    static QueryExec build(Context base, DatasetGraph dataset, Query query, Duration timeout) {
        Context cxt = base.copy();
        cxt.set(ARQ.httpServiceAllowed, false);
        cxt.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
        QueryDeadline deadline = timeout == null ? null : QueryDeadline.start(cxt, timeout);
        if (deadline != null) cxt.set(DEADLINE, deadline);
        RewriteFactory optimizer = base.get(ARQConstants.sysOptimizerFactory, Optimize.getFactory());
        cxt.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) c -> {
            Rewrite standard = optimizer.create(c);
            return op -> CancellableSort.in(standard.rewrite(op));
        });
        return QueryExec.newBuilder().dataset(dataset).query(CancellableRegex.in(query)).context(cxt).build();
    }

    /** Stops the clock of an execution made by {@link #build} once its results are in hand. */
    static void finished(QueryExec exec) {
        QueryDeadline deadline = exec.getContext().get(DEADLINE);
        if (deadline != null) deadline.close();
    }
}
