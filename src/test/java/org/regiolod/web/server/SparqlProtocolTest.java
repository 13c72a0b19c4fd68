package org.regiolod.web.server;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regiolod.TestPublished;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The SPARQL 1.1 Protocol at /sparql, spoken to by Jena's HTTP clients and java.net.http. */
class SparqlProtocolTest {
    static final String PLANS = "PREFIX rlod: <https://w3id.org/regiolod/onto/> "
            + "SELECT ?plan ?label WHERE { ?plan a rlod:Plan ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?plan ?label";
    static final String PLAN_GRAPH = "PREFIX rlod: <https://w3id.org/regiolod/onto/> "
            + "CONSTRUCT { ?plan ?p ?o } WHERE { VALUES ?plan { <" + TestPublished.BASE + "id/piano/pttd-2021-2023> } ?plan a rlod:Plan ; ?p ?o }";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The expected answer: the same query run on the data directly, not through HTTP. */
    static List<String> localPlans() {
        return TestPublished.data().read(conn -> {
            ResultSet rs = conn.query(PLANS).execSelect();
            return ResultSetFormatter.toList(rs).stream().map(s -> s.get("plan") + " " + s.get("label")).toList();
        });
    }

    static List<String> rows(ResultSet rs) {
        return ResultSetFormatter.toList(rs).stream().map(s -> s.get("plan") + " " + s.get("label")).toList();
    }

    @Test
    void rdfConnectionSelectsAsksConstructsAndDescribes() {
        List<String> expected = localPlans();
        assertFalse(expected.isEmpty());
        try (RDFConnection conn = RDFConnection.queryConnect(server.sparql)) {
            List<String> got = rows(conn.query(PLANS).execSelect());
            assertEquals(expected, got);
            assertTrue(conn.queryAsk("ASK { ?s a <https://w3id.org/regiolod/onto/Plan> }"));
            Model constructed = conn.queryConstruct(PLAN_GRAPH);
            Model local = TestPublished.data().read(c -> c.queryConstruct(PLAN_GRAPH));
            assertTrue(constructed.isIsomorphicWith(local), "CONSTRUCT over HTTP = CONSTRUCT in process");
            Model described = conn.queryDescribe("DESCRIBE <" + TestPublished.BASE + "id/piano/pttd-2021-2023>");
            assertFalse(described.isEmpty());
        }
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
            "application/sparql-results+json, json",
            "application/sparql-results+xml, xml",
            "text/csv, csv",
            "text/tab-separated-values, tsv"})
    void selectResultsInEveryFormatByAcceptAndByParameter(String mediaType, String short_) {
        List<String> expected = localPlans();
        HttpResponse<String> byAccept = server.get("/sparql?query=" + TestServer.enc(PLANS), "Accept", mediaType);
        HttpResponse<String> byOutput = server.get("/sparql?query=" + TestServer.enc(PLANS) + "&output=" + short_);
        HttpResponse<String> byFormat = server.get("/sparql?query=" + TestServer.enc(PLANS) + "&format=" + short_);
        for (HttpResponse<String> r : List.of(byAccept, byOutput, byFormat)) {
            assertEquals(200, r.statusCode(), r::body);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), r.headers()::toString);
            Lang lang = switch (short_) {
                case "json" -> ResultSetLang.RS_JSON;
                case "xml" -> ResultSetLang.RS_XML;
                case "csv" -> ResultSetLang.RS_CSV;
                default -> ResultSetLang.RS_TSV;
            };
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
            List<String> got = rows(rs);
            if (lang == ResultSetLang.RS_CSV) {
                // CSV loses the term types: compare the lexical forms.
                assertEquals(expected.stream().map(s -> s.replaceAll("@[a-z-]+$", "").replace("\"", "")).toList(),
                        got.stream().map(s -> s.replace("\"", "")).toList());
            } else {
                assertEquals(expected, got);
            }
        }
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML", "application/n-triples, NTRIPLES"})
    void constructInEveryRdfFormat(String mediaType, String langName) {
        Model local = TestPublished.data().read(c -> c.queryConstruct(PLAN_GRAPH));
        Query q = QueryFactory.create(PLAN_GRAPH);
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparql).query(q).acceptHeader(mediaType).build()) {
            assertTrue(qe.execConstruct().isIsomorphicWith(local), "Jena client, " + mediaType);
        }
        HttpResponse<String> r = server.get("/sparql?query=" + TestServer.enc(PLAN_GRAPH), "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), langOf(langName)).parse(m);
        assertTrue(m.isIsomorphicWith(local), "raw HTTP, " + mediaType);
    }

    static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
    }

    @Test
    void postAsFormAndAsDirectQuery() {
        List<String> expected = localPlans();
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(URI.create(server.sparql))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + TestServer.enc(PLANS))));
        HttpResponse<String> direct = server.send(HttpRequest.newBuilder(URI.create(server.sparql))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(PLANS)));
        for (HttpResponse<String> r : List.of(form, direct)) {
            assertEquals(200, r.statusCode(), r::body);
            assertEquals(expected, rows(ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))));
        }
    }

    @Test
    void serviceDescriptionForRdfClientsAndThePageForBrowsers() {
        HttpResponse<String> sd = server.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, sd.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(sd.body(), Lang.TURTLE).parse(m);
        String endpoint = TestPublished.BASE + "sparql";
        assertTrue(m.contains(m.createResource(endpoint), m.createProperty(ServiceDescription.SD, "endpoint"), m.createResource(endpoint)), sd.body());
        assertTrue(m.contains(null, m.createProperty(ServiceDescription.SD, "name"),
                m.createResource(TestPublished.BASE + "id/dataset/pttd-2021-2023")), "named graphs listed");

        HttpResponse<String> jsonld = server.get("/sparql", "Accept", "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model fromJsonld = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(fromJsonld);
        assertTrue(fromJsonld.isIsomorphicWith(m));

        HttpResponse<String> browser = server.get("/sparql", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, browser.statusCode());
        assertEquals(TestServer.PAGE, browser.body(), "a browser gets the Javalin page, not Fuseki");
        assertEquals("hello from Javalin", server.get("/hello").body(), "Javalin parts share the origin");
    }

    @Test
    void graphStoreReadsWork() {
        String graph = TestPublished.BASE + "id/dataset/pttd-2021-2023";
        HttpResponse<String> r = server.get("/sparql?graph=" + TestServer.enc(graph), "Accept", "application/n-triples");
        assertEquals(200, r.statusCode(), r::body);
        Model got = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(got);
        long expected = TestPublished.data().read(c -> c.queryConstruct(
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }").size());
        assertEquals(expected, got.size());
    }
}
