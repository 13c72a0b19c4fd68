package org.regiolod.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files shipped in the jar under {@code static/} (Bootstrap Italia, the site's CSS), served at
 * {@code /static/...} with long cache headers. Only plain relative names are looked up: any
 * {@code ..}, backslash, encoded separator or absolute path is refused with 404.
 */
final class StaticAssets {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "woff2", "font/woff2", "woff", "font/woff", "png", "image/png", "txt", "text/plain; charset=utf-8",
            "json", "application/json", "jsonld", "application/ld+json", "map", "application/json");
    private final String root;

    StaticAssets(String root) {
        this.root = root;
    }

    void serve(Context ctx) {
        String uri = ctx.req().getRequestURI();
        String name = uri.substring(uri.indexOf("/static/") + "/static/".length());
        if (!safe(name)) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(ext);
        Optional<byte[]> bytes = type == null ? Optional.empty() : read(root + name);
        if (bytes.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        ctx.header("Cache-Control", "public, max-age=31536000");
        ctx.contentType(type);
        ctx.result(bytes.get());
    }

    static boolean safe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("%") || name.contains("\0")) return false;
        for (String seg : name.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) return false;
        }
        return name.matches("[A-Za-z0-9._/-]+");
    }

    Optional<byte[]> read(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
