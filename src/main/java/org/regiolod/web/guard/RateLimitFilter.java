package org.regiolod.web.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-client rate limit (a token bucket per remote address): a client may send {@code burst}
 * requests at once and {@code perSecond} a second after that; the next one is answered
 * {@code 429 Too Many Requests} with {@code Retry-After} (seconds until a token is back), without
 * touching the data. Loopback is not exempt: tests and a local proxy set their own limits.
 *
 * <p>Jetty's DoSFilter was not used: it throttles by holding requests (a thread each) and sends
 * no Retry-After. A part with an error format of its own (the REST API's RFC 9457 problems) gets
 * its refusals written in it with {@link #answering}. Behind a reverse proxy every request has the
 * proxy's address; then give the proxy a limit of its own (or rate-limit in the proxy). The
 * buckets are {@link TokenBuckets}.
 */
public final class RateLimitFilter implements Filter {
    public static final double DEFAULT_PER_SECOND = 30;
    public static final int DEFAULT_BURST = 150;

    private final double perSecond;
    private final int burst;
    private final TokenBuckets buckets;
    private final AtomicLong refused;
    /** Path prefix -> how a refusal is written there (e.g. the REST API's problem+json). */
    private final Map<String, Refusal> refusalByPrefix;

    /**
     * Writes the body of a 429 (status and {@code Retry-After} are already set): {@code detail}
     * says how many requests were allowed and when to retry.
     */
    @FunctionalInterface
    public interface Refusal {
        void write(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException;
    }

    public RateLimitFilter() {
        this(DEFAULT_PER_SECOND, DEFAULT_BURST);
    }

    public RateLimitFilter(double perSecond, int burst) {
        this(perSecond, burst, new TokenBuckets(perSecond, burst), new AtomicLong(), Map.of());
    }

    private RateLimitFilter(double perSecond, int burst, TokenBuckets buckets, AtomicLong refused, Map<String, Refusal> refusalByPrefix) {
        this.buckets = buckets;
        this.perSecond = perSecond;
        this.burst = burst;
        this.refused = refused;
        this.refusalByPrefix = refusalByPrefix;
    }

    /**
     * A copy (same buckets) that writes its refusals of requests under {@code pathPrefix} with
     * {@code refusal}, for a part with an error format of its own; elsewhere a line of text.
     */
    public RateLimitFilter answering(String pathPrefix, Refusal refusal) {
        Map<String, Refusal> m = new LinkedHashMap<>(refusalByPrefix);
        m.put(pathPrefix, refusal);
        return new RateLimitFilter(perSecond, burst, buckets, refused, Map.copyOf(m));
    }

    /**
     * The limit given by the system properties {@code regiolod.rateLimit.perSecond} and
     * {@code regiolod.rateLimit.burst}, or the defaults.
     */
    public static RateLimitFilter fromSystemProperties() {
        double perSecond = Double.parseDouble(System.getProperty("regiolod.rateLimit.perSecond", String.valueOf(DEFAULT_PER_SECOND)));
        int burst = Integer.parseInt(System.getProperty("regiolod.rateLimit.burst", String.valueOf(DEFAULT_BURST)));
        return new RateLimitFilter(perSecond, burst);
    }

    public double perSecond() { return perSecond; }
    public int burst() { return burst; }
    /** Requests refused since start (for logs and tests). */
    public long refused() { return refused.get(); }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String client = req.getRemoteAddr();
        double wait = buckets.take(client, System.nanoTime());
        if (wait <= 0) {
            chain.doFilter(req, res);
            return;
        }
        refused.incrementAndGet();
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long seconds = Math.max(1, (long) Math.ceil(wait));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        String detail = "Too many requests from " + client + ": at most " + burst + " at once and "
                + perSecond + " a second. Retry after " + seconds + " s.";
        refusalFor(request.getRequestURI()).write(request, response, detail);
    }

    private Refusal refusalFor(String path) {
        String best = null;
        for (String prefix : refusalByPrefix.keySet()) {
            if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) best = prefix;
        }
        return best == null ? RateLimitFilter::plainText : refusalByPrefix.get(best);
    }

    private static void plainText(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setContentType("text/plain;charset=utf-8");
        byte[] body = (detail + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body);
    }
}
