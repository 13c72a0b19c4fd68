package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.DCTerms;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Registry;
import org.regiolod.rdf.TableMapper;
import org.regiolod.rdf.TableSchema;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.List;

/**
 * The potential target groups of a plan (the matrix's target columns). Where the source lacks a
 * group's label, the label is published as an interpretation with a note on how it was derived;
 * the column position is kept as the notation.
 */
public final class TargetGroupsMapper implements TableMapper {

    @Override public String kind() { return "target_groups"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("notation", "label", "label_is_interpretation", "source_location"),
                List.of("label_derivation", "source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            registry.define(Registry.targetGroupsOf(dataset.id()), row.required("notation"), row, "notation");
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        for (Row row : table.rows()) {
            String planId = ctx.planId(row);
            Resource plan = ctx.resource(ctx.uris().plan(planId));
            Resource scheme = ctx.resource(ctx.uris().targetGroupScheme(planId));
            String notation = row.get("notation");
            boolean interpreted = bool(row, "label_is_interpretation");
            if (interpreted && !row.has("label_derivation")) {
                throw row.error("label_derivation", "is empty but the label is an interpretation",
                        "say how the label was derived (it is published with the data)");
            }
            Resource g = ctx.resource(ctx.uris().targetGroup(planId, notation))
                    .addProperty(RDF.type, Vocab.TargetGroup)
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.topConceptOf, scheme)
                    .addProperty(SKOS.notation, notation)
                    .addProperty(DCTerms.identifier, notation)
                    .addLiteral(Vocab.labelIsInterpretation, interpreted);
            ctx.it(g, SKOS.prefLabel, row.required("label"));
            ctx.it(g, RDFS.label, row.get("label"));
            ctx.it(g, Vocab.labelDerivation, row.get("label_derivation"));
            scheme.addProperty(SKOS.hasTopConcept, g);
            plan.addProperty(Vocab.targetGroupScheme, scheme);
            ctx.provenance(g, row);
        }
    }

    static boolean bool(Row row, String column) {
        return switch (row.required(column)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw row.error(column, "'" + row.get(column) + "' is not true or false", "write true or false");
        };
    }
}
