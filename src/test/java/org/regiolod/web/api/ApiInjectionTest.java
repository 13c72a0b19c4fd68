package org.regiolod.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile values at every parameter and path segment the OpenAPI document lists (the list comes
 * from the document): each is answered 400 or 404 (414 for a URI too long for the server), or
 * 200 with the value taken as a literal — never a 5xx. Where a text search answers 200, its total is what the value matches in the data
 * (computed here in Java from titles read by an independent query), and afterwards the API
 * answers as before.
 */
class ApiInjectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiTestServer server;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = ApiTestServer.start();
        doc = JSON.readTree(server.get("/api/v1/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyParameterAndPathSegmentTakesPayloadsSafely() throws Exception {
        String before = server.get("/api/v1/interventions?limit=100").body();
        String prefix = doc.path("servers").get(0).path("url").asText();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode op = path.getValue().path("get");
            List<JsonNode> params = new ArrayList<>();
            op.path("parameters").forEach(p -> params.add(p.has("$ref") ? doc.at(p.path("$ref").asText().substring(1)) : p));
            for (JsonNode target : params) {
                for (String payload : Payloads.ALL) {
                    String url = prefix + url(path.getKey(), params, target.path("name").asText(), payload);
                    HttpResponse<String> r = server.get(url);
                    requests++;
                    int s = r.statusCode();
                    // 414: Jetty refuses a URI longer than its request-header buffer before the API sees it.
                    if (s != 200 && s != 400 && s != 404 && s != 414) failures.add(s + " " + abbreviate(url));
                    if (s == 200 && target.path("name").asText().equals("q") && path.getKey().equals("/interventions")) {
                        long expected = interventionsContaining(payload.strip());
                        long total = JSON.readTree(r.body()).path("total").asLong();
                        if (total != expected) failures.add("q taken as a literal should find " + expected + ", found " + total + ": " + abbreviate(url));
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(requests > 300, "sent " + requests);
        assertEquals(before, server.get("/api/v1/interventions?limit=100").body(), "the API answers as before");
    }

    @Test
    void aQuoteInTheTextIsJustAQuote() throws Exception {
        // The data has titles with an apostrophe: searching for one finds them, and nothing breaks.
        long expected = interventionsContaining("'");
        assertTrue(expected > 0);
        HttpResponse<String> r = server.get("/api/v1/interventions?limit=100&q=" + enc("'"));
        assertEquals(200, r.statusCode());
        assertEquals(expected, JSON.readTree(r.body()).path("total").asLong());
    }

    /** The path and query with every parameter at its example, except {@code target} at {@code payload}. */
    private static String url(String template, List<JsonNode> params, String target, String payload) {
        String path = template.equals("/") ? "" : template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            String value = name.equals(target) ? payload : p.path("example").asText();
            if (p.path("in").asText().equals("path")) {
                path = path.replace("{" + name + "}", enc(value));
            } else if (name.equals(target) || p.path("required").asBoolean()) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(enc(value));
            }
        }
        return path + query;
    }

    private static long interventionsContaining(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) return -1;
        java.util.Set<String> hits = new java.util.HashSet<>();
        TestPublished.data().read(conn -> {
            conn.querySelect("PREFIX dct: <http://purl.org/dc/terms/> PREFIX rlod: <https://w3id.org/regiolod/onto/> "
                    + "SELECT ?i ?t { ?i a rlod:Intervention ; dct:identifier|dct:title|dct:description ?t }", row -> {
                if (row.getLiteral("t").getLexicalForm().toLowerCase(Locale.ROOT).contains(needle)) hits.add(row.getResource("i").getURI());
            });
            return null;
        });
        return hits.size();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
