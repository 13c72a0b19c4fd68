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
import org.regiolod.rdf.Vocab;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.List;

/** The activities of an activity plan (e.g. ANCI Lombardia's plan 2022-23), with the group the source puts them in. */
public final class ActivitiesMapper implements TableMapper {

    static String namespace(String datasetId) { return "activity:" + datasetId; }

    @Override public String kind() { return "activities"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("code", "title", "source_location"), List.of("group", "description", "source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) registry.define(namespace(dataset.id()), row.required("code"), row, "code");
    }

    @Override public void map(Table table, MappingContext ctx) {
        for (Row row : table.rows()) {
            String planId = ctx.planId(row);
            String code = row.get("code");
            Resource plan = ctx.resource(ctx.uris().plan(planId));
            Resource a = ctx.resource(ctx.uris().activity(planId, code))
                    .addProperty(RDF.type, Vocab.Activity)
                    .addProperty(RDF.type, Vocab.PROV.Entity)
                    .addProperty(DCTerms.identifier, code)
                    .addProperty(SKOS.notation, code)
                    .addProperty(DCTerms.isPartOf, plan);
            ctx.it(a, DCTerms.title, row.required("title"));
            ctx.it(a, RDFS.label, row.get("title"));
            ctx.it(a, DCTerms.description, row.get("description"));
            ctx.it(a, DCTerms.type, row.get("group"));
            plan.addProperty(Vocab.hasActivity, a);
            ctx.provenance(a, row);
        }
    }
}
