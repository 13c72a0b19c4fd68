package org.regiolod.bench;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.rdf.Vocab;
import org.regiolod.store.DumpWriter;
import org.regiolod.store.VersionedStore;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.regiolod.validate.ShapesValidator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages that run inside one JVM, each beside the raw Jena engine doing the same amount of work
 * on the same triples: build beside RIOT parsing them as N-Quads, validation alone, load into TDB2
 * beside the TDB2 bulk loader.
 */
final class InProcessStages {
    static final String BASE = "http://localhost:8080/";
    static final double BUILD_TARGET = 0.5;
    static final int BUILD_WARM_UP = 3, BUILD_ROUNDS = 5;
    static final double BUILD_WARM_UP_SECONDS = 5;
    /** Rounds stop once this is spent (at least two are measured): 5 M triples take tens of seconds a build. */
    static final double BUILD_BUDGET_SECONDS = 60;
    static final double LOAD_TARGET = 0.8;
    private static final MonitorOutput SILENT = (fmt, args) -> {};

    /** What the stages leave for the serve rows: a TDB2 folder holding the size's data. */
    record Output(List<StageRow> rows, Path store, Path tdb, Path quads, long triples) {}

    Output run(String size, Path data, Path work) {
        List<StageRow> rows = new ArrayList<>();
        // 1. build: tables -> validated RDF (our whole path, as 'build' runs it, without writing dumps) beside
        // RIOT parsing the same triples as N-Quads (to a counting sink, the parser alone). Timed in turns after
        // warm-up rounds (at least three, and at least 5 s), best of five each: the build is a long code path
        // (CSV, YAML, mapping, SHACL, ARQ) that the JIT compiles over many runs (1× builds: 0.29 s, 0.24, 0.15 …
        // 0.013 s after 300), while RIOT's parser loop is compiled after one; with one run each the row
        // measured the JIT. The first, cold build is reported beside.
        Stopwatch<BuildResult> first = Stopwatch.time(() -> build(data));
        BuildResult result = first.value();
        if (!result.validation().conforms()) throw new IllegalStateException("the generated data does not validate: " + data);
        long triples = result.triples();

        Path quads = work.resolve("all.nq");
        writeQuads(result.dataset(), quads);
        Interleaved build = Interleaved.time(() -> build(data), () -> parse(quads),
                BUILD_WARM_UP, BUILD_WARM_UP_SECONDS, BUILD_ROUNDS, BUILD_BUDGET_SECONDS);
        rows.add(StageRow.of("build (tables → validated RDF)", size, triples, build.bestOurs(),
                String.format(java.util.Locale.ROOT, "RIOT parse of the same triples (N-Quads; %s; first, cold build %.2f s)",
                        build.describe(), first.seconds()), build.bestAnchor(), BUILD_TARGET));

        // 2. validation alone: our shapes on the data graphs, as the build validates them
        Graph dataGraph = dataGraph(result);
        ShapesValidator shapes = ShapesValidator.standard();
        double validate = Stopwatch.time(() -> shapes.validate(dataGraph)).seconds();
        rows.add(StageRow.of("validation alone (our shapes)", size, dataGraph.size(), validate, null, 0, null));

        // 3. load into TDB2: our load path (a new store version: folder, TdbBulkLoad, marker, switch; no
        // dumps) beside the bulk loader on the N-Quads. Interleaved, best of two each: run once, the
        // first of the two would pay for the loader's JIT (measured: 0.22× cold vs 1.1× warm).
        double load = Stopwatch.time(() -> loadOurs(result.dataset(), work.resolve("load-0")));
        double bulk = Stopwatch.time(() -> bulkLoad(quads, work.resolve("tdb-raw-0")));
        double load2 = Stopwatch.time(() -> loadOurs(result.dataset(), work.resolve("load-1")));
        double bulk2 = Stopwatch.time(() -> bulkLoad(quads, work.resolve("tdb-raw")));
        for (String leftover : List.of("load-0", "load-1", "tdb-raw-0")) deleteQuietly(work.resolve(leftover));
        rows.add(StageRow.of("load into TDB2 (publish)", size, triples, Math.min(load, load2),
                "TDB2 phased bulk loader on the same N-Quads (best of 2, interleaved)", Math.min(bulk, bulk2), LOAD_TARGET));

        // 4. the dumps a publish writes besides (every dataset in four formats, all graphs as N-Quads),
        // beside RIOT writing the same quads once as N-Quads; then the whole publish, as 'serve' runs it.
        double nquads = Stopwatch.time(() -> writeQuads(result.dataset(), work.resolve("again.nq")));
        deleteQuietly(work.resolve("again.nq"));
        double dumps = Stopwatch.time(() -> new DumpWriter().write(result, work.resolve("dumps")));
        deleteQuietly(work.resolve("dumps"));
        rows.add(StageRow.of("dumps (4 formats per dataset + N-Quads)", size, triples, dumps,
                "RIOT writing the same quads as N-Quads", nquads, null));
        Stopwatch<VersionedStore.Version> publish = Stopwatch.time(() -> publishOurs(result, work.resolve("store")));
        rows.add(StageRow.of("publish (load + dumps + switch)", size, triples, publish.seconds(),
                "TDB2 phased bulk loader on the same N-Quads (best of 2, interleaved)", Math.min(bulk, bulk2), null));
        return new Output(rows, work.resolve("store"), publish.value().tdb2(), quads, triples);
    }

