package org.regiolod.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog of the real build (data/) conforms to the EU DCAT-AP 3.0.1 shapes and to our
 * DCAT-AP_IT shapes; taking away any mandatory property, or using a code that is not in its EU
 * code list, makes validation fail at that resource and property.
 */
class CatalogValidatorTest {
    static final String DCAT = "http://www.w3.org/ns/dcat#", DCT = "http://purl.org/dc/terms/",
            FOAF = "http://xmlns.com/foaf/0.1/", VCARD = "http://www.w3.org/2006/vcard/ns#",
            IT = "http://dati.gov.it/onto/dcatapit#";
    static final String DCAT_AP = "DCAT-AP 3.0.1 shapes", MDR = "DCAT-AP 3.0.1 controlled vocabularies",
            DCAT_AP_IT = "DCAT-AP_IT (RegioLOD shapes)";

    static Graph catalog;

    @BeforeAll
    static void build() {
        BuildResult r = BuildPipeline.builder().data(Path.of("data")).baseUri("http://example.test/").build().run();
        catalog = GraphFactory.createDefaultGraph();
        Txn.executeRead(r.dataset(), () -> r.dataset().getNamedModel("http://example.test/id/catalogo")
                .getGraph().find().forEachRemaining(catalog::add));
    }

    @Test
    void theCatalogOfTheRealDataPassesEveryShapeSetWithoutViolations() {
        List<CatalogValidator.Pass> passes = new CatalogValidator().validate(catalog);
        assertEquals(List.of(DCAT_AP, "DCAT-AP 3.0.1 ranges", "DCAT-AP 3.0.1 recommended", MDR, DCAT_AP_IT),
                passes.stream().map(CatalogValidator.Pass::name).toList());
        for (CatalogValidator.Pass p : passes) {
            assertEquals(List.of(), p.outcome().describe(p.outcome().violations(), 20), p.name());
        }
        // The shapes had something to check: a catalog with data sets, distributions and agents.
        assertEquals(1, instances(IT + "Catalog").size());
        assertTrue(instances(IT + "Dataset").size() >= 6, "datasets: " + instances(IT + "Dataset"));
        assertTrue(instances(IT + "Distribution").size() >= 24);
        assertFalse(instances(IT + "Agent").isEmpty());
    }

