package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Registry;
import org.regiolod.rdf.TableMapper;
import org.regiolod.rdf.TableSchema;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.ManifestReader;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strategies, regulations, laws and documents a plan cites, each linked from the dataset's plan
 * by how the source relates them: the plan aligns with it, was approved together with it, or
 * cites it. Described only by what the source says (title, kind, issuer where named).
 */
public final class ReferencesMapper implements TableMapper {
    private static final Map<String, Property> RELATIONS = new LinkedHashMap<>();
    static {
        RELATIONS.put("aligns_with", Vocab.alignsWithReference);
        RELATIONS.put("approved_together", Vocab.approvedTogetherWith);
        RELATIONS.put("cites", DCTerms.references);
    }

    @Override public String kind() { return "references"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("id", "title", "kind", "relation", "source_location"),
                List.of("issuer", "approved_by", "note", "source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            String id = row.required("id");
            if (!ManifestReader.SLUG.matcher(id).matches()) {
                throw row.error("id", "'" + id + "' is not a slug", "use lower-case letters, digits and dashes, e.g. ai-act");
            }
            registry.define(Registry.REFERENCE, id, row, "id");
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        Registry reg = ctx.registry();
        for (Row row : table.rows()) {
            String relation = row.required("relation");
            Property link = RELATIONS.get(relation);
            if (link == null) throw row.error("relation", "'" + relation + "' is not a relation", "use one of " + RELATIONS.keySet());
            Resource plan = ctx.resource(ctx.uris().plan(ctx.planId(row)));
            Resource ref = ctx.resource(ctx.uris().reference(row.get("id")))
                    .addProperty(RDF.type, Vocab.ReferenceDocument)
                    .addProperty(RDF.type, FOAF.Document)
                    .addProperty(RDF.type, Vocab.PROV.Entity);
            ctx.it(ref, DCTerms.title, row.required("title"));
            ctx.it(ref, RDFS.label, row.get("title"));
            ref.addProperty(Vocab.referenceKind, row.required("kind"));
            if (row.has("issuer")) {
                reg.require(Registry.ORGANISATION, row.get("issuer"), row, "issuer");
                ref.addProperty(DCTerms.publisher, ctx.resource(ctx.uris().organisation(row.get("issuer"))));
            }
            if (row.has("approved_by")) {
                reg.require(Registry.ACT, row.get("approved_by"), row, "approved_by");
                ref.addProperty(Vocab.approvedBy, ctx.resource(ctx.uris().act(row.get("approved_by"))));
            }
            ctx.it(ref, SKOS.editorialNote, row.get("note"));
            plan.addProperty(link, ref);
            ctx.provenance(ref, row);
        }
    }
}
