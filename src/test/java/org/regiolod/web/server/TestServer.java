package org.regiolod.web.server;

import org.regiolod.TestPublished;
import org.regiolod.store.LocalData;
import org.regiolod.web.Routes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A {@link RegioLodServer} on 127.0.0.1 over the test data, with small limits so that the
 * protection tests are quick: timeout 2 s, {@value #MAX_ROWS} rows, {@value #MAX_CONCURRENT}
 * queries at once. A Javalin part registers {@code GET /sparql} (the SPARQL page) and {@code GET /hello}.
 */
final class TestServer implements AutoCloseable {
    static final long MAX_ROWS = 1000;
    static final int MAX_CONCURRENT = 2;
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final String PAGE = "<!doctype html><title>SPARQL page</title>";

    final RegioLodServer server;
    final String base;
    final String sparql;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer() {
        LocalData data = (LocalData) TestPublished.data();
        Routes page = cfg -> {
            cfg.routes.get("/sparql", ctx -> ctx.html(PAGE));
            cfg.routes.get("/hello", ctx -> ctx.result("hello from Javalin"));
        };
        server = RegioLodServer.builder().port(0).loopback(true)
                .data(() -> data).dataset(data.dataset().asDatasetGraph())
                .routes(page)
                .queryTimeout(TIMEOUT).maxRows(MAX_ROWS).maxConcurrent(MAX_CONCURRENT)
                .build().start();
        base = "http://127.0.0.1:" + server.port();
        sparql = base + "/sparql";
    }

    HttpResponse<String> send(HttpRequest.Builder req) {
        try {
            return http.send(req.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
        if (headers.length > 0) b.headers(headers);
        return send(b);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
    }
}
