package org.regiolod.web.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.regiolod.web.Routes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The dumps of the served version, where the catalog's download URLs point:
 * {@code /dumps/<dataset>.<ttl|nt|jsonld|rdf>} and {@code /dumps/regiolod.nq} (all graphs).
 * The files are the ones written with the version by the publish, so they always match the
 * data behind {@code /sparql}.
 */
public final class DumpRoutes implements Routes {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "ttl", "text/turtle;charset=utf-8",
            "nt", "application/n-triples;charset=utf-8",
            "jsonld", "application/ld+json;charset=utf-8",
            "rdf", "application/rdf+xml",
            "nq", "application/n-quads;charset=utf-8");

    private final Supplier<Optional<Path>> site;
    private final Supplier<String> version;

    /**
     * @param site    the folder of the current version's dumps (as written by {@code DumpWriter}), if any
     * @param version the current data version, for the ETag
     */
    public DumpRoutes(Supplier<Optional<Path>> site, Supplier<String> version) {
        this.site = site;
        this.version = version;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/dumps/{file}", this::answer);
    }

    private void answer(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        String ext = name.substring(name.lastIndexOf('.') + 1);
        Optional<Path> dir = site.get();
        if (!FILE_NAME.matcher(name).matches() || name.contains("..") || !TYPES.containsKey(ext) || dir.isEmpty()) {
            notFound(ctx, name);
            return;
        }
        Path file = name.equals(org.regiolod.store.DumpWriter.ALL_QUADS) ? dir.get().resolve(name) : dir.get().resolve("dumps").resolve(name);
        if (!Files.isRegularFile(file)) {
            notFound(ctx, name);
            return;
        }
        String etag = "\"dump-" + version.get() + "-" + name + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(TYPES.get(ext));
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        ctx.result(Files.newInputStream(file));
    }

    private static void notFound(Context ctx, String name) {
        ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain;charset=utf-8")
                .result("No dump named '" + name + "'. The catalog (/id/catalogo) and /.well-known/void list the dumps.\n");
    }
}
