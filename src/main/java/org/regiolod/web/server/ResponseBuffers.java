package org.regiolod.web.server;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * Sets Jetty's response buffer back to a size that its buffer pool reuses.
 *
 * <p>Fuseki's Jetty set-up ({@code JettyLib.httpConfiguration}) asks for a 5 MiB output buffer.
 * Jetty's pool keeps buffers only up to 64 KiB, so every servlet response (a Javalin route or
 * Fuseki's own) took a fresh 5 MiB direct buffer from the JVM. That cost about 25 ms of CPU per
 * answer (zeroing and page faults), and every ~180 answers the JVM's direct-memory limit
 * ({@code -Xmx}) forced a {@code System.gc()}, a full GC of about 100 ms. Together these set the
 * 110-180 ms p99 floor (see docs/benchmarks.md, "Bottlenecks found"). With a pooled 32 KiB
 * buffer, a response up to 32 KiB is still sent in one write with a {@code Content-Length}.
 * Larger responses are sent chunked, in 32 KiB pieces.
 */
public final class ResponseBuffers {
    /** Jetty's own default. A response that fits is sent in one write, with a Content-Length. */
    public static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    private ResponseBuffers() {}

    /** Call once the connectors exist and before the server starts. */
    public static void apply(Server server) {
        int size = OUTPUT_BUFFER_BYTES;
        if (server.getByteBufferPool() instanceof ArrayByteBufferPool pool && pool.getMaxCapacity() < size) {
            size = pool.getMaxCapacity(); // a pool configured smaller: stay within what it reuses
        }
        for (Connector c : server.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(size);
        }
    }
}
