package org.regiolod.web.api;

import org.regiolod.web.api.ApiModel.InvalidParam;
import org.regiolod.web.api.ApiModel.Problem;

import java.util.List;
import java.util.Map;

/** Ends a request with an RFC 9457 problem (and any headers it needs, e.g. Allow or Retry-After). */
final class ProblemException extends RuntimeException {
    private final Problem problem;
    private final Map<String, String> headers;

    ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    Problem problem() { return problem; }

    Map<String, String> headers() { return headers; }

    static ProblemException of(int status, String title, String detail) {
        return new ProblemException(new Problem("about:blank", title, status, detail, null, null), Map.of());
    }

    static ProblemException badParameter(String name, String reason) {
        return new ProblemException(new Problem("about:blank", "Bad Request", 400,
                "The parameter '" + name + "' is not valid: " + reason,
                null, List.of(new InvalidParam(name, reason))), Map.of());
    }

    static ProblemException notFound(String detail) {
        return of(404, "Not Found", detail);
    }

    static ProblemException methodNotAllowed(String method, String allow) {
        return new ProblemException(new Problem("about:blank", "Method Not Allowed", 405,
                "The API is read-only: " + method + " is not allowed here; use " + allow + ".", null, null),
                Map.of("Allow", allow));
    }

    static ProblemException notAcceptable(String accept, String offered) {
        return of(406, "Not Acceptable", "This resource is only available as " + offered
                + "; the request's Accept header (" + accept + ") does not allow it.");
    }

    static ProblemException tooManyRequests(int perMinute) {
        return new ProblemException(new Problem("about:blank", "Too Many Requests", 429,
                "More than " + perMinute + " API requests in a minute from this client; retry after the time in Retry-After.",
                null, null), Map.of("Retry-After", "60"));
    }
}