    /** One mandatory property of one resource of each class; the pass(es) expected to report it. */
    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
            "Catalog,       dct:title,              DCAT-AP+IT",
            "Catalog,       dct:description,        DCAT-AP+IT",
            "Catalog,       dct:publisher,          DCAT-AP+IT",
            "Catalog,       dct:modified,           IT",
            "Catalog,       dcat:dataset,           IT",
            "Dataset,       dct:identifier,         IT",
            "Dataset,       dct:title,              DCAT-AP+IT",
            "Dataset,       dct:description,        DCAT-AP+IT",
            "Dataset,       dct:modified,           IT",
            "Dataset,       dcat:theme,             IT",
            "Dataset,       dct:rightsHolder,       IT",
            "Dataset,       dct:accrualPeriodicity, IT",
            "Dataset,       dcat:distribution,      IT",
            "Dataset,       dcat:contactPoint,      IT",
            "Distribution,  dct:format,             IT",
            "Distribution,  dcat:accessURL,         DCAT-AP+IT",
            "Distribution,  dct:license,            IT",
            "Agent,         dct:identifier,         IT",
            "Agent,         foaf:name,              DCAT-AP+IT",
            "Agent,         dct:type,               IT",
            "Organization,  vcard:fn,               IT",
            "Organization,  vcard:hasEmail,         IT",
            "LicenseDocument, dct:type,             IT",
    })
    void removingAMandatoryPropertyFailsValidation(String itClass, String property, String expectedPasses) {
        Node focus = instances(IT + itClass).first();
        Node path = iri(property);
        Graph broken = copyWithout(focus, path);

        Set<String> failing = failingPasses(broken, focus, path);
        Set<String> expected = new TreeSet<>();
        if (expectedPasses.contains("DCAT-AP")) expected.add(DCAT_AP);
        if (expectedPasses.contains("IT")) expected.add(DCAT_AP_IT);
        assertEquals(expected, failing, focus + " without " + property);
    }

    /** A code outside its EU table is caught, even where DCAT-AP itself only warns (theme, publisher type). */
    @ParameterizedTest(name = "{1} of a {0} not in its code list")
    @CsvSource({
            "Dataset,      dct:accrualPeriodicity, http://publications.europa.eu/resource/authority/frequency/SOMETIMES, MDR+IT",
            "Dataset,      dcat:theme,             http://publications.europa.eu/resource/authority/data-theme/PLANS,    IT",
            "Distribution, dct:format,             http://publications.europa.eu/resource/authority/file-type/TURTLE,    MDR+IT",
            "Agent,        dct:type,               http://purl.org/adms/publishertype/Region,                           IT",
    })
    void aCodeNotInItsCodeListFailsValidation(String itClass, String property, String badCode, String expectedPasses) {
        Node focus = instances(IT + itClass).first();
        Node path = iri(property);
        Node good = catalog.find(focus, path, Node.ANY).next().getObject();
        Node bad = NodeFactory.createURI(badCode);
        Graph broken = copyWithout(focus, path);
        broken.add(Triple.create(focus, path, bad));
        // Typed as the catalog types its codes, so that only the code list can tell it apart.
        catalog.find(good, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> broken.add(Triple.create(bad, t.getPredicate(), t.getObject())));
        broken.add(Triple.create(bad, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"), NodeFactory.createLiteralLang("?", "en")));

        Set<String> expected = new TreeSet<>();
        if (expectedPasses.contains("MDR")) expected.add(MDR);
        if (expectedPasses.contains("IT")) expected.add(DCAT_AP_IT);
        assertEquals(expected, failingPasses(broken, focus, path));
    }

    @Test
    void aResourceTypedOnlyWithTheDcatApItClassFails() {
        Node dataset = instances(IT + "Dataset").first();
        Graph broken = GraphFactory.createDefaultGraph();
        catalog.find().forEachRemaining(t -> {
            if (!(t.getSubject().equals(dataset) && t.getObject().equals(iri("dcat:Dataset")))) broken.add(t);
        });
        assertTrue(failingPasses(broken, dataset, RDF.type.asNode()).contains(DCAT_AP_IT));
    }

    /** The passes reporting a violation at {@code focus} on {@code path} (or below it, for nested shapes). */
    private static Set<String> failingPasses(Graph data, Node focus, Node path) {
        Set<String> failing = new TreeSet<>();
        for (CatalogValidator.Pass p : new CatalogValidator().validate(data)) {
            for (ReportEntry e : p.outcome().violations()) {
                if (e.focusNode().equals(focus) && e.resultPath() != null && e.resultPath().toString().contains(path.getURI())) {
                    failing.add(p.name());
                }
            }
        }
        return failing;
    }

    private static Graph copyWithout(Node s, Node p) {
        Graph g = GraphFactory.createDefaultGraph();
        catalog.find().forEachRemaining(t -> { if (!(t.getSubject().equals(s) && t.getPredicate().equals(p))) g.add(t); });
        assertTrue(g.size() < catalog.size(), "the catalog has no " + p + " on " + s);
        return g;
    }

    private static TreeSet<Node> instances(String cls) {
        TreeSet<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
        catalog.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(cls)).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static Node iri(String curie) {
        String[] p = curie.split(":");
        String ns = switch (p[0]) {
            case "dcat" -> DCAT; case "dct" -> DCT; case "foaf" -> FOAF; case "vcard" -> VCARD;
            default -> throw new IllegalArgumentException(curie);
        };
        return NodeFactory.createURI(ns + p[1]);
    }
}
