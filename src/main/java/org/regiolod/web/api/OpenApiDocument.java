package org.regiolod.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The API's contract: {@code api/openapi.yaml} (hand-written, in the jar), served as JSON at
 * {@code /api/v1/openapi.json}. Its hash is part of every ETag, so a new contract invalidates
 * what clients cached.
 */
final class OpenApiDocument {
    static final String RESOURCE = "/api/openapi.yaml";

    private final byte[] json;
    private final String version;
    private final String hash;

    private OpenApiDocument(byte[] json, String version, String hash) {
        this.json = json;
        this.version = version;
        this.hash = hash;
    }

    static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + RESOURCE);
            JsonNode doc = new YAMLMapper().readTree(in);
            byte[] json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)).substring(0, 12);
            return new OpenApiDocument(json, doc.path("info").path("version").asText(), hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as JSON (the bytes served). */
    byte[] json() { return json.clone(); }

    String version() { return version; }

    String hash() { return hash; }

    void serve(Context ctx) {
        String accept = ctx.header("Accept");
        if (!ApiRoutes.accepts(accept, ApiRoutes.JSON) && !ApiRoutes.accepts(accept, "application/vnd.oai.openapi+json")) {
            throw ProblemException.notAcceptable(ApiRoutes.shorten(accept), ApiRoutes.JSON);
        }
        String etag = "\"" + hash + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.header("Vary", "Accept, Accept-Encoding");
        if (ApiRoutes.matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(ApiRoutes.JSON);
        ctx.result(json);
    }
}
