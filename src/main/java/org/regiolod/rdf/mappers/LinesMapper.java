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

/** The strategic lines of a programme, as SKOS concepts in the programme's scheme of lines. */
public final class LinesMapper implements TableMapper {

    @Override public String kind() { return "lines"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("code", "title", "source_location"), List.of("description", "note", "source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            registry.define(Registry.linesOf(dataset.id()), row.required("code"), row, "code");
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        for (Row row : table.rows()) {
            String planId = ctx.planId(row);
            Resource plan = ctx.resource(ctx.uris().plan(planId));
            Resource scheme = ctx.resource(ctx.uris().lineScheme(planId));
            String code = row.get("code");
            Resource line = ctx.resource(ctx.uris().line(planId, code))
                    .addProperty(RDF.type, Vocab.StrategicLine)
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.topConceptOf, scheme)
                    .addProperty(SKOS.notation, code)
                    .addProperty(DCTerms.identifier, code)
                    .addProperty(Vocab.isStrategicLineOf, plan);
            ctx.it(line, SKOS.prefLabel, row.required("title"));
            ctx.it(line, RDFS.label, row.get("title"));
            ctx.it(line, SKOS.definition, row.get("description"));
            // Where the code or the label is our reading of the source (e.g. an unnumbered list), a note says so.
            ctx.it(line, SKOS.editorialNote, row.get("note"));
            scheme.addProperty(SKOS.hasTopConcept, line);
            plan.addProperty(Vocab.hasStrategicLine, line);
            ctx.provenance(line, row);
        }
    }
}
