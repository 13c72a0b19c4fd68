package org.regiolod.web.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets the browser security headers on every response that passes through the server's
 * filters (pages, API, SPARQL, static files, errors): a Content-Security-Policy without
 * 'unsafe-inline' (scripts and styles come from our own origin, as files), no MIME sniffing, no
 * framing by other sites, a referrer kept to our origin. The headers are set before the request
 * goes on, so they are there even when a handler fails or sends an error.
 *
 * <p>A part of the site that cannot live with the default policy (a third-party UI needing inline
 * styles) gets its own policy for its path prefix with {@link #withPolicy}: the exception is then
 * written down in one place.
 *
 * <p>Answers Jetty gives before any filter runs (a request it cannot parse or refuses: 400, 414,
 * 431) get the same headers from {@link SecureErrorHandler}.
 */
public final class SecurityHeadersFilter implements Filter {
    /** Everything from our own origin; nothing inline, nothing framed, no plugins. */
    public static final String DEFAULT_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final String defaultPolicy;
    private final Map<String, String> policyByPrefix;

    public SecurityHeadersFilter() {
        this(DEFAULT_POLICY, Map.of());
    }

    private SecurityHeadersFilter(String defaultPolicy, Map<String, String> policyByPrefix) {
        this.defaultPolicy = defaultPolicy;
        this.policyByPrefix = policyByPrefix;
    }

    /** A copy that answers requests under {@code pathPrefix} (e.g. {@code /api/v1/docs}) with {@code policy}. */
    public SecurityHeadersFilter withPolicy(String pathPrefix, String policy) {
        if (!policy.contains("frame-ancestors")) throw new IllegalArgumentException("a policy must keep frame-ancestors: " + policy);
        Map<String, String> m = new LinkedHashMap<>(policyByPrefix);
        m.put(pathPrefix, policy);
        return new SecurityHeadersFilter(defaultPolicy, Map.copyOf(m));
    }

    /** The policy for a request path: the longest matching prefix's, or the default. */
    public String policyFor(String path) {
        String best = null;
        for (String prefix : policyByPrefix.keySet()) {
            if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) best = prefix;
        }
        return best == null ? defaultPolicy : policyByPrefix.get(best);
    }

    /** The headers for an answer to {@code path}, in the order they are set; HSTS only over https. */
    public Map<String, String> headersFor(String path, boolean secure) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", policyFor(path == null ? "/" : path));
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (secure) h.put("Strict-Transport-Security", "max-age=31536000");
        return h;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        headersFor(request.getRequestURI(), request.isSecure()).forEach(response::setHeader);
        chain.doFilter(req, res);
    }
}
