package org.regiolod.web.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * CORS for browser clients of the open data: any origin may read (no credentials), and
 * preflight requests are answered here. The headers a client needs (ETag, the truncation
 * signal, Retry-After) are exposed.
 */
final class CorsFilter extends HttpFilter {
    static final String ALLOW_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since, Cache-Control, X-Requested-With";
    static final String EXPOSE_HEADERS = "ETag, Last-Modified, Retry-After, Content-Disposition, "
            + CappedQueryProcessor.TRUNCATED + ", " + CappedQueryProcessor.MAX_ROWS;

    @Override
    protected void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req.getHeader("Origin") == null) {
            chain.doFilter(req, res);
            return;
        }
        res.setHeader("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            res.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
            res.setHeader("Access-Control-Max-Age", "86400");
            res.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        res.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        chain.doFilter(req, res);
    }
}
