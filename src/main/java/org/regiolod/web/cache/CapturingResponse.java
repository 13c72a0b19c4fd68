package org.regiolod.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Passes a response through unchanged while keeping a copy of its body, up to a limit: past the
 * limit the copy is dropped (the response is then too big to cache, not cut).
 */
final class CapturingResponse extends HttpServletResponseWrapper {
    private final int limit;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream(1024);
    private boolean overflow;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The body as sent, or null if it was larger than the limit. */
    byte[] body() {
        if (writer != null) writer.flush();
        return overflow ? null : copy.toByteArray();
    }

    private void keep(byte[] b, int off, int len) {
        if (overflow) return;
        if (copy.size() + len > limit) {
            overflow = true;
            copy = null;
            return;
        }
        copy.write(b, off, len);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override public boolean isReady() { return out.isReady(); }
                @Override public void setWriteListener(WriteListener l) { out.setWriteListener(l); }
                @Override public void write(int b) throws IOException { out.write(b); keep(new byte[] {(byte) b}, 0, 1); }
                @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); keep(b, off, len); }
                @Override public void flush() throws IOException { out.flush(); }
                @Override public void close() throws IOException { out.close(); }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            Charset cs = Charset.forName(getCharacterEncoding());
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs), false);
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) writer.flush();
        super.flushBuffer();
    }

    @Override
    public void reset() {
        super.reset();
        resetCopy();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        resetCopy();
    }

    private void resetCopy() {
        if (!overflow) copy.reset();
    }
}
