package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Registry;
import org.regiolod.rdf.TableMapper;
import org.regiolod.rdf.TableSchema;
import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table whose rows are the concepts of one SKOS concept scheme of a plan (the Decalogo, the
 * kinds of project, the macro-areas of a national plan, an acronym table, …). A {@link Spec}
 * names the columns and the URIs; this class writes the scheme (linked from the plan with
 * {@code rlod:hasConceptScheme}) and every concept with its notation, labels, definition,
 * editorial note, scheme membership and provenance.
 */
public abstract class ConceptSchemeMapper implements TableMapper {

    /** Builds a concept's URI from the plan and the row's code. */
    @FunctionalInterface
    public interface ConceptUri {
        String of(UriScheme uris, String planId, String code);
    }

    /**
     * How one kind maps. {@code labelColumn} null: the source gives the concepts no name, so the
     * label is built from the scheme's title and the code ("Decalogo …, punto 3").
     * {@code defaultTitle} is a format with the plan's code, used unless the manifest's
     * {@code scheme_titles} gives the source's own title.
     */
    public record Spec(String kind, String codeColumn, String labelColumn, String definitionColumn,
                       List<String> otherRequired, List<String> otherOptional,
                       Resource conceptClass, String schemeName, String defaultTitle, ConceptUri conceptUri) {}

    static final String NOTE = "note";

    protected final Spec spec;

    protected ConceptSchemeMapper(Spec spec) {
        this.spec = spec;
    }

    /** The registry namespace of the codes a table of {@code kind} defines in a dataset. */
    public static String namespace(String kind, String datasetId) {
        return kind + ":" + datasetId;
    }

    @Override public String kind() { return spec.kind(); }

    @Override public TableSchema schema() {
        List<String> required = new ArrayList<>(List.of(spec.codeColumn()));
        if (spec.labelColumn() != null) required.add(spec.labelColumn());
        if (spec.definitionColumn() != null) required.add(spec.definitionColumn());
        required.addAll(spec.otherRequired());
        required.add("source_location");
        List<String> optional = new ArrayList<>(spec.otherOptional());
        optional.add("source");
        return TableSchema.of(required, optional);
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            registry.define(namespace(kind(), dataset.id()), row.required(spec.codeColumn()), row, spec.codeColumn());
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        if (table.rows().isEmpty()) return;
        String planId = ctx.planId(table.rows().get(0));
        Resource scheme = ctx.resource(ctx.uris().scheme(spec.schemeName(), planId));
        String title = schemeTitle(ctx);
        if (writesScheme()) writeScheme(scheme, title, table, ctx, planId);
        for (Row row : table.rows()) {
            String code = row.required(spec.codeColumn());
            Resource concept = ctx.resource(spec.conceptUri().of(ctx.uris(), planId, code))
                    .addProperty(RDF.type, spec.conceptClass())
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.notation, code)
                    .addProperty(DCTerms.identifier, code);
            String label = spec.labelColumn() == null ? title + ", punto " + code : row.required(spec.labelColumn());
            ctx.it(concept, SKOS.prefLabel, label);
            ctx.it(concept, RDFS.label, label);
            if (spec.definitionColumn() != null) ctx.it(concept, SKOS.definition, row.required(spec.definitionColumn()));
            // Where our reading of the source found an error, the source's words stay and a note says so.
            ctx.it(concept, SKOS.editorialNote, row.get(NOTE));
            if (isTopConcept(row)) {
                concept.addProperty(SKOS.topConceptOf, scheme);
                scheme.addProperty(SKOS.hasTopConcept, concept);
            }
            link(row, concept, ctx, planId);
            ctx.provenance(concept, row);
        }
    }

    /** Subclasses add what is particular to their kind (a broader concept, an alternative label). */
    protected void link(Row row, Resource concept, MappingContext ctx, String planId) {}

    /** False for a table whose concepts sit in the scheme another table writes. */
    protected boolean writesScheme() { return true; }

    protected boolean isTopConcept() { return true; }

    /** Per row, for tables that mix top concepts and narrower ones. */
    protected boolean isTopConcept(Row row) { return isTopConcept(); }

    private String schemeTitle(MappingContext ctx) {
        String own = ctx.dataset().manifest().schemeTitles().get(kind());
        return own != null ? own : String.format(spec.defaultTitle(), ctx.dataset().manifest().plan().code());
    }

    private void writeScheme(Resource scheme, String title, Table table, MappingContext ctx, String planId) {
        scheme.addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.identifier, spec.schemeName() + "-" + planId);
        ctx.it(scheme, SKOS.prefLabel, title);
        ctx.it(scheme, DCTerms.title, title);
        ctx.it(scheme, RDFS.label, title);
        ctx.resource(ctx.uris().plan(planId)).addProperty(Vocab.hasConceptScheme, scheme);
        for (Row row : table.rows()) ctx.provenance(scheme, row);
    }
}
