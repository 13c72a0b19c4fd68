package org.regiolod.web.server;

import io.javalin.Javalin;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** /.well-known/void over the test data, checked against counts taken directly from the data. */
class VoidRoutesTest {
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = Javalin.create(cfg -> new VoidRoutes(TestPublished::data).register(cfg)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> get(String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + VoidRoutes.PATH))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void describesEndpointDumpsUriSpaceExamplesAndCounts() throws Exception {
        HttpResponse<String> r = get("text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        String base = TestPublished.BASE;
        Resource all = m.getResource(base + ".well-known/void#regiolod");
        assertEquals(base + "sparql", all.getPropertyResourceValue(m.createProperty(VoidRoutes.VOID, "sparqlEndpoint")).getURI());
        assertEquals(base + "dumps/regiolod.nq", all.getPropertyResourceValue(m.createProperty(VoidRoutes.VOID, "dataDump")).getURI());
        assertEquals(base + "id/", all.getProperty(m.createProperty(VoidRoutes.VOID, "uriSpace")).getString());
        Resource example = all.getPropertyResourceValue(m.createProperty(VoidRoutes.VOID, "exampleResource"));
        assertTrue(example.getURI().startsWith(base + "id/"), example.getURI());

        // Counts taken from the data without SPARQL aggregates.
        long quads = TestPublished.data().read(c -> c.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }").size());
        long triples = TestPublished.data().read(c -> {
            long[] n = {0};
            c.querySelect("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", row -> n[0]++);
            return n[0];
        });
        assertTrue(quads <= triples);
        assertEquals(triples, all.getProperty(m.createProperty(VoidRoutes.VOID, "triples")).getLong());
        Set<String> entities = TestPublished.data().read(c -> {
            Set<String> s = new HashSet<>();
            c.querySelect("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", row -> {
                if (row.get("s").isURIResource() && row.getResource("s").getURI().startsWith(base + "id/")) s.add(row.getResource("s").getURI());
            });
            return s;
        });
        assertEquals(entities.size(), all.getProperty(m.createProperty(VoidRoutes.VOID, "entities")).getLong());

        // One subset per dataset graph, with the dumps the catalog lists.
        Resource pttd = m.getResource(base + "id/dataset/pttd-2021-2023");
        assertTrue(m.contains(all, m.createProperty(VoidRoutes.VOID, "subset"), pttd));
        assertTrue(m.listObjectsOfProperty(pttd, m.createProperty(VoidRoutes.VOID, "dataDump")).toList().stream()
                .anyMatch(d -> d.asResource().getURI().equals(base + "dumps/pttd-2021-2023.ttl")), r.body());

        HttpResponse<String> jsonld = get("application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model fromJsonld = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(fromJsonld);
        assertTrue(fromJsonld.isIsomorphicWith(m));
        assertEquals(406, get("image/png").statusCode());
        assertTrue(TestPublished.data().<Boolean>read(c -> c.queryAsk("ASK { <" + base + "id/catalogo> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <"
                + base + ".well-known/void> }")), "the catalog links to the VoID description");
    }
}
