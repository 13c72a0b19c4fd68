package org.regiolod.web.guard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Oversize requests are refused before anything reads them; ordinary ones pass. */
class RequestSizeFilterTest {
    static GuardedJetty jetty;
    static final HttpClient http = HttpClient.newHttpClient();
    static final int TWO_MB = 2 * 1024 * 1024;

    @BeforeAll
    static void start() throws Exception {
        jetty = new GuardedJetty(List.of(new SecurityHeadersFilter(), new RequestSizeFilter()));
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.close();
    }

    @Test
    void aTwoMegabyteQueryIsRefusedWith413() throws Exception {
        String query = "query=" + "SELECT * WHERE { ?s ?p ?o } #".repeat(TWO_MB / 28);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(jetty.base.resolve("echo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("larger than the 1048576 bytes"), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        // A body of unknown length (sent chunked) is counted as it is read.
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(jetty.base.resolve("echo"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[TWO_MB]))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void anOrdinaryBodyPasses() throws Exception {
        byte[] body = "SELECT * WHERE { ?s ?p ?o } LIMIT 10".repeat(10_000).getBytes(StandardCharsets.UTF_8); // 360 KB
        HttpResponse<String> sized = http.send(HttpRequest.newBuilder(jetty.base.resolve("echo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("read " + body.length, sized.body());
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(jetty.base.resolve("echo"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("read " + body.length, chunked.body());
    }

    @Test
    void hundredKilobytesOfHeadersAre431() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(jetty.base.resolve("echo"))
                .header("X-Padding", "a".repeat(100 * 1024)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(431, r.statusCode());
    }

    @Test
    void aTwoMegabyteQueryInTheUriIsRefused() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(jetty.base.resolve("echo?query=" + "x".repeat(TWO_MB))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 414 || r.statusCode() == 431, "status " + r.statusCode());
    }

    @Test
    void aLongButReasonableQueryStringPasses() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(jetty.base.resolve("echo?query=" + "x".repeat(30_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }
}
