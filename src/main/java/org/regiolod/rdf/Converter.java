package org.regiolod.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.regiolod.parallel.Workers;
import org.regiolod.rdf.mappers.ManifestMapper;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Tables to RDF: checks every table's columns, indexes what all datasets define, then maps each
 * dataset into its own named graph (named by the dataset's URI). The ontology is published as a
 * graph of its own.
 */
public final class Converter {
    public static final String ONTOLOGY_RESOURCE = "/ontology/regiolod.ttl";

    private final UriScheme uris;
    private final TableMappers mappers;
    private final Consumer<String> progress;

    public Converter(UriScheme uris, TableMappers mappers, Consumer<String> progress) {
        this.uris = uris;
        this.mappers = mappers;
        this.progress = progress;
    }

    public Dataset convert(List<DatasetSource> sources) {
        Registry registry = new Registry();
        for (DatasetSource ds : sources) {
            for (Table t : ds.tables().values()) schemaOf(t).check(t);
            registry.defineDocument(ds.manifest().source(), ds.manifestFile());
            if (ds.manifest().plan() != null) registry.definePlan(ds.id(), ds.manifest().plan(), ds.manifestFile());
        }
        for (TableMapper mapper : mappers.inOrder()) {
            for (DatasetSource ds : sources) {
                Table t = ds.table(mapper.kind());
                if (t != null) mapper.index(t, ds, registry);
            }
        }
        // Once everything is indexed, a dataset's graph depends only on its own tables and the (now
        // read-only) registry: the datasets are mapped side by side, then added in their order.
        progress.accept("mapping " + sources.size() + " datasets");
        List<Callable<Model>> pieces = new ArrayList<>();
        for (DatasetSource ds : sources) pieces.add(() -> map(ds, registry));
        List<Model> graphs = Workers.all(pieces);
        // Graphs are linked in, not copied: TIM (createTxnMem) copied every triple into persistent maps,
        // ~38% of a build (docs/benchmarks.md). Reads and writes still run in transactions (MRSW lock).
        Dataset out = DatasetFactory.createGeneral();
        out.executeWrite(() -> {
            for (int i = 0; i < sources.size(); i++) out.addNamedModel(uris.dataset(sources.get(i).id()), graphs.get(i));
            out.addNamedModel(Vocab.ONTOLOGY, ontology());
        });
        return out;
    }

    private Model map(DatasetSource ds, Registry registry) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.STANDARD);
        MappingContext ctx = new MappingContext(model, uris, registry, ds);
        new ManifestMapper().map(ctx);
        for (TableMapper mapper : mappers.inOrder()) {
            Table t = ds.table(mapper.kind());
            if (t != null) mapper.map(t, ctx);
        }
        return model;
    }

    private TableSchema schemaOf(Table t) {
        return mappers.inOrder().stream().filter(m -> m.kind().equals(t.kind())).findFirst().orElseThrow().schema();
    }

    /**
     * The ontology as shipped in the jar (copied from ontology/ at build time): a fresh copy of the
     * file, parsed once per JVM (parsing it was 7% of a warm 1× build), so no build sees another's changes.
     */
    public static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(ParsedOntology.MODEL);
        m.add(ParsedOntology.MODEL);
        return m;
    }

    private static final class ParsedOntology {
        static final Model MODEL = JarTurtle.read(ONTOLOGY_RESOURCE);
    }
}
