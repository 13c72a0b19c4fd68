package org.regiolod.web.guard;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per client: {@code burst} tokens at most, {@code perSecond} back every second.
 * Buckets of idle clients are dropped once refilled, so memory stays bounded by the clients active
 * in the last {@code burst / perSecond} seconds (and swept at once past {@link #MAX_CLIENTS}).
 */
final class TokenBuckets {
    static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final int burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong takes = new AtomicLong();

    TokenBuckets(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) throw new IllegalArgumentException("rate limit must be > 0 per second, burst >= 1");
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes a token for the client at time {@code nowNanos}: 0 when granted, else the seconds until one is back. */
    double take(String client, long nowNanos) {
        if (takes.incrementAndGet() % 4096 == 0 || buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> e.getValue().fullAt(nowNanos));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(nowNanos)).take(nowNanos);
    }

    int clients() { return buckets.size(); }

    private final class Bucket {
        private double tokens = burst;
        private long last;

        Bucket(long now) { this.last = now; }

        synchronized double take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            if (now > last) {
                tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
                last = now;
            }
        }
    }
}
