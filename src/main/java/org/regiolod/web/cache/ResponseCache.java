package org.regiolod.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.regiolod.store.PublishedData;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Serves repeated GET/HEAD requests for data from memory. The data changes only when a new version
 * is published, so a complete response is reusable until then: entries are keyed by
 * ({@link PublishedData#version()}, method, URI and query string, Accept, Accept-Encoding) and all of
 * them are dropped when the version changes.
 *
 * <p>Cached: {@code /sparql} queries ({@code GET /sparql?query=…}), the pages ({@code /},
 * {@code /doc/**}) and the REST API ({@code /api/v1/**}). Only complete 200 responses are kept —
 * not one that says {@code no-store} or {@code private}, sets a cookie, failed or went async on the
 * way (e.g. a query timeout), was cut at the row cap ({@code X-RegioLOD-Truncated}), is larger
 * than a tenth of the cache, or whose length does not match
 * its {@code Content-Length}. A request with {@code Authorization} or {@code Cache-Control: no-store}
 * passes by; one with {@code Cache-Control: no-cache} is answered fresh (and the fresh answer kept).
 * Bounded by total bytes (Caffeine, size-weighted eviction). Each answer says {@code X-Cache: hit},
 * {@code miss} or {@code bypass}.
 */
public final class ResponseCache implements Filter {
    public static final String HEADER = "X-Cache";
    /** Default bound: 64 MiB of responses. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    /** Set by the SPARQL endpoint on an answer cut at its row cap (server.CappedQueryProcessor). */
    static final String TRUNCATED = "X-RegioLOD-Truncated";
    /** Not copied into an entry: per-connection or per-answer headers, and our own marker. */
    private static final Set<String> SKIPPED = Set.of("date", "connection", "keep-alive", "transfer-encoding", HEADER.toLowerCase(Locale.ROOT));

    private final Supplier<PublishedData> data;
    private final Cache<Key, CachedResponse> cache;
    private final int maxEntryBytes;
    private final AtomicReference<String> currentVersion = new AtomicReference<>();

    record Key(String version, String method, String uri, String accept, String acceptEncoding) {}

    public ResponseCache(Supplier<PublishedData> data) {
        this(data, DEFAULT_MAX_BYTES);
    }

    public ResponseCache(Supplier<PublishedData> data, long maxBytes) {
        if (maxBytes < 1024) throw new IllegalArgumentException("a response cache needs at least 1 KiB, was " + maxBytes);
        this.data = data;
        this.maxEntryBytes = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes / 10);
        this.cache = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key k, CachedResponse v) -> v.weight() + 2 * (k.uri().length() + 64)).build();
    }

    /** Whether a path (without query string) is data that only a publish changes. */
    static boolean cacheablePath(String path, String query) {
        if (path.equals("/sparql")) return query != null && (query.startsWith("query=") || query.contains("&query="));
        return path.equals("/") || path.startsWith("/doc/") || path.startsWith("/api/v1/");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse res)) {
            chain.doFilter(request, response);
            return;
        }
        String method = req.getMethod();
        String path = req.getRequestURI();
        String query = req.getQueryString();
        String requestCacheControl = lower(req.getHeader("Cache-Control"));
        if (!(method.equals("GET") || method.equals("HEAD")) || !cacheablePath(path, query)
                || req.getHeader("Authorization") != null || requestCacheControl.contains("no-store")) {
            chain.doFilter(request, response);
            return;
        }
        String version = data.get().version();
        if (!version.equals(currentVersion.getAndSet(version))) cache.invalidateAll(); // a publish: every entry is stale
        Key key = new Key(version, method, query == null ? path : path + "?" + query,
                String.valueOf(req.getHeader("Accept")), String.valueOf(req.getHeader("Accept-Encoding")));
        boolean fresh = requestCacheControl.contains("no-cache");
        CachedResponse hit = fresh ? null : cache.getIfPresent(key);
        if (hit != null) {
            send(hit, req, res, method.equals("HEAD"));
            return;
        }
        res.setHeader(HEADER, fresh ? "bypass" : "miss");
        CapturingResponse capture = new CapturingResponse(res, maxEntryBytes);
        chain.doFilter(req, capture);
        byte[] body = capture.body();
        if (body != null && !req.isAsyncStarted() && storable(res, body, method)) {
            cache.put(key, new CachedResponse(res.getStatus(), headers(res), body));
        }
    }

    private static boolean storable(HttpServletResponse res, byte[] body, String method) {
        if (res.getStatus() != 200) return false;
        String cc = lower(res.getHeader("Cache-Control"));
        if (cc.contains("no-store") || cc.contains("private")) return false;
        if (res.getHeader("Set-Cookie") != null) return false;
        if ("true".equalsIgnoreCase(res.getHeader(TRUNCATED))) return false; // cut at the row cap
        String length = res.getHeader("Content-Length");
        if (length != null && method.equals("GET")) {
            try {
                if (Long.parseLong(length.trim()) != body.length) return false; // cut short
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static List<Map.Entry<String, String>> headers(HttpServletResponse res) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String name : res.getHeaderNames()) {
            if (SKIPPED.contains(name.toLowerCase(Locale.ROOT))) continue;
            for (String value : res.getHeaders(name)) out.add(Map.entry(name, value));
        }
        return List.copyOf(out);
    }

    private static void send(CachedResponse r, HttpServletRequest req, HttpServletResponse res, boolean head) throws IOException {
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean notModified = false;
        boolean hasLength = false;
        for (Map.Entry<String, String> h : r.headers()) {
            if (ifNoneMatch != null && h.getKey().equalsIgnoreCase("ETag") && matches(ifNoneMatch, h.getValue())) notModified = true;
        }
        res.setStatus(notModified ? HttpServletResponse.SC_NOT_MODIFIED : r.status());
        for (Map.Entry<String, String> h : r.headers()) {
            if (notModified && h.getKey().equalsIgnoreCase("Content-Length")) continue;
            res.addHeader(h.getKey(), h.getValue());
            hasLength |= h.getKey().equalsIgnoreCase("Content-Length");
        }
        res.setHeader(HEADER, "hit");
        if (head || notModified) return;
        if (!hasLength) res.setContentLength(r.body().length);
        res.getOutputStream().write(r.body());
    }

    /** If-None-Match: a list of entity tags, or *. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.trim().equals("*")) return true;
        for (String tag : ifNoneMatch.split(",")) {
            if (tag.trim().replaceFirst("^W/", "").equals(etag.trim().replaceFirst("^W/", ""))) return true;
        }
        return false;
    }

    private static String lower(String s) { return s == null ? "" : s.toLowerCase(Locale.ROOT); }

    /** Entries held now (for tests and metrics). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
