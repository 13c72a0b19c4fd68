package org.regiolod.web.guard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersFilterTest {
    static GuardedJetty jetty;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        jetty = new GuardedJetty(List.of(new SecurityHeadersFilter()
                .withPolicy("/echo/ui", "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({"GET, echo, 200", "POST, echo, 200", "GET, missing, 404", "GET, boom, 500", "GET, nowhere, 404", "HEAD, echo, 200"})
    void everyKindOfResponseHasTheHeaders(String method, String path, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(jetty.base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over https");
    }

    @Test
    void aPathPrefixCanHaveItsOwnPolicy() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(jetty.base.resolve("echo/ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElseThrow().contains("style-src 'self' 'unsafe-inline'"));
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(jetty.base.resolve("echo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(SecurityHeadersFilter.DEFAULT_POLICY, other.headers().firstValue("Content-Security-Policy").orElseThrow());
    }

    /**
     * Answers Jetty gives before any filter runs, over a raw socket (request lines exactly as
     * written): they carry the same headers, from {@link SecureErrorHandler}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ambiguous path %2e%2e | GET /echo/%2e%2e/%2e%2e/etc/passwd HTTP/1.1 | 400",
            "encoded backslash %5c | GET /echo/..%5c..%5cpom.xml HTTP/1.1 | 400",
            "encoded separator %2f | GET /echo/..%2f..%2fpom.xml HTTP/1.1 | 400",
            "2 MB URI | GET /echo?q=LONG_URI HTTP/1.1 | 414",
            "100 KB of headers | GET /echo HTTP/1.1 CRLF X-Padding: LONG_HEADER | 431",
            "unparsable request line | GET /echo HTTP/9.9 | 505",
            "bad header line | GET /echo HTTP/1.1 CRLF no colon here | 400"})
    void jettysOwnEarlyAnswersHaveTheHeaders(String what, String request, int status) throws Exception {
        String raw = request.replace(" CRLF ", "\r\n").replace("LONG_URI", "x".repeat(2 * 1024 * 1024))
                .replace("LONG_HEADER", "a".repeat(100 * 1024));
        RawAnswer r = RawAnswer.send(jetty.base.getPort(), raw);
        assertEquals(status, r.status(), what + ": " + r);
        assertEquals(SecurityHeadersFilter.DEFAULT_POLICY, r.header("Content-Security-Policy"), what + ": " + r);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), r::toString);
        assertEquals("DENY", r.header("X-Frame-Options"), r::toString);
        assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"), r::toString);
        assertTrue(r.header("Permissions-Policy") != null, r::toString);
    }

    @Test
    void anOverrideMustKeepFrameAncestors() {
        assertThrows(IllegalArgumentException.class, () -> new SecurityHeadersFilter().withPolicy("/x", "default-src *"));
    }
}
