package org.regiolod.web.server;

import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.regiolod.store.PublishedData;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A value per data version is worked out once per version, and again when the version changes. */
class PerVersionTest {
    record Version(String version) implements PublishedData {
        public String baseUri() { return "http://example.org/"; }
        public Instant publishedAt() { return Instant.EPOCH; }
        public <T> T read(Function<RDFConnection, T> work) { throw new UnsupportedOperationException(); }
    }

    @Test
    void computesOncePerVersion() {
        AtomicInteger calls = new AtomicInteger();
        PerVersion<String> described = new PerVersion<>(d -> d.version() + "#" + calls.incrementAndGet());
        assertEquals("v1#1", described.get(new Version("v1")));
        assertEquals("v1#1", described.get(new Version("v1")));
        assertEquals("v2#2", described.get(new Version("v2")));
        assertEquals("v2#2", described.get(new Version("v2")));
        assertEquals(2, calls.get());
    }
}
