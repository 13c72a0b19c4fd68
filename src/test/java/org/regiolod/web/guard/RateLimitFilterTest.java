package org.regiolod.web.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.regiolod.web.api.ApiRoutes;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitFilterTest {
    static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aClientOverItsBurstGets429WithRetryAfterAndOtherClientsDoNot() throws Exception {
        // A token every 20 s: the sixth request is refused however slowly a loaded machine sends the first five.
        RateLimitFilter limit = new RateLimitFilter(0.05, 5);
        try (GuardedJetty jetty = new GuardedJetty(List.of(new SecurityHeadersFilter(), limit))) {
            for (int i = 0; i < 5; i++) assertEquals(200, get(jetty).statusCode(), "request " + (i + 1) + " is within the burst");
            HttpResponse<String> refused = get(jetty);
            assertEquals(429, refused.statusCode());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), "outside the API: text");
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 20, "a token is back within 20 s at 0.05/s: " + retryAfter);
            assertTrue(refused.body().contains("Too many requests"), refused.body());
            assertTrue(refused.headers().firstValue("Content-Security-Policy").isPresent(), "refusals carry the security headers");
            assertEquals(1, limit.refused());
            // Another client (another loopback address) has its own bucket.
            assertEquals(200, statusFrom("127.0.0.2", jetty));
        }
    }

    @Test
    void underTheRestApiTheRefusalIsAProblemJson() throws Exception {
        // The guards as serve wires them, with a bucket that does not refill during the test.
        try (GuardedJetty jetty = new GuardedJetty(Guards.standard(0.001, 2))) {
            URI api = jetty.base.resolve(ApiRoutes.PREFIX.substring(1) + "/plans?limit=5");
            for (int i = 0; i < 2; i++) assertEquals(404, get(api).statusCode(), "within the burst: on to the (missing) API");
            HttpResponse<String> refused = get(api);
            assertEquals(429, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 1000, "a token is back within 1000 s at 0.001/s: " + retryAfter);
            JsonNode problem = new ObjectMapper().readTree(refused.body());
            assertEquals("about:blank", problem.path("type").asText(), refused.body());
            assertEquals("Too Many Requests", problem.path("title").asText(), refused.body());
            assertEquals(429, problem.path("status").asInt(), refused.body());
            assertEquals(ApiRoutes.PREFIX + "/plans", problem.path("instance").asText(), refused.body());
            assertTrue(problem.path("detail").asText().contains("Retry after " + retryAfter + " s"), refused.body());
            assertEquals("*", refused.headers().firstValue("Access-Control-Allow-Origin").orElse(null), "a browser client may read it");
            assertTrue(refused.headers().firstValue("Content-Security-Policy").isPresent(), "with the security headers");
            // Outside the API the same client's refusal stays text.
            HttpResponse<String> page = get(jetty.base.resolve("echo"));
            assertEquals(429, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), page.headers().map().toString());
        }
    }

    @Test
    void tokensComeBackAtTheRateUpToTheBurst() {
        TokenBuckets b = new TokenBuckets(2, 3);
        long t = 1_000_000_000L;
        for (int i = 0; i < 3; i++) assertEquals(0, b.take("a", t), "token " + (i + 1) + " of the burst");
        assertEquals(0.5, b.take("a", t), 1e-9, "empty: one token is back in 0.5 s at 2/s");
        assertEquals(0, b.take("b", t), "another client has its own bucket");
        assertEquals(0.1, b.take("a", t + 400_000_000L), 1e-9, "0.4 s later: 0.8 token, 0.1 s to go");
        assertEquals(0, b.take("a", t + 500_000_000L));
        long later = t + 60_000_000_000L; // a minute idle: back to the burst, not more
        for (int i = 0; i < 3; i++) assertEquals(0, b.take("a", later));
        assertTrue(b.take("a", later) > 0);
    }

    @Test
    void idleClientsAreForgotten() {
        TokenBuckets b = new TokenBuckets(10, 10);
        for (int i = 0; i < 4095; i++) b.take("client-" + i, 0);
        assertEquals(4095, b.clients());
        b.take("late", 10_000_000_000L); // the 4096th take sweeps: every other bucket has refilled
        assertEquals(1, b.clients());
    }

    @Test
    void theLimitIsReadFromSystemProperties() {
        System.setProperty("regiolod.rateLimit.perSecond", "7.5");
        System.setProperty("regiolod.rateLimit.burst", "9");
        try {
            RateLimitFilter f = RateLimitFilter.fromSystemProperties();
            assertEquals(7.5, f.perSecond());
            assertEquals(9, f.burst());
        } finally {
            System.clearProperty("regiolod.rateLimit.perSecond");
            System.clearProperty("regiolod.rateLimit.burst");
        }
        assertEquals(RateLimitFilter.DEFAULT_BURST, RateLimitFilter.fromSystemProperties().burst());
    }

    private static HttpResponse<String> get(GuardedJetty jetty) throws Exception {
        return get(jetty.base.resolve("echo"));
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One GET from the given local address (Linux routes all of 127/8 to loopback). */
    private static int statusFrom(String localAddress, GuardedJetty jetty) throws Exception {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            s.connect(new InetSocketAddress("127.0.0.1", jetty.base.getPort()), 5000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().findFirst().orElseThrow();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
