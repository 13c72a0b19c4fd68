package org.regiolod.web.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.regiolod.store.PublishedData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * ETag and Last-Modified for GET/HEAD of {@code /sparql}: an answer depends only on the data
 * version and the request (URI with query string, Accept), so the ETag is a digest of those
 * and Last-Modified is the version's publication time. A matching If-None-Match (or, without
 * one, an If-Modified-Since not older than the version) gets 304 without running the query.
 */
final class ConditionalGetFilter extends HttpFilter {
    private final Supplier<PublishedData> data;

    ConditionalGetFilter(Supplier<PublishedData> data) {
        this.data = data;
    }

    @Override
    protected void filter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String m = req.getMethod();
        if (!("GET".equals(m) || "HEAD".equals(m)) || (SparqlRequests.isLanding(req) && SparqlRequests.prefersHtml(req))) {
            chain.doFilter(req, res);
            return;
        }
        PublishedData version = data.get();
        String etag = etag(version.version(), req);
        Instant modified = version.publishedAt().truncatedTo(ChronoUnit.SECONDS);
        res.setHeader("ETag", etag);
        res.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)));
        res.addHeader("Vary", "Accept");
        res.setHeader("Cache-Control", CACHE_CONTROL);
        if (notModified(req, etag, modified)) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(req, new KeepCacheHeaders(res));
    }

    /** Stored by any cache, revalidated on each use: the ETag makes revalidation cheap. */
    static final String CACHE_CONTROL = "public, no-cache";

    /**
     * Fuseki marks every answer no-store; here an answer is fixed by version and request, so that
     * is dropped. An error (a bad query, a timeout) is not cacheable: it loses the validators.
     */
    private static final class KeepCacheHeaders extends HttpServletResponseWrapper {
        KeepCacheHeaders(HttpServletResponse res) {
            super(res);
        }

        private void uncacheableIfError(int sc) {
            if (sc < 400) return;
            HttpServletResponse res = (HttpServletResponse) getResponse();
            res.setHeader("ETag", null);
            res.setHeader("Last-Modified", null);
            res.setHeader("Cache-Control", "no-store");
        }

        @Override public void setStatus(int sc) { uncacheableIfError(sc); super.setStatus(sc); }
        @Override public void sendError(int sc) throws IOException { uncacheableIfError(sc); super.sendError(sc); }
        @Override public void sendError(int sc, String msg) throws IOException { uncacheableIfError(sc); super.sendError(sc, msg); }

        private static boolean ours(String name) {
            return name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Pragma") || name.equalsIgnoreCase("Expires");
        }

        @Override public void setHeader(String name, String value) { if (!ours(name)) super.setHeader(name, value); }
        @Override public void addHeader(String name, String value) { if (!ours(name)) super.addHeader(name, value); }
        @Override public void setDateHeader(String name, long date) { if (!ours(name)) super.setDateHeader(name, date); }
        @Override public void addDateHeader(String name, long date) { if (!ours(name)) super.addDateHeader(name, date); }
    }

    static String etag(String version, HttpServletRequest req) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String part : new String[] {version, req.getRequestURI(), req.getQueryString(), req.getHeader("Accept")}) {
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
    }

    private static boolean notModified(HttpServletRequest req, String etag, Instant modified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) t = t.substring(2);
                if (t.equals("*") || t.equals(etag)) return true;
            }
            return false;
        }
        long ims;
        try {
            ims = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException notADate) {
            return false; // RFC 9110 §13.1.3: an invalid date is ignored (it was a 500)
        }
        return ims > 0 && !modified.isAfter(Instant.ofEpochMilli(ims));
    }
}
