package org.regiolod.web.pages;

import io.javalin.Javalin;
import org.regiolod.store.PublishedData;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The pages alone in a Javalin on 127.0.0.1 and a random port, with an HTTP client that does not follow redirects. */
final class PagesServer implements AutoCloseable {
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    PagesServer(PublishedData data) {
        PageRoutes routes = new PageRoutes(() -> data);
        app = Javalin.create(cfg -> routes.register(cfg)).start("127.0.0.1", 0);
    }

    String origin() {
        return "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> get(String rawPath, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin() + rawPath)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) b.headers(headers);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + rawPath + ": " + e, e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
