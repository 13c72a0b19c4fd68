package org.regiolod.store;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An independent parser (RDF4J Rio) reads every dump we write and finds the same graph Jena
 * produced: our serializations are standard, not merely readable by the library that wrote them.
 */
class DumpsReadByRdf4jTest {
    @TempDir static Path tmp;
    static BuildResult result;
    static Path out;

    static final Map<String, RDFFormat> FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE, "nt", RDFFormat.NTRIPLES, "jsonld", RDFFormat.JSONLD, "rdf", RDFFormat.RDFXML);

    @BeforeAll
    static void build() {
        result = BuildPipeline.builder().data(Path.of("data")).baseUri("http://example.org/").build().run();
        out = tmp.resolve("site");
        new DumpWriter().write(result, out);
    }

    static Stream<Arguments> dumps() {
        BuildResult r = BuildPipeline.builder().data(Path.of("data")).baseUri("http://example.org/").build().run();
        List<Arguments> args = new ArrayList<>();
        r.dumpNames().forEach((graph, name) -> FORMATS.keySet().forEach(ext -> args.add(Arguments.of(name, ext, graph))));
        return args.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("dumps")
    void rioReadsTheSameGraph(String name, String ext, String graphName) throws Exception {
        Path file = out.resolve("dumps").resolve(name + "." + ext);
        Model rio;
        try (InputStream in = Files.newInputStream(file)) {
            rio = Rio.parse(in, "", FORMATS.get(ext));
        }
        Graph fromRio = toJena(rio);
        Graph fromJena = result.dataset().calculateRead(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            result.dataset().getNamedModel(graphName).getGraph().find().forEachRemaining(g::add);
            return g;
        });
        assertTrue(fromJena.size() > 0);
        assertEquals(fromJena.size(), fromRio.size(), "triple count");
        assertTrue(fromJena.isIsomorphicWith(fromRio), "isomorphic graphs");
    }

    static Graph toJena(Model model) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Statement st : model) {
            g.add(node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
        }
        return g;
    }

    static Node node(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
