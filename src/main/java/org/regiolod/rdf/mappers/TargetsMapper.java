package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.TableMapper;
import org.regiolod.rdf.TableSchema;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.ArrayList;
import java.util.List;

/** The numeric targets of result indicators: value, comparator ("almeno"), unit and what is counted. */
public final class TargetsMapper implements TableMapper {

    @Override public String kind() { return "targets"; }

    @Override public TableSchema schema() {
        List<String> required = new ArrayList<>(List.of("code", "indicator"));
        required.addAll(Quantities.COLUMNS);
        required.add("source_location");
        List<String> optional = new ArrayList<>(Interpretation.COLUMNS);
        optional.add("source");
        return TableSchema.of(required, optional);
    }

    @Override public void index(Table table, org.regiolod.source.DatasetSource dataset, org.regiolod.rdf.Registry registry) {
        for (Row row : table.rows()) registry.define("numeric-target:" + dataset.id(), row.required("code"), row, "code");
    }

    @Override public void map(Table table, MappingContext ctx) {
        for (Row row : table.rows()) {
            String planId = ctx.planId(row);
            String indicator = row.required("indicator");
            ctx.registry().require(ActivityStatementsMapper.namespace("indicators", ctx.dataset().id()), indicator, row, "indicator");
            String code = row.required("code");
            Resource t = ctx.resource(ctx.uris().target(planId, code))
                    .addProperty(RDF.type, Vocab.Target)
                    .addProperty(DCTerms.identifier, code);
            Quantities.write(t, row, ctx);
            ctx.resource(ctx.uris().indicator(planId, indicator)).addProperty(Vocab.hasTarget, t);
            Interpretation.write(t, row, ctx);
            ctx.provenance(t, row);
        }
    }
}
