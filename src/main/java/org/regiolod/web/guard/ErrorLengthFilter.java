package org.regiolod.web.guard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Fuseki (5.6) declares the length of a plain-text error message in characters, not bytes: an
 * error that echoes non-ASCII input (a graph IRI with an accented letter) then writes more bytes
 * than declared and turns into a 500. For an error status the declared length is dropped, so the
 * message goes out whole (chunked) with its own status.
 */
public final class ErrorLengthFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, new HttpServletResponseWrapper((HttpServletResponse) res) {
            @Override public void setContentLength(int len) {
                if (getStatus() < 400) super.setContentLength(len);
            }

            @Override public void setContentLengthLong(long len) {
                if (getStatus() < 400) super.setContentLengthLong(len);
            }
        });
    }
}
