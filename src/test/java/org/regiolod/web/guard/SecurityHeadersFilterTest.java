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

    @Test
    void anOverrideMustKeepFrameAncestors() {
        assertThrows(IllegalArgumentException.class, () -> new SecurityHeadersFilter().withPolicy("/x", "default-src *"));
    }
}
