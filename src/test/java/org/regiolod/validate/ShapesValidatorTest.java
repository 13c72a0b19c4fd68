package org.regiolod.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.regiolod.source.generate.ScaleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ShapesValidator} validates each shape as a piece of its own, side by side: its findings are
 * exactly those of Jena's {@code ShaclValidator} running every shape at once, on data broken in
 * several places at once and on the catalog with the DCAT-AP shapes, and in the same order every time.
 */
class ShapesValidatorTest {
    static final String RLOD = "https://w3id.org/regiolod/onto/";
    static final Node IDENTIFIER = NodeFactory.createURI("http://purl.org/dc/terms/identifier");
    static final Node PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");

    @TempDir static Path tmp;
    static Graph data, catalog;

    @BeforeAll
    static void build() {
        GeneratedGraphs built = GeneratedGraphs.build(tmp.resolve("data"), new ScaleGenerator.Spec(2, 2, 6, 1));
        data = built.data();
        catalog = built.catalog();
    }

    @Test
    void dataBrokenInSeveralShapesGivesJenasFindingsWholeAndInOrder() {
        Graph broken = GeneratedGraphs.copy(data);
        // interventions without their code, concepts without their label, and a link to another plan's group
        List<Triple> ids = broken.find(Node.ANY, IDENTIFIER, Node.ANY).toList().subList(0, 5);
        ids.forEach(broken::delete);
        List<Triple> labels = broken.find(Node.ANY, PREF_LABEL, Node.ANY).toList().subList(0, 5);
        labels.forEach(broken::delete);
        Node intervention = broken.find(Node.ANY, NodeFactory.createURI(RLOD + "isInterventionOf"), Node.ANY).next().getSubject();
        Node foreignGroup = NodeFactory.createURI("http://example.org/id/destinatario/elsewhere/1");
        broken.add(Triple.create(intervention, NodeFactory.createURI(RLOD + "hasPotentialTarget"), foreignGroup));

        ShapesValidator ours = ShapesValidator.standard();
        List<String> found = keys(ours.validate(broken).entries());
        assertEquals(sorted(keys(jena(ShapesValidator.STANDARD_SHAPES, broken))), sorted(found));
        assertTrue(sources(ours.validate(broken).entries()).size() >= 3,
                "findings from several shapes, so that a lost piece would show: " + sources(ours.validate(broken).entries()));
        assertEquals(found, keys(ours.validate(broken).entries()), "the same order on every run");
    }

    @Test
    void theCatalogGivesJenasFindingsWithTheDcatApShapes() {
        List<String> shapes = List.of("/vendor/dcat-ap-3.0.1/html-shacl/shapes_recommended.ttl");
        List<ReportEntry> ours = ShapesValidator.fromResources(shapes).validate(catalog).entries();
        assertTrue(ours.size() > 10, "the recommended shapes warn on the generated catalog: " + ours.size());
        assertEquals(sorted(keys(jena(shapes, catalog))), sorted(keys(ours)));
    }

    @Test
    void conformingDataHasNoFindings() {
        assertEquals(List.of(), keys(ShapesValidator.standard().validate(data).violations()));
    }

    private static List<ReportEntry> jena(List<String> resources, Graph g) {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (String r : resources) {
            try (InputStream in = ShapesValidatorTest.class.getResourceAsStream(r)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(ShaclValidator.get().validate(Shapes.parse(shapes), g).getEntries());
    }

    private static List<String> keys(List<ReportEntry> entries) {
        // Blank-node shapes get fresh labels per parse: the constraint and message name them instead.
        return entries.stream().map(e -> String.join(" | ", String.valueOf(e.severity().level()), String.valueOf(e.focusNode()),
                String.valueOf(e.resultPath()), String.valueOf(e.value()), String.valueOf(e.message()),
                String.valueOf(e.constraint()), e.source().isBlank() ? "_" : e.source().toString())).toList();
    }

    private static Set<String> sources(List<ReportEntry> entries) {
        return entries.stream().map(e -> String.valueOf(e.source())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }
}
