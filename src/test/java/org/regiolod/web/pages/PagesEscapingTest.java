package org.regiolod.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiolod.store.LocalData;

import java.net.http.HttpResponse;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tiny dataset whose labels try to break out of HTML and of the JSON-LD script block, and whose
 * IRIs hold non-ASCII letters and percent-encoded characters.
 */
class PagesEscapingTest {
    private static final String BASE = "http://example.org/";
    private static final String HOSTILE = "</script><script>alert(\"x\")</script> & \"virgolette\" 'apici' <b>";
    private static final String TTL = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix rlod: <https://w3id.org/regiolod/onto/> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <http://example.org/id/intervento/prova/I.1> a rlod:Intervention ;
                rdfs:label "%s"@it ;
                dct:description "Descrizione con <img src=x onerror=alert(1)>"@it ;
                rlod:implementsLine <http://example.org/id/organizzazione/comune-di-cantù> .
            <http://example.org/id/organizzazione/comune-di-cantù> rdfs:label "Comune di Cantù"@it .
            <http://example.org/id/atto/dgr%%20n.%%2012> rdfs:label "Atto con spazio nel nome"@it .
            """.formatted(HOSTILE.replace("\"", "\\\""));
    private static PagesServer server;

    @BeforeAll
    static void start() {
        Dataset ds = DatasetFactory.createTxnMem();
        ds.executeWrite(() -> RDFParser.fromString(TTL, Lang.TURTLE).parse(ds.getDefaultModel()));
        server = new PagesServer(new LocalData(ds, BASE, "test-1", Instant.now()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void htmlEscapesDataInTextAttributesAndTheJsonLdBlock() throws Exception {
        HttpResponse<String> r = server.get("/doc/intervento/prova/I.1");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertFalse(html.contains("<script>alert"), "no script injected");
        assertFalse(html.contains("<img src=x"), "no markup injected");
        assertFalse(html.contains("<b>"), "no tag from data");
        assertTrue(html.contains("<h1 lang=\"it\">&lt;/script&gt;&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \"virgolette\" 'apici' &lt;b&gt;</h1>"),
                "the label is shown as text");
        // The JSON-LD block holds exactly one script element and gives the label back unchanged.
        String open = "<script type=\"application/ld+json\">";
        int start = html.indexOf(open) + open.length();
        String json = html.substring(start, html.indexOf("</script>", start));
        JsonNode node = new ObjectMapper().readTree(json);
        assertEquals(HOSTILE, node.get("name").asText());
        assertEquals("http://example.org/id/intervento/prova/I.1", node.get("@id").asText());
        assertEquals(1, html.split("<script", -1).length - 1, "one script element only");
    }

    @Test
    void nonAsciiAndPercentEncodedIrisDereference() {
        for (String path : new String[]{"/doc/organizzazione/comune-di-cant%C3%B9", "/doc/organizzazione/comune-di-cant%c3%b9"}) {
            HttpResponse<String> r = server.get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().contains("Comune di Cantù"), path);
        }
        HttpResponse<String> ttl = server.get("/doc/organizzazione/comune-di-cant%C3%B9", "Accept", "text/turtle");
        Model m = PagesHttpTest.parse(ttl.body(), Lang.TURTLE, BASE);
        assertTrue(m.containsResource(m.createResource("http://example.org/id/organizzazione/comune-di-cantù")));
        HttpResponse<String> id = server.get("/id/organizzazione/comune-di-cant%C3%B9");
        assertEquals(303, id.statusCode());
        assertEquals("/doc/organizzazione/comune-di-cant%C3%B9", id.headers().firstValue("Location").orElseThrow());
        // Spaces are percent-encoded in the IRI: the encoded request names the same resource.
        HttpResponse<String> act = server.get("/doc/atto/dgr%20n.%2012");
        assertEquals(200, act.statusCode());
        assertTrue(act.body().contains("Atto con spazio nel nome"));
        // The line page links back to the intervention, with its label escaped.
        String org = server.get("/doc/organizzazione/comune-di-cant%C3%B9").body();
        assertTrue(org.contains("href=\"/doc/intervento/prova/I.1\""));
        assertFalse(org.contains("<script>alert"));
    }

    @Test
    void searchResultsEscapeData() {
        HttpResponse<String> r = server.get("/cerca?q=virgolette");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"/doc/intervento/prova/I.1\""), "found by a word of its label");
        assertFalse(r.body().contains("<script>alert"));
    }
}
