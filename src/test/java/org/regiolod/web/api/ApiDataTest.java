package org.regiolod.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;
import org.regiolod.store.LocalData;
import org.regiolod.store.PublishedData;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the API answers is what the data says: every figure checked here is read again from the
 * published data with an independent SPARQL query (nothing hard-coded), and the HTTP behaviour
 * (paging and Link, ETag from the data version, gzip, CORS) is checked on a real server.
 */
class ApiDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String P = """
            PREFIX rlod: <https://w3id.org/regiolod/onto/> PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX schema: <http://schema.org/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static ApiTestServer server;

    @BeforeAll
    static void start() {
        server = ApiTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void walkingThePagesByLinkGivesEveryInterventionOnceAndTheTotalIsTheData() {
        Set<String> seen = new HashSet<>();
        String next = "/api/v1/interventions?limit=7";
        long total = -1;
        int pages = 0;
        while (next != null) {
            HttpResponse<String> r = server.get(next);
            assertEquals(200, r.statusCode());
            JsonNode body = json(r);
            total = body.path("total").asLong();
            for (JsonNode i : body.path("items")) assertTrue(seen.add(i.path("uri").asText()), "repeated: " + i.path("id"));
            assertEquals(body.path("links").path("next").isNull() ? null : body.path("links").path("next").asText(), linkHeader(r, "next"));
            next = linkHeader(r, "next");
            if (pages > 0) assertTrue(linkHeader(r, "prev") != null, "a later page links back");
            pages++;
        }
        Set<String> expected = uris("SELECT ?i { ?i a rlod:Intervention }");
        assertEquals(expected.size(), total);
        assertEquals(expected, seen);
        assertEquals((expected.size() + 6) / 7, pages);
    }

    @Test
    void eachInterventionHasTheLinesAndTargetGroupsOfTheData() {
        for (JsonNode i : json(server.get("/api/v1/interventions?limit=100")).path("items")) {
            String uri = i.path("uri").asText();
            assertEquals(uris("SELECT ?l { <" + uri + "> rlod:implementsLine ?l }"), set(i.path("lines"), "uri"), uri);
            assertEquals(uris("SELECT ?g { <" + uri + "> rlod:hasPotentialTarget ?g }"), set(i.path("targetGroups"), "uri"), uri);
            assertEquals(literal("SELECT ?t { <" + uri + "> dct:title ?t }"), i.path("label").asText());
            assertEquals(literal("SELECT ?c { <" + uri + "> dct:identifier ?c }"), i.path("code").asText());
        }
    }

    @Test
    void filtersSelectWhatTheDataSays() {
        String line = TestPublished.BASE + "id/linea/psstd-2018/7";
        assertEquals(uris("SELECT ?i { ?i rlod:implementsLine <" + line + "> }"),
                set(json(server.get("/api/v1/interventions?limit=100&line=psstd-2018/7")).path("items"), "uri"));
        String group = TestPublished.BASE + "id/destinatario/pttd-2021-2023/5";
        assertEquals(uris("SELECT ?i { ?i rlod:hasPotentialTarget <" + group + "> }"),
                set(json(server.get("/api/v1/interventions?limit=100&targetGroup=pttd-2021-2023/5")).path("items"), "uri"));
        String plan = TestPublished.BASE + "id/piano/pttd-2021-2023";
        assertEquals(uris("SELECT ?i { <" + plan + "> rlod:hasIntervention ?i }"),
                set(json(server.get("/api/v1/interventions?limit=100&plan=pttd-2021-2023")).path("items"), "uri"));
        // Text: checked in Java over every title read from the data.
        Set<String> withDati = new TreeSet<>();
        read("SELECT ?i ?t { ?i a rlod:Intervention ; dct:title|dct:identifier|dct:description ?t }", row -> {
            if (row.getLiteral("t").getLexicalForm().toLowerCase(Locale.ROOT).contains("dati")) withDati.add(row.getResource("i").getURI());
        });
        assertFalse(withDati.isEmpty());
        assertEquals(withDati, set(json(server.get("/api/v1/interventions?limit=100&q=DATI")).path("items"), "uri"));
        assertEquals(0, json(server.get("/api/v1/interventions?plan=no-such-plan")).path("total").asLong());
    }

    @Test
    void plansCountTheirLinesInterventionsAndTargetGroups() {
        JsonNode plans = json(server.get("/api/v1/plans?limit=100"));
        assertEquals(uris("SELECT ?p { ?p a rlod:Plan }"), set(plans.path("items"), "uri"));
        for (JsonNode p : plans.path("items")) {
            String uri = p.path("uri").asText();
            assertEquals(count("SELECT ?i { <" + uri + "> rlod:hasIntervention ?i }"), p.path("interventionCount").asInt(), uri);
            assertEquals(count("SELECT ?l { <" + uri + "> rlod:hasStrategicLine ?l }"), p.path("lineCount").asInt(), uri);
            assertEquals(literal("SELECT ?t { <" + uri + "> dct:title ?t }"), p.path("label").asText());
            JsonNode lines = json(server.get("/api/v1/plans/" + p.path("id").asText() + "/lines?limit=100"));
            assertEquals(p.path("lineCount").asInt(), lines.path("total").asInt());
        }
    }

    @Test
    void theMatrixMarksExactlyTheLinksOfTheData() {
        JsonNode m = json(server.get("/api/v1/plans/pttd-2021-2023/matrix"));
        String plan = TestPublished.BASE + "id/piano/pttd-2021-2023";
        assertEquals(count("SELECT ?i { <" + plan + "> rlod:hasIntervention ?i }"), m.path("rows").size());
        int links = count("SELECT ?i ?x { <" + plan + "> rlod:hasIntervention ?i . ?i rlod:implementsLine|rlod:hasPotentialTarget ?x }");
        assertEquals(links, m.path("cells").size());
        for (JsonNode c : m.path("cells")) {
            String row = m.path("rows").get(c.path("row").asInt()).path("uri").asText();
            JsonNode column = m.path("columns").get(c.path("column").asInt());
            String property = column.path("kind").asText().equals("line") ? "rlod:implementsLine" : "rlod:hasPotentialTarget";
            assertEquals(1, count("SELECT * { <" + row + "> " + property + " <" + column.path("uri").asText() + "> }"));
        }
        assertEquals(404, server.get("/api/v1/plans/psstd-2018/matrix").statusCode(), "a programme without interventions has no matrix");
    }

    @Test
    void anAgreementsBudgetIsTheDataAndItsSharesAddUp() {
        JsonNode agreements = json(server.get("/api/v1/agreements"));
        assertTrue(agreements.path("items").findValues("budget").stream().anyMatch(b -> !b.isNull()), "some agreement has a budget");
        assertEquals(uris("SELECT ?a { ?a a rlod:Agreement }"), set(agreements.path("items"), "uri"));
        for (JsonNode a : agreements.path("items")) {
            String uri = a.path("uri").asText();
            JsonNode budget = a.path("budget");
            if (budget.isNull()) {
                assertEquals(Set.of(), uris("SELECT ?b { <" + uri + "> rlod:hasBudget ?b }"), uri + " has a budget");
                continue;
            }
            String total = budget.path("total").path("uri").asText();
            assertEquals(uris("SELECT ?b { <" + uri + "> rlod:hasBudget ?b }"), Set.of(total));
            assertEquals(new BigDecimal(literal("SELECT ?v { <" + total + "> schema:value ?v }")).stripTrailingZeros(),
                    budget.path("total").path("value").decimalValue().stripTrailingZeros());
            assertEquals(literal("SELECT ?c { <" + total + "> schema:currency ?c }"), budget.path("total").path("currency").asText());
            assertEquals(uris("SELECT ?s { ?s dct:isPartOf <" + total + "> }"), set(budget.path("shares"), "uri"));
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode s : budget.path("shares")) sum = sum.add(s.path("value").decimalValue());
            if (!budget.path("shares").isEmpty()) {
                assertEquals(0, sum.compareTo(budget.path("total").path("value").decimalValue()), "the shares add up to the total");
            }
            int targets = 0, indicators = 0;
            for (JsonNode act : a.path("activities")) {
                indicators += act.path("indicators").size();
                for (JsonNode i : act.path("indicators")) targets += i.path("targets").size();
            }
            assertEquals(count("SELECT ?i { <" + uri + "> dct:hasPart/rlod:hasActivity/rlod:hasResultIndicator ?i }"), indicators);
            assertEquals(count("SELECT ?t { <" + uri + "> dct:hasPart/rlod:hasActivity/rlod:hasResultIndicator/rlod:hasTarget ?t }"), targets);
            assertEquals(uris("SELECT ?p { <" + uri + "> rlod:hasParty ?p }"), set(a.path("parties"), "uri"));
            assertEquals(uris("SELECT ?p { <" + uri + "> rlod:renews ?p }"), set(a.path("renews"), "uri"));
            assertEquals(uris("SELECT ?p { <" + uri + "> rlod:implementsAgreement ?p }"), set(a.path("implementsAgreements"), "uri"));
        }
    }

    @Test
    void statisticsAreTheDataAndTheYearFilterSelects() {
        JsonNode all = json(server.get("/api/v1/statistics?limit=100"));
        assertEquals(uris("SELECT ?s { ?s a rlod:Statistic }"), set(all.path("items"), "uri"));
        for (JsonNode s : all.path("items")) {
            String uri = s.path("uri").asText();
            assertEquals(new BigDecimal(literal("SELECT ?v { <" + uri + "> schema:value ?v }")).stripTrailingZeros(),
                    s.path("value").decimalValue().stripTrailingZeros());
        }
        assertEquals(uris("SELECT ?s { ?s a rlod:Statistic ; rlod:referenceYear ?y FILTER(STR(?y) = \"2024\") }"),
                set(json(server.get("/api/v1/statistics?year=2024")).path("items"), "uri"));
    }

    @Test
    void targetGroupsSayWhichLabelsAreInterpretations() {
        for (JsonNode g : json(server.get("/api/v1/target-groups?limit=100")).path("items")) {
            String uri = g.path("uri").asText();
            boolean interpreted = count("SELECT * { <" + uri + "> rlod:labelIsInterpretation true }") == 1;
            assertEquals(interpreted, g.path("labelIsInterpretation").asBoolean(), uri);
        }
    }

    @Test
    void everySearchHitContainsTheText() {
        JsonNode hits = json(server.get("/api/v1/search?q=Digitale&limit=100"));
        assertTrue(hits.path("total").asInt() > 0);
        for (JsonNode h : hits.path("items")) {
            String uri = h.path("uri").asText();
            assertEquals(1, count("SELECT * { FILTER EXISTS { <" + uri + "> ?p ?o FILTER(isLiteral(?o) && CONTAINS(LCASE(STR(?o)), \"digitale\")) } }"), uri);
        }
    }

    @Test
    void pagingParametersAreBounded() {
        for (String q : List.of("limit=0", "limit=101", "limit=x", "offset=-1", "offset=100001", "limit=1&limit=2")) {
            HttpResponse<String> r = server.get("/api/v1/interventions?" + q);
            assertEquals(400, r.statusCode(), q);
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        }
        JsonNode beyond = json(server.get("/api/v1/interventions?offset=1000"));
        assertEquals(0, beyond.path("items").size());
        assertTrue(beyond.path("total").asInt() > 0);
        assertEquals(uris("SELECT ?i { ?i a rlod:Intervention }").size(), beyond.path("total").asInt(),
                "past the last page the total is still counted, not taken from the empty page");
        assertFalse(beyond.path("links").path("prev").isNull());
        assertTrue(beyond.path("links").path("next").isNull());
    }

    @Test
    void theEtagFollowsTheDataVersion() {
        PublishedData real = TestPublished.data();
        PublishedData republished = new LocalData(((LocalData) real).dataset(), real.baseUri(), real.version() + "-next", real.publishedAt());
        try (ApiTestServer other = ApiTestServer.start(new ApiRoutes(() -> republished))) {
            String etag = server.get("/api/v1/plans").headers().firstValue("ETag").orElseThrow();
            assertEquals(304, server.get("/api/v1/plans", "If-None-Match", etag).statusCode());
            HttpResponse<String> after = other.get("/api/v1/plans", "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "a new version of the data is not 'not modified'");
            assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
            assertTrue(after.headers().firstValue("ETag").orElseThrow().contains(republished.version()));
        }
    }

    @Test
    void gzipIsTheSameJson() throws IOException {
        HttpResponse<String> plain = server.get("/api/v1/interventions?limit=50");
        HttpResponse<byte[]> gz = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/interventions?limit=50"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gz.body().length < plain.body().getBytes(StandardCharsets.UTF_8).length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void corsIsOpenForReading() {
        HttpResponse<String> r = server.get("/api/v1/plans", "Origin", "https://app.example");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        HttpResponse<String> pre = server.send("OPTIONS", "/api/v1/interventions", "Origin", "https://app.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match");
        assertEquals(204, pre.statusCode());
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("If-None-Match"));
        assertNull(pre.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
    }

    // ---- helpers ----

    private static String linkHeader(HttpResponse<String> r, String rel) {
        Matcher m = Pattern.compile("<([^>]*)>; rel=\"" + rel + "\"").matcher(r.headers().firstValue("Link").orElse(""));
        return m.find() ? m.group(1) : null;
    }

    private static JsonNode json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.uri() + ": " + r.body());
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> set(JsonNode array, String field) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static void read(String select, java.util.function.Consumer<QuerySolution> row) {
        TestPublished.data().read(conn -> {
            conn.querySelect(P + select, row);
            return null;
        });
    }

    private static Set<String> uris(String select) {
        Set<String> out = new TreeSet<>();
        read(select, row -> out.add(row.get(row.varNames().next()).asResource().getURI()));
        return out;
    }

    private static int count(String select) {
        List<Object> rows = new ArrayList<>();
        read(select, rows::add);
        return rows.size();
    }

    private static String literal(String select) {
        List<String> out = new ArrayList<>();
        read(select, row -> out.add(row.get(row.varNames().next()).asLiteral().getLexicalForm()));
        assertEquals(1, out.size(), select);
        return out.get(0);
    }
}
