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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-client rate limit (a token bucket per remote address): a client may send {@code burst}
 * requests at once and {@code perSecond} a second after that; the next one is answered
 * {@code 429 Too Many Requests} with {@code Retry-After} (seconds until a token is back), without
 * touching the data. Loopback is not exempt: tests and a local proxy set their own limits.
 *
 * <p>Jetty's DoSFilter was not used: it throttles by holding requests (a thread each) and sends
 * no Retry-After. Behind a reverse proxy every request has the proxy's address; then give the
 * proxy a limit of its own (or rate-limit in the proxy). The buckets are {@link TokenBuckets}.
 */
public final class RateLimitFilter implements Filter {
    public static final double DEFAULT_PER_SECOND = 30;
    public static final int DEFAULT_BURST = 150;

    private final double perSecond;
    private final int burst;
    private final TokenBuckets buckets;
    private final AtomicLong refused = new AtomicLong();

    public RateLimitFilter() {
        this(DEFAULT_PER_SECOND, DEFAULT_BURST);
    }

    public RateLimitFilter(double perSecond, int burst) {
        this.buckets = new TokenBuckets(perSecond, burst);
        this.perSecond = perSecond;
        this.burst = burst;
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
        HttpServletResponse response = (HttpServletResponse) res;
        long seconds = Math.max(1, (long) Math.ceil(wait));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("text/plain;charset=utf-8");
        byte[] body = ("Too many requests from " + client + ": at most " + burst + " at once and "
                + perSecond + " a second. Retry after " + seconds + " s.\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(((HttpServletRequest) req).getMethod())) response.getOutputStream().write(body);
    }
}
