package org.regiolod.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.Row;

/**
 * What a {@link TableMapper} needs to write one dataset's graph: the graph, the URI scheme, the
 * registry of everything defined, and the dataset's source document for provenance.
 */
public final class MappingContext {
    private final Model model;
    private final UriScheme uris;
    private final Registry registry;
    private final DatasetSource dataset;

    public MappingContext(Model model, UriScheme uris, Registry registry, DatasetSource dataset) {
        this.model = model;
        this.uris = uris;
        this.registry = registry;
        this.dataset = dataset;
    }

    public Model model() { return model; }
    public UriScheme uris() { return uris; }
    public Registry registry() { return registry; }
    public DatasetSource dataset() { return dataset; }

    public Resource resource(String uri) {
        return model.createResource(uri);
    }

    /** The id of the plan the dataset describes; tables such as interventions need one. */
    public String planId(Row anyRow) {
        if (dataset.manifest().plan() == null) {
            throw anyRow.error(null, "this table belongs to a plan, but " + dataset.manifestFile() + " has no 'plan:' section",
                    "add a plan section to dataset.yaml");
        }
        return dataset.id();
    }

    /**
     * Records where a resource comes from: the document (the row's {@code source} column if it has
     * one, else the dataset's source) and the place in it.
     */
    public void provenance(Resource r, Row row) {
        String doc = row.has("source") ? row.get("source") : dataset.manifest().source().id();
        if (row.has("source")) registry.require(Registry.DOCUMENT, doc, row, "source");
        r.addProperty(Vocab.PROV.wasDerivedFrom, model.createResource(uris.document(doc)));
        // Required in every table that has provenance (docs/tables.md): stop at the row, not later in SHACL.
        r.addProperty(Vocab.sourceLocation, row.required("source_location"));
    }

    public void provenance(Resource r, String sourceLocation) {
        r.addProperty(Vocab.PROV.wasDerivedFrom, model.createResource(uris.document(dataset.manifest().source().id())));
        if (sourceLocation != null && !sourceLocation.isBlank()) r.addProperty(Vocab.sourceLocation, sourceLocation);
    }

    public void it(Resource r, org.apache.jena.rdf.model.Property p, String text) {
        if (text != null && !text.isBlank()) r.addProperty(p, text.strip(), "it");
    }

    public void typed(Resource r, org.apache.jena.rdf.model.Property p, String lexical, XSDDatatype type) {
        r.addLiteral(p, model.createTypedLiteral(lexical, type));
    }
}
