package org.regiolod.web.server;

import io.javalin.Javalin;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regiolod.web.Routes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web app both servers mount: a query stopped by the timeout is a 503 to retry, never a 500. */
class WebAppTest {
    Javalin app;

    @AfterEach
    void stop() {
        if (app != null) app.stop();
    }

    @Test
    void aPageWhoseQueryTimedOutIs503WithRetryAfter() throws Exception {
        Routes slow = cfg -> cfg.routes.get("/slow", ctx -> { throw new QueryCancelledException(); });
        app = WebApp.create(List.of(slow)).start("127.0.0.1", 0);
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode());
        assertEquals("10", r.headers().firstValue("Retry-After").orElse(""));
        assertTrue(r.body().contains("took too long"), r.body());
    }
}
