package org.regiolod.web.server;

import org.regiolod.store.PublishedData;

import java.util.function.Function;

/**
 * A value worked out once per version of the data (a description whose counts cost a scan):
 * the data changes only at a publish, so the value of the current version is kept and the
 * previous one dropped when the version changes.
 */
final class PerVersion<T> {
    private record Entry<T>(String version, T value) {}

    private final Function<PublishedData, T> compute;
    private volatile Entry<T> current;

    PerVersion(Function<PublishedData, T> compute) {
        this.compute = compute;
    }

    T get(PublishedData data) {
        Entry<T> e = current;
        if (e != null && e.version().equals(data.version())) return e.value();
        // Under load the first requests of a version arrive together: one computes, the others wait for it.
        synchronized (this) {
            e = current;
            if (e == null || !e.version().equals(data.version())) {
                e = new Entry<>(data.version(), compute.apply(data));
                current = e;
            }
            return e.value();
        }
    }
}
