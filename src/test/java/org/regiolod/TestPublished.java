package org.regiolod;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.store.LocalData;
import org.regiolod.store.PublishedData;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The project's {@code data/} built once per test run and loaded into an in-memory TDB2 dataset
 * (one named graph per dataset, union default graph), as the server publishes it: what the
 * tests of pages and API read from without starting the whole server.
 */
public final class TestPublished {
    public static final String BASE = "http://example.org/";
    private static PublishedData data;

    private TestPublished() {}

    public static synchronized PublishedData data() {
        if (data == null) {
            BuildResult built = BuildPipeline.builder().data(Path.of("data")).baseUri(BASE).build().run();
            Dataset tdb = TDB2Factory.createDataset();
            tdb.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
            Dataset src = built.dataset();
            Txn.executeWrite(tdb, () -> src.executeRead(() ->
                    src.listModelNames().forEachRemaining(n -> tdb.addNamedModel(n, src.getNamedModel(n)))));
            data = new LocalData(tdb, BASE, built.inputHash(), Instant.now());
        }
        return data;
    }
}
