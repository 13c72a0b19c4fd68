package org.regiolod.rdf.mappers;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Registry;
import org.regiolod.rdf.TableMapper;
import org.regiolod.rdf.TableSchema;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Figures a source states (users of an app, savings in a year): each a statistic with value,
 * comparator, unit, what it measures, reference year (or the source's words for the period), who
 * stated it at which event, and the source's own words in the source's language.
 */
public final class StatisticsMapper implements TableMapper {
    private static final List<String> LANGUAGES = List.of("it", "en");

    @Override public String kind() { return "statistics"; }

    @Override public TableSchema schema() {
        List<String> required = new ArrayList<>(List.of("code"));
        required.addAll(Quantities.COLUMNS);
        required.addAll(List.of("source_text", "source_language", "source_location"));
        List<String> optional = new ArrayList<>(List.of("reference_year", "reference_period", "stated_by", "stated_at", "source"));
        optional.addAll(Interpretation.COLUMNS);
        return TableSchema.of(required, optional);
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) registry.define("statistic:" + dataset.id(), row.required("code"), row, "code");
    }

    @Override public void map(Table table, MappingContext ctx) {
        Registry reg = ctx.registry();
        for (Row row : table.rows()) {
            String code = row.get("code");
            Resource s = ctx.resource(ctx.uris().statistic(ctx.dataset().id(), code))
                    .addProperty(RDF.type, Vocab.Statistic)
                    .addProperty(DCTerms.identifier, code);
            Quantities.write(s, row, ctx);
            if (row.has("reference_year")) ctx.typed(s, Vocab.referenceYear, Cells.year(row, "reference_year"), XSDDatatype.XSDgYear);
            if (!row.has("reference_year") && !row.has("reference_period")) {
                throw row.error("reference_period", "the statistic has no reference period",
                        "give reference_year, or in reference_period the source's words for the time it refers to");
            }
            ctx.it(s, Vocab.referencePeriod, row.get("reference_period"));
            if (row.has("stated_by")) {
                reg.require(Registry.ORGANISATION, row.get("stated_by"), row, "stated_by");
                s.addProperty(Vocab.statedBy, ctx.resource(ctx.uris().organisation(row.get("stated_by"))));
            }
            if (row.has("stated_at")) {
                reg.require(Registry.EVENT, row.get("stated_at"), row, "stated_at");
                s.addProperty(Vocab.statedAt, ctx.resource(ctx.uris().event(row.get("stated_at"))));
            }
            String lang = row.required("source_language");
            if (!LANGUAGES.contains(lang)) throw row.error("source_language", "'" + lang + "' is not a language code we use", "use one of " + LANGUAGES);
            s.addProperty(Vocab.sourceText, row.required("source_text"), lang);
            Interpretation.write(s, row, ctx);
            ctx.provenance(s, row);
        }
    }
}
