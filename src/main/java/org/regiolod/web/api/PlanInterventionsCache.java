package org.regiolod.web.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.function.Supplier;

/**
 * The interventions of the plans asked for lately, kept per (data version, plan). The data only
 * changes at a publish, which changes the version, so a kept entry is never stale; a miss costs
 * one plan's page and detail queries (about what one list request cost), never the whole store.
 *
 * <p>Bounded by weight, in interventions (each entry weighs its interventions plus one), not by
 * number of plans: plans range from tens to thousands of interventions, and a count of plans
 * would bound nothing when plans are large. {@link #MAX_INTERVENTIONS} records at ~1-2 KB each
 * is some 50-100 MB of heap at most, whatever the store's size. When a new version is seen, the
 * entries of the others are dropped at once rather than left to age out.
 */
final class PlanInterventionsCache {
    static final long MAX_INTERVENTIONS = 50_000;

    private record Key(String version, String plan) {}

    private final Cache<Key, PlanInterventions> entries;
    private volatile String version;

    PlanInterventionsCache() {
        this(MAX_INTERVENTIONS);
    }

    PlanInterventionsCache(long maxInterventions) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxInterventions)
                .weigher((Key k, PlanInterventions p) -> p.size() + 1)
                .build();
    }

    /**
     * The plan's interventions in {@code version}, built by {@code build} (inside the caller's read
     * of that version) if not kept; concurrent first requests of the same key wait for one build.
     * A build that gives null (a plan without interventions, e.g. a slug nobody published) is not
     * kept, so unknown plans cannot push the real ones out; null is returned then.
     */
    PlanInterventions get(String version, String plan, Supplier<PlanInterventions> build) {
        if (!version.equals(this.version)) {
            this.version = version;
            // An old version's entries are never asked for again (keys hold the version): free them now.
            entries.asMap().keySet().removeIf(k -> !k.version().equals(version));
        }
        return entries.get(new Key(version, plan), k -> build.get());
    }

    /** How many plans are kept (tests). */
    long plans() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
