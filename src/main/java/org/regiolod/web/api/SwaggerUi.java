package org.regiolod.web.api;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Swagger UI for the API at {@code /api/v1/docs}, from the {@code org.webjars:swagger-ui} jar
 * (no CDN): our page and initializer (which loads {@code /api/v1/openapi.json}) plus the
 * webjar's script, style and icons, each by an explicit name.
 */
final class SwaggerUi {
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> WEBJAR_ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "index.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");
    private static final String OUR_INITIALIZER = "initializer.js";

    private final String version = webjarVersion();

    void page(Context ctx) {
        send(ctx, "/api/docs.html", "text/html; charset=utf-8", "public, max-age=300");
    }

    void asset(Context ctx, String name) {
        if (OUR_INITIALIZER.equals(name)) {
            send(ctx, "/api/swagger-initializer.js", "text/javascript; charset=utf-8", "public, max-age=300");
        } else if (WEBJAR_ASSETS.containsKey(name)) {
            send(ctx, WEBJAR + version + "/" + name, WEBJAR_ASSETS.get(name), "public, max-age=86400");
        } else {
            throw ProblemException.notFound("No Swagger UI file is named '" + ApiRoutes.shorten(name) + "'.");
        }
    }

    private static void send(Context ctx, String resource, String type, String cacheControl) {
        try (InputStream in = SwaggerUi.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            ctx.header("Cache-Control", cacheControl);
            ctx.contentType(type);
            ctx.result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        String props = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
        try (InputStream in = SwaggerUi.class.getResourceAsStream(props)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + props + " (the swagger-ui webjar)");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
