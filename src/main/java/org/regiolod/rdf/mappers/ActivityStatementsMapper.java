package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Property;
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
import java.util.function.BiFunction;

/**
 * A statement an activity makes in the source's words: an output it delivers or a result
 * indicator it is measured by. Two kinds share this shape ({@link #outputs()}, {@link #indicators()}).
 */
public final class ActivityStatementsMapper implements TableMapper {
    private final String kind;
    private final Resource rdfClass;
    private final Property link;
    private final Uri uri;

    @FunctionalInterface
    interface Uri { String of(UriScheme uris, String planId, String code); }

    private ActivityStatementsMapper(String kind, Resource rdfClass, Property link, Uri uri) {
        this.kind = kind;
        this.rdfClass = rdfClass;
        this.link = link;
        this.uri = uri;
    }

    public static ActivityStatementsMapper outputs() {
        return new ActivityStatementsMapper("outputs", Vocab.Output, Vocab.hasOutput, UriScheme::output);
    }

    public static ActivityStatementsMapper indicators() {
        return new ActivityStatementsMapper("indicators", Vocab.ResultIndicator, Vocab.hasResultIndicator, UriScheme::indicator);
    }

    static String namespace(String kind, String datasetId) { return kind + ":" + datasetId; }

    @Override public String kind() { return kind; }

    @Override public TableSchema schema() {
        List<String> optional = new ArrayList<>(Interpretation.COLUMNS);
        optional.add("source");
        return TableSchema.of(List.of("code", "activity", "text", "source_location"), optional);
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) registry.define(namespace(kind, dataset.id()), row.required("code"), row, "code");
    }

    @Override public void map(Table table, MappingContext ctx) {
        for (Row row : table.rows()) {
            String planId = ctx.planId(row);
            String activity = row.required("activity");
            ctx.registry().require(ActivitiesMapper.namespace(ctx.dataset().id()), activity, row, "activity");
            String code = row.get("code");
            Resource r = ctx.resource(uri.of(ctx.uris(), planId, code))
                    .addProperty(RDF.type, rdfClass)
                    .addProperty(RDF.type, Vocab.PROV.Entity)
                    .addProperty(DCTerms.identifier, code)
                    .addProperty(SKOS.notation, code);
            ctx.it(r, DCTerms.description, row.required("text"));
            ctx.it(r, RDFS.label, row.get("text"));
            ctx.resource(ctx.uris().activity(planId, activity)).addProperty(link, r);
            Interpretation.write(r, row, ctx);
            ctx.provenance(r, row);
        }
    }
}
