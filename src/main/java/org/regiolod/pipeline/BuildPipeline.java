package org.regiolod.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.regiolod.parallel.Workers;
import org.regiolod.rdf.Converter;
import org.regiolod.rdf.TableMappers;
import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;
import org.regiolod.rdf.catalog.Catalog;
import org.regiolod.rdf.catalog.CatalogMapper;
import org.regiolod.source.CatalogConfig;
import org.regiolod.source.CatalogConfigReader;
import org.regiolod.source.DataTree;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.InputFingerprint;
import org.regiolod.validate.CatalogValidator;
import org.regiolod.validate.ShapesValidator;
import org.regiolod.validate.ValidationOutcome;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The first half of the pipeline, wired from small parts: tables are read ({@link DataTree}),
 * mapped ({@link Converter}) and validated ({@link ShapesValidator}). Writing the result is the
 * store's job.
 *
 * <pre>{@code
 * BuildResult r = BuildPipeline.builder().data(Path.of("data")).baseUri("http://localhost:8080/").build().run();
 * }</pre>
 */
public final class BuildPipeline {
    /** Bump when the mapping changes, so that fingerprints of old builds no longer match. */
    public static final String MAPPING_VERSION = "3";

    private final Path dataDir;
    private final UriScheme uris;
    private final TableMappers mappers;
    private final ShapesValidator validator;
    private final Consumer<String> progress;

    private BuildPipeline(Builder b) {
        this.dataDir = Objects.requireNonNull(b.dataDir, "data folder");
        this.uris = new UriScheme(b.baseUri);
        this.mappers = b.mappers;
        this.validator = b.validator != null ? b.validator : ShapesValidator.standard();
        // Some steps run side by side (Workers): their messages must not interleave inside the consumer.
        Consumer<String> p = b.progress;
        this.progress = message -> { synchronized (p) { p.accept(message); } };
    }

    public static Builder builder() {
        return new Builder();
    }

    public String fingerprint() {
        return InputFingerprint.of(dataDir, List.of(uris.base(), MAPPING_VERSION, ResourceDigest.VALUE));
    }

    public BuildResult run() {
        Path catalogFile = CatalogConfigReader.fileOf(dataDir);
        CatalogConfig catalogConfig = new CatalogConfigReader().read(catalogFile);
        progress.accept("reading tables under " + dataDir);
        List<DatasetSource> sources = new DataTree().read(dataDir, mappers.kinds());
        progress.accept("read " + sources.size() + " datasets");
        Dataset ds = new Converter(uris, mappers, progress).convert(sources);

        Map<String, String> dumpNames = new LinkedHashMap<>();
        for (DatasetSource s : sources) dumpNames.put(uris.dataset(s.id()), s.id());
        dumpNames.put(Vocab.ONTOLOGY, "regiolod-ontology");

        Graph data = GraphFactory.createDefaultGraph();
        long[] triples = {0};
        ds.executeRead(() -> {
            // The ontology is checked on its own terms; the shapes describe the data graphs.
            for (String name : dumpNames.keySet()) {
                Graph g = ds.getNamedModel(name).getGraph();
                triples[0] += g.size();
                if (!name.equals(Vocab.ONTOLOGY)) g.find().forEachRemaining(data::add);
            }
        });
        progress.accept("validating " + data.size() + " triples; mapping the catalog beside");

        // The catalog describes every graph above; it is validated on its own, with the EU and DCAT-AP_IT
        // shapes. Mapping it only reads the dataset, so it runs beside the validation of the data graphs.
        long catalogStart = System.nanoTime();
        var validatedAndMapped = Workers.both(() -> validator.validate(data),
                () -> new CatalogMapper(uris, catalogConfig, catalogFile, progress).map(sources, ds, dumpNames));
        ValidationOutcome outcome = validatedAndMapped.first();
        Catalog catalog = validatedAndMapped.second();
        ds.executeWrite(() -> ds.addNamedModel(catalog.graphName(), catalog.model()));
        dumpNames.put(catalog.graphName(), catalog.dumpName());
        triples[0] += catalog.model().size();
        Graph catalogGraph = catalog.model().getGraph();
        List<CatalogValidator.Pass> passes = new CatalogValidator().validate(catalogGraph);
        progress.accept("data validated, catalog mapped and validated in " + (System.nanoTime() - catalogStart) / 1_000_000 + " ms");
        for (CatalogValidator.Pass p : passes) {
            progress.accept(String.format("catalog, %s: %d violations, %d warnings (%d ms)", p.name(),
                    p.outcome().violations().size(), p.outcome().warnings().size(), p.millis()));
        }
        ValidationOutcome all = CatalogValidator.merged(passes, outcome, new org.apache.jena.graph.compose.Union(data, catalogGraph));
        return new BuildResult(ds, all, fingerprint(), uris.base(), triples[0], dumpNames, catalog.vocabularyDumps());
    }

    /** The ontology and shapes shipped in the jar take part in the fingerprint; they never change while the JVM runs. */
    private static final class ResourceDigest {
        static final String VALUE = resourceDigest();
    }

    private static String resourceDigest() {
        StringBuilder sb = new StringBuilder();
        for (String r : List.of(Converter.ONTOLOGY_RESOURCE, ShapesValidator.STANDARD_SHAPES.get(0),
                CatalogValidator.DCAT_AP_IT_SHAPES, CatalogMapper.LICENCES_RESOURCE)) {
            try (var in = BuildPipeline.class.getResourceAsStream(r)) {
                sb.append(r).append(in == null ? 0 : java.util.Arrays.hashCode(in.readAllBytes())).append(';');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return sb.toString();
    }

    public static final class Builder {
        private Path dataDir = Path.of("data");
        private String baseUri = "http://localhost:8080/";
        private TableMappers mappers = TableMappers.standard();
        private ShapesValidator validator;
        private Consumer<String> progress = s -> {};

        public Builder data(Path dir) { this.dataDir = dir; return this; }
        public Builder baseUri(String uri) { this.baseUri = uri; return this; }
        public Builder mappers(TableMappers m) { this.mappers = m; return this; }
        public Builder validator(ShapesValidator v) { this.validator = v; return this; }
        public Builder progress(Consumer<String> p) { this.progress = p; return this; }
        public BuildPipeline build() { return new BuildPipeline(this); }
    }
}
