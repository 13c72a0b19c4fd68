package org.regiolod.web.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A servlet filter over HTTP requests, with a plain-text error reply shared by the server's filters. */
abstract class HttpFilter implements Filter {

    @Override
    public final void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        filter((HttpServletRequest) req, (HttpServletResponse) res, chain);
    }

    protected abstract void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException;

    static void reply(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
