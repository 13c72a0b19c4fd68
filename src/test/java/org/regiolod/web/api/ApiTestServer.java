package org.regiolod.web.api;

import io.javalin.Javalin;
import org.regiolod.TestPublished;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The API alone on a Javalin bound to 127.0.0.1 on a free port, over the test data; real HTTP. */
final class ApiTestServer implements AutoCloseable {
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiTestServer(Javalin app) {
        this.app = app;
    }

    static ApiTestServer start() {
        return start(new ApiRoutes(TestPublished::data));
    }

    static ApiTestServer start(ApiRoutes routes) {
        TestPublished.data(); // built once per JVM, before any request is timed
        return new ApiTestServer(Javalin.create(cfg -> routes.register(cfg)).start("127.0.0.1", 0));
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** A GET of a path (and query) on the server, e.g. {@code /api/v1/plans?limit=1}. */
    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) b.headers(headers);
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
