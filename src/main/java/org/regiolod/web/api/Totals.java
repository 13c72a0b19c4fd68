package org.regiolod.web.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.jena.graph.Node;

import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How many items a list query matches, kept per query, bound parameters and data version. The
 * data only changes at a publish, which changes the version, so a kept total is never stale; the
 * count query was an eighth of a list answer's CPU. Bounded: old versions and rare filters fall out.
 */
final class Totals {
    private record Key(String version, String query, Map<String, Node> parameters) {}

    private final Cache<Key, Long> totals = Caffeine.newBuilder().maximumSize(10_000).build();

    /** The kept total, or {@code count}'s answer (then kept). */
    long total(String version, String query, Map<String, Node> parameters, LongSupplier count) {
        return totals.get(new Key(version, query, Map.copyOf(parameters)), k -> count.getAsLong());
    }
}
