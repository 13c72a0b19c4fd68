package org.regiolod.web.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.BadMessageException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request body larger than {@code maxBodyBytes} with {@code 413 Content Too Large}
 * before anything reads it: at once when Content-Length says so, or as soon as a chunked body
 * goes past the limit. (Request line and headers are bounded by Jetty itself, see
 * {@link JettyLimits}; a URI longer than that is answered 414, headers 431.)
 */
public final class RequestSizeFilter implements Filter {
    /** A SPARQL query or a form of this size is already far beyond anything a person writes. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /**
     * A refused body up to this size is read and thrown away after the 413 is sent. Closing the
     * connection with the body still arriving makes the kernel answer with a reset, which can
     * destroy the 413 before the client reads it (clients then see "connection reset" instead of
     * the reason). Tomcat's {@code maxSwallowSize} does the same, with 2 MB.
     */
    public static final long SWALLOW_BYTES = 8L * 1024 * 1024;

    private final long maxBodyBytes;

    public RequestSizeFilter() {
        this(DEFAULT_MAX_BODY_BYTES);
    }

    public RequestSizeFilter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public long maxBodyBytes() { return maxBodyBytes; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            refuse(request, (HttpServletResponse) res, length);
            return;
        }
        chain.doFilter(length < 0 ? new Bounded(request, maxBodyBytes) : req, res);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long length) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close"); // no keep-alive for a client that sends such bodies
        response.setContentType("text/plain;charset=utf-8");
        byte[] body = ("The request body (" + length + " bytes) is larger than the " + maxBodyBytes
                + " bytes this server accepts.\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
        if (length <= SWALLOW_BYTES) swallow(request.getInputStream(), length);
    }

    /** Reads and discards the refused body (bounded by its declared length and Jetty's idle timeout). */
    private static void swallow(java.io.InputStream in, long length) {
        byte[] buffer = new byte[64 * 1024];
        try {
            for (long left = length; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) break;
                left -= n;
            }
        } catch (IOException | RuntimeException gone) {
            // the client stopped sending; the connection closes either way
        }
    }

    /** A request whose body (of unknown length) stops with a 413 once it passes the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream in;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) in = new Counting(super.getInputStream(), max);
            return in;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), cs));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long count;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        private int counted(int n) {
            if (n > 0) {
                count += n;
                if (count > max) throw new BadMessageException(413, "request body larger than " + max + " bytes");
            }
            return n;
        }

        @Override public int read() throws IOException { int b = in.read(); if (b >= 0) counted(1); return b; }
        @Override public int read(byte[] b, int off, int len) throws IOException { return counted(in.read(b, off, len)); }
        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
    }
}