    private static BuildResult build(Path data) {
        return BuildPipeline.builder().data(data).baseUri(BASE).build().run();
    }

    private static void deleteQuietly(Path dir) {
        try {
            BenchSuite.deleteTree(dir);
        } catch (IOException e) {
            // a leftover in the work folder, removed with it at the next run
        }
    }

    static void writeQuads(Dataset ds, Path file) {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Txn.executeRead(ds, () -> RDFDataMgr.write(out, ds.asDatasetGraph(), Lang.NQUADS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long parse(Path quads) {
        long[] n = {0};
        StreamRDF count = new StreamRDFBase() {
            @Override public void quad(Quad quad) { n[0]++; }
            @Override public void triple(org.apache.jena.graph.Triple triple) { n[0]++; }
        };
        RDFParser.source(quads).lang(Lang.NQUADS).parse(count);
        return n[0];
    }

    /** The graphs the shapes read: every dataset graph but the ontology and the catalog. */
    static Graph dataGraph(BuildResult result) {
        Graph data = GraphFactory.createDefaultGraph();
        Dataset ds = result.dataset();
        Txn.executeRead(ds, () -> {
            for (String name : result.dumpNames().keySet()) {
                if (name.equals(Vocab.ONTOLOGY) || name.endsWith("id/catalogo")) continue;
                ds.getNamedModel(name).getGraph().find().forEachRemaining(data::add);
            }
        });
        return data;
    }

    /** Our load path: a new version of a {@link VersionedStore} holding the build's graphs, without its dumps. */
    static void loadOurs(Dataset built, Path dir) {
        try (VersionedStore store = VersionedStore.open(dir)) {
            store.publish(built, "bench", BASE);
        }
    }

    /** What 'serve' does when it publishes a build: the load above plus the dumps. */
    static VersionedStore.Version publishOurs(BuildResult built, Path dir) {
        VersionedStore.Version v = VersionedStore.open(dir).publish(built);
        // Let the servers started next (other processes) open the folder: release this JVM's lock.
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(v.tdb2().toString()));
        return v;
    }

    /** The anchor: TDB2's phased bulk loader (tdb2.tdbloader's default) on the N-Quads file. */
    static void bulkLoad(Path quads, Path dir) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(tdb, SILENT);
            loader.startBulk();
            loader.load(quads.toString());
            loader.finishBulk();
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
        }
    }
}
