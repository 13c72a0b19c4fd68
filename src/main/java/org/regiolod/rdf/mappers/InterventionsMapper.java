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

/** The interventions a plan foresees, with their code and full title. */
public final class InterventionsMapper implements TableMapper {

    @Override public String kind() { return "interventions"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("code", "title", "source_location"), List.of("description", "source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            registry.define(Registry.interventionsOf(dataset.id()), row.required("code"), row, "code");
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        for (Row row : table.rows()) {
            String planId = ctx.planId(row);
            Resource plan = ctx.resource(ctx.uris().plan(planId));
            String code = row.get("code");
            Resource i = ctx.resource(ctx.uris().intervention(planId, code))
                    .addProperty(RDF.type, Vocab.Intervention)
                    .addProperty(DCTerms.identifier, code)
                    .addProperty(SKOS.notation, code)
                    .addProperty(Vocab.isInterventionOf, plan);
            ctx.it(i, DCTerms.title, row.required("title"));
            ctx.it(i, RDFS.label, row.get("title"));
            ctx.it(i, DCTerms.description, row.get("description"));
            plan.addProperty(Vocab.hasIntervention, i);
            ctx.provenance(i, row);
        }
    }
}
