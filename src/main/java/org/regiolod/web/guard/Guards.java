package org.regiolod.web.guard;

import jakarta.servlet.Filter;

import java.util.List;

/**
 * The guards in the order the server must run them, first to last: security headers (so that
 * every answer has them, refusals included), then the rate limit (a refused client costs nothing
 * more), then the request size limit, then the fix for Fuseki's error lengths
 * ({@link ErrorLengthFilter}). Give them to the server builder's {@code filter(...)}, and
 * call {@link JettyLimits#apply} on its Jetty server.
 */
public final class Guards {
    private Guards() {}

    /** Default limits; the rate limit read from the system properties (see {@link RateLimitFilter#fromSystemProperties}). */
    public static List<Filter> standard() {
        return List.of(new SecurityHeadersFilter(), RateLimitFilter.fromSystemProperties(), new RequestSizeFilter(), new ErrorLengthFilter());
    }

    /** Default limits with this per-client rate limit. */
    public static List<Filter> standard(double perSecond, int burst) {
        return List.of(new SecurityHeadersFilter(), new RateLimitFilter(perSecond, burst), new RequestSizeFilter(), new ErrorLengthFilter());
    }
}
