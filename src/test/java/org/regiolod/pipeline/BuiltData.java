package org.regiolod.pipeline;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

import java.nio.file.Path;

/**
 * The project's {@code data/} built once per test run (base {@value #BASE}), and the union of its
 * graphs, for the tests that read the built graph without changing it.
 */
final class BuiltData {
    static final String BASE = "http://example.org/";
    private static BuildResult result;
    private static Model union;

    private BuiltData() {}

    static synchronized BuildResult result() {
        if (result == null) result = BuildPipeline.builder().data(Path.of("data")).baseUri(BASE).build().run();
        return result;
    }

    static synchronized Model union() {
        if (union == null) {
            Model m = ModelFactory.createDefaultModel();
            Dataset ds = result().dataset();
            ds.executeRead(() -> ds.listModelNames().forEachRemaining(n -> m.add(ds.getNamedModel(n))));
            union = m;
        }
        return union;
    }
}
