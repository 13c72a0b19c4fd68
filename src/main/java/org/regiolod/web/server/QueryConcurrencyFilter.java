package org.regiolod.web.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * At most {@code max} SPARQL queries run at once; one more gets 429 Too Many Requests with
 * Retry-After at once, rather than queueing behind slow queries and tying up server threads.
 */
final class QueryConcurrencyFilter extends HttpFilter {
    static final String RETRY_AFTER_SECONDS = "1";
    private final Semaphore running;
    private final int max;

    QueryConcurrencyFilter(int max) {
        this.max = max;
        this.running = new Semaphore(max);
    }

    @Override
    protected void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!SparqlRequests.isQuery(req)) {
            chain.doFilter(req, res);
            return;
        }
        if (!running.tryAcquire()) {
            res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            reply(res, 429, "Too many queries at once (this endpoint runs at most " + max
                    + " at a time). Retry in " + RETRY_AFTER_SECONDS + " s.");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            running.release();
        }
    }
}
