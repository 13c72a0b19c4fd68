package org.regiolod.rdf;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ontology documents itself in Italian and English and carries the NDC's asset metadata. */
class OntologyTest {
    final Model onto = Converter.ontology();

    List<Resource> terms() {
        List<Resource> out = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            onto.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(Vocab.NS)) out.add(r);
            });
        }
        return out;
    }

    @Test
    void everyTermHasLabelsAndCommentsInItalianAndEnglishAndIsDefinedByTheOntology() {
        List<String> problems = new ArrayList<>();
        for (Resource t : terms()) {
            for (var p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("it", "en")) {
                    boolean has = t.listProperties(p).toList().stream().anyMatch(s -> s.getLanguage().equals(lang));
                    if (!has) problems.add(t.getLocalName() + " lacks " + p.getLocalName() + "@" + lang);
                }
            }
            if (!t.hasProperty(RDFS.isDefinedBy, onto.createResource(Vocab.ONTOLOGY))) problems.add(t.getLocalName() + " lacks rdfs:isDefinedBy");
        }
        assertTrue(terms().size() >= 20, "the ontology defines its terms");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTermTheDataUsesIsDefined() {
        BuildResult r = BuildPipeline.builder().data(Path.of("data")).baseUri("http://example.org/").build().run();
        Set<String> used = new TreeSet<>();
        r.dataset().executeRead(() -> r.dataset().listModelNames().forEachRemaining(n -> {
            try (QueryExecution qe = QueryExecution.create(
                    "SELECT DISTINCT ?t { { ?s ?t ?o } UNION { ?s a ?t } FILTER(STRSTARTS(STR(?t), \"" + Vocab.NS + "\")) }",
                    r.dataset().getNamedModel(n))) {
                qe.execSelect().forEachRemaining(s -> used.add(s.getResource("t").getURI()));
            }
        }));
        Set<String> defined = new TreeSet<>();
        terms().forEach(t -> defined.add(t.getURI()));
        used.removeAll(defined);
        used.removeIf(u -> u.startsWith(Vocab.NS + "publisher") || u.startsWith(Vocab.NS + "contact-point")
                || u.startsWith(Vocab.NS + "distribution/"));
        assertEquals(Set.of(), used, "terms used in the data but not defined in the ontology");
    }

    @Test
    void theOntologyPassesTheNationalDataCatalogRules() {
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("vendor/ndc/Ontologie-rules.shacl")).lang(Lang.TURTLE).parse(shapes);
        RDFParser.source(Path.of("vendor/ndc/Ontologie-rules-prefixes.ttl")).lang(Lang.TURTLE).parse(shapes);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), onto.getGraph());
        assertTrue(report.conforms(), () -> {
            StringBuilder sb = new StringBuilder();
            report.getEntries().forEach(e -> sb.append(e).append('\n'));
            return sb.toString();
        });
    }
}
