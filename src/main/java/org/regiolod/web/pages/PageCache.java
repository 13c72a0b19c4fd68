package org.regiolod.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered pages, RDF documents and descriptions of one data version, least recently used
 * dropped first. The data changes only on publish, so an entry is valid for as long as its
 * version is served; a new version empties the cache.
 */
final class PageCache {
    private final int maxEntries;
    private String version;
    private final LinkedHashMap<String, Object> entries;

    PageCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > PageCache.this.maxEntries;
            }
        };
    }

    @SuppressWarnings("unchecked")
    <T> T get(String version, String key, Supplier<T> compute) {
        synchronized (this) {
            if (!version.equals(this.version)) {
                entries.clear();
                this.version = version;
            }
            Object hit = entries.get(key);
            if (hit != null) return (T) hit;
        }
        T value = compute.get(); // outside the lock: a slow page does not block the others
        synchronized (this) {
            if (version.equals(this.version)) entries.put(key, value);
        }
        return value;
    }
}
