package org.regiolod.web.api;

import java.util.function.Supplier;

/**
 * A read model of the current data version: built on the first request of a version, kept until
 * the version changes (a publish), then replaced, so the old version's model can be collected.
 * Under load the first requests of a version arrive together: one builds, the others wait for it.
 */
final class PerVersionModel<T> {
    private record Entry<T>(String version, T value) {}

    private volatile Entry<T> current;

    /** The model of {@code version}, built by {@code build} (inside the caller's read of that version) if not kept. */
    T get(String version, Supplier<T> build) {
        Entry<T> e = current;
        if (e != null && e.version().equals(version)) return e.value();
        synchronized (this) {
            e = current;
            if (e == null || !e.version().equals(version)) {
                current = null; // the old version's model is not kept while the new one is built
                e = new Entry<>(version, build.get());
                current = e;
            }
            return e.value();
        }
    }

    /** The version whose model is kept, or null before the first request. */
    String version() {
        Entry<T> e = current;
        return e == null ? null : e.version();
    }
}
