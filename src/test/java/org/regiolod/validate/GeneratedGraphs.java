package org.regiolod.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.generate.ScaleGenerator;

import java.nio.file.Path;

/**
 * A generated tree, built: the union of its data graphs (what our shapes validate: every dataset
 * graph but the ontology and the catalog) and its catalog graph, each a copy the test may change.
 */
record GeneratedGraphs(Graph data, Graph catalog) {

    static GeneratedGraphs build(Path dir, ScaleGenerator.Spec spec) {
        new ScaleGenerator().generate(spec, dir);
        BuildResult r = BuildPipeline.builder().data(dir).baseUri("http://example.org/").build().run();
        Graph data = GraphFactory.createDefaultGraph(), catalog = GraphFactory.createDefaultGraph();
        Txn.executeRead(r.dataset(), () -> {
            for (String name : r.dumpNames().keySet()) {
                if (name.equals(Vocab.ONTOLOGY)) continue;
                r.dataset().getNamedModel(name).getGraph().find().forEachRemaining(name.endsWith("id/catalogo") ? catalog::add : data::add);
            }
        });
        return new GeneratedGraphs(data, catalog);
    }

    static Graph copy(Graph from) {
        Graph g = GraphFactory.createDefaultGraph();
        from.find().forEachRemaining(g::add);
        return g;
    }
}
