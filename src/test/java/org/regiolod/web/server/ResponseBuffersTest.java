package org.regiolod.web.server;

import org.junit.jupiter.api.Test;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Answers reuse Jetty's pooled response buffer instead of each taking fresh direct memory (with
 * Fuseki's 5 MiB buffer, 20 answers took 100 MiB; see {@link ResponseBuffers}). The server runs in
 * this JVM, so the JVM's direct-buffer pool counts its buffers.
 */
class ResponseBuffersTest {
    static final int ANSWERS = 20;
    static final long MiB = 1024 * 1024;

    @Test
    void javalinAndSparqlAnswersDoNotTakeFreshDirectMemoryEachTime() {
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
        try (TestServer s = new TestServer()) {
            String ask = "/sparql?query=" + TestServer.enc("ASK {}");
            // First answers fill the pool's buckets.
            for (int i = 0; i < 5; i++) {
                s.get("/hello");
                s.get(ask, "Accept", "application/sparql-results+json");
            }
            long before = direct.getTotalCapacity();
            for (int i = 0; i < ANSWERS; i++) {
                HttpResponse<String> hello = s.get("/hello");
                assertEquals(200, hello.statusCode());
                assertEquals("hello from Javalin", hello.body());
                HttpResponse<String> sparql = s.get(ask, "Accept", "application/sparql-results+json");
                assertEquals(200, sparql.statusCode());
                assertTrue(sparql.body().contains("\"boolean\""), sparql.body());
            }
            long grown = direct.getTotalCapacity() - before;
            assertTrue(grown < 4 * MiB, "direct memory grew by " + grown / MiB + " MiB over " + 2 * ANSWERS
                    + " answers: each answer took a buffer the pool does not reuse");
        }
    }

    @Test
    void aSmallAnswerIsSentWholeWithItsLength() {
        try (TestServer s = new TestServer()) {
            HttpResponse<String> r = s.get("/hello");
            assertEquals(200, r.statusCode());
            assertEquals(String.valueOf("hello from Javalin".length()), r.headers().firstValue("Content-Length").orElse(null));
            assertTrue(r.headers().firstValue("Transfer-Encoding").isEmpty());
        }
    }
}
