package org.regiolod.web.guard;

import jakarta.servlet.Filter;
import org.regiolod.web.api.ApiRoutes;

import java.util.List;

/**
 * The guards in the order the server must run them, first to last: security headers (so that
 * every answer has them, refusals included), then the rate limit (a refused client costs nothing
 * more), then the request size limit, then the fix for Fuseki's error lengths
 * ({@link ErrorLengthFilter}). Give them to the server builder's {@code filter(...)}, and
 * call {@link JettyLimits#apply} and {@link SecureErrorHandler#install} on its Jetty server.
 */
public final class Guards {
    private Guards() {}

    /** Default limits; the rate limit read from the system properties (see {@link RateLimitFilter#fromSystemProperties}). */
    public static List<Filter> standard() {
        return List.of(new SecurityHeadersFilter(), apiProblems(RateLimitFilter.fromSystemProperties()), new RequestSizeFilter(), new ErrorLengthFilter());
    }

    /** Default limits with this per-client rate limit. */
    public static List<Filter> standard(double perSecond, int burst) {
        return List.of(new SecurityHeadersFilter(), apiProblems(new RateLimitFilter(perSecond, burst)), new RequestSizeFilter(), new ErrorLengthFilter());
    }

    /** The REST API promises an RFC 9457 problem for every error: its 429s too. */
    private static RateLimitFilter apiProblems(RateLimitFilter limit) {
        return limit.answering(ApiRoutes.PREFIX + "/", ApiRoutes::tooManyRequests);
    }
}
