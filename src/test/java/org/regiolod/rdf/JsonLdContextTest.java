package org.regiolod.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.store.DumpWriter;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ontology's JSON-LD context (ontology/regiolod.context.jsonld, announced by the ontology)
 * turns a JSON-LD dump into plain JSON keys without losing a triple.
 */
class JsonLdContextTest {
    static final String CONTEXT = "/ontology/regiolod.context.jsonld";
    static final String CONTEXT_IRI = "https://w3id.org/regiolod/onto/context.jsonld";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path tmp;
    static Path dump;

    @BeforeAll
    static void build() {
        var result = BuildPipeline.builder().data(Path.of("data")).baseUri("http://example.test/").build().run();
        new DumpWriter().write(result, tmp.resolve("site"));
        dump = tmp.resolve("site/dumps/pttd-2021-2023.jsonld");
    }

    @Test
    void aCompactedDumpReadsAsPlainJson() throws Exception {
        JsonNode doc = JSON.readTree(compact(dump).toString());
        JsonNode i1 = null;
        for (JsonNode n : doc.get("@graph")) {
            if ("http://example.test/id/intervento/pttd-2021-2023/I.1".equals(n.path("id").asText())) i1 = n;
        }
        assertNotNull(i1, "intervention I.1 in " + doc);
        assertEquals("Intervention", i1.get("type").asText());
        assertEquals("I.1", i1.get("identifier").asText());
        assertTrue(i1.get("title").isTextual(), "the Italian title is a plain string: " + i1.get("title"));
        assertEquals("http://example.test/id/piano/pttd-2021-2023", i1.get("isInterventionOf").asText());
        assertTrue(i1.has("sourceLocation") && i1.has("wasDerivedFrom"), i1.toString());
        // No compact IRIs or @value objects left for the terms the context knows.
        for (var it = i1.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            assertTrue(!key.contains(":"), "key " + key + " of " + i1);
        }
    }

    @Test
    void compactingLosesNoTriple() throws Exception {
        Model original = ModelFactory.createDefaultModel();
        RDFParser.source(dump).lang(Lang.JSONLD11).parse(original);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.fromString(compact(dump).toString(), Lang.JSONLD11).parse(back);
        assertTrue(original.isIsomorphicWith(back), "compacted dump differs from the dump");
    }

    @Test
    void everyTermOfTheOntologyHasAPlainKey() throws Exception {
        Model onto = Converter.ontology();
        JsonNode ctx;
        try (InputStream in = getClass().getResourceAsStream(CONTEXT)) {
            ctx = JSON.readTree(in).get("@context");
        }
        Set<String> mapped = new HashSet<>();
        ctx.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            String id = v.isTextual() ? v.asText() : v.path("@id").asText();
            if (id.startsWith("rlod:")) mapped.add(Vocab.NS + id.substring(5));
        });
        List<String> missing = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            for (Resource term : onto.listSubjectsWithProperty(RDF.type, type).toList()) {
                if (term.isURIResource() && term.getURI().startsWith(Vocab.NS) && !mapped.contains(term.getURI())) {
                    missing.add(term.getURI());
                }
            }
        }
        assertEquals(List.of(), missing, "add a term for each to " + CONTEXT);
    }

    @Test
    void theOntologyAnnouncesTheContext() {
        Model onto = Converter.ontology();
        assertTrue(onto.contains(onto.getResource(Vocab.ONTOLOGY), RDFS.seeAlso, onto.getResource(CONTEXT_IRI)));
    }

    private static jakarta.json.JsonObject compact(Path file) throws Exception {
        try (InputStream ctx = JsonLdContextTest.class.getResourceAsStream(CONTEXT)) {
            JsonDocument context = JsonDocument.of(ctx);
            return JsonLd.compact(JsonDocument.of(new StringReader(Files.readString(file))), context).get();
        }
    }
}
