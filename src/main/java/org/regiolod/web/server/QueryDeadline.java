package org.regiolod.web.server;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.util.Context;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends a query at its deadline, in place of ARQ's own query timeout. ARQ 5.6's timeout callback
 * takes the lock its query holds while the plan is built, and runs on one alarm thread shared by
 * every query: work done while the plan is built (skipping a huge OFFSET, a sort under it) is
 * never cancelled, and holds back every other query's timeout meanwhile. Here the deadline only
 * raises the query's cancel signal ({@link ARQConstants#symCancelQuery}), without any lock; ARQ's
 * iterators check it on every solution, {@link CancellableRegex} and {@link CancellableSort}
 * within one. (Not {@code QueryExec.abort()}: it races with a sort spilling to disk.) Jena's
 * cancellation is being reworked upstream (apache/jena#3535, "query timeout being ignored").
 */
final class QueryDeadline implements AutoCloseable {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final AtomicBoolean cancel = new AtomicBoolean(false);
    private final ScheduledFuture<?> alarm;

    private QueryDeadline(Duration timeout) {
        this.alarm = TIMER.schedule(() -> cancel.set(true), timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the clock for a query that will run with {@code cxt}: the context gets this deadline's
     * cancel signal, and loses ARQ's own timeout setting so that only this deadline applies.
     */
    static QueryDeadline start(Context cxt, Duration timeout) {
        QueryDeadline d = new QueryDeadline(timeout);
        cxt.remove(ARQ.queryTimeout);
        cxt.set(ARQConstants.symCancelQuery, d.cancel);
        return d;
    }

    @Override
    public void close() {
        alarm.cancel(false);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "regiolod-query-deadline");
            thread.setDaemon(true);
            return thread;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }
}
