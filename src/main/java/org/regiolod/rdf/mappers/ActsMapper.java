package org.regiolod.rdf.mappers;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Registry;
import org.regiolod.rdf.TableMapper;
import org.regiolod.rdf.TableSchema;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.ManifestReader;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Legal acts (resolutions, decrees, laws) with their type, number, date and issuer. */
public final class ActsMapper implements TableMapper {

    @Override public String kind() { return "acts"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("id", "type", "number", "date", "title", "source_location"),
                List.of("issuer", "source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            String id = row.required("id");
            if (!ManifestReader.SLUG.matcher(id).matches()) {
                throw row.error("id", "'" + id + "' is not a slug", "use lower-case letters, digits and dashes, e.g. dgr-xi-1042-2018");
            }
            registry.define(Registry.ACT, id, row, "id");
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        for (Row row : table.rows()) {
            Resource act = ctx.resource(ctx.uris().act(row.get("id")))
                    .addProperty(RDF.type, Vocab.LegalAct)
                    .addProperty(RDF.type, Vocab.PROV.Entity);
            String type = row.required("type");
            String number = row.get("number");
            act.addProperty(Vocab.actType, type);
            if (!number.isEmpty()) act.addProperty(Vocab.actNumber, number);
            act.addProperty(DCTerms.identifier, number.isEmpty() ? type : type + " " + number);
            if (row.has("date")) {
                ctx.typed(act, DCTerms.date, date(row, "date").toString(), XSDDatatype.XSDdate);
            }
            ctx.it(act, DCTerms.title, row.required("title"));
            ctx.it(act, RDFS.label, row.get("title"));
            if (row.has("issuer")) {
                ctx.registry().require(Registry.ORGANISATION, row.get("issuer"), row, "issuer");
                act.addProperty(Vocab.issuedBy, ctx.resource(ctx.uris().organisation(row.get("issuer"))));
            }
            ctx.provenance(act, row);
        }
    }

    static LocalDate date(Row row, String column) {
        try {
            return LocalDate.parse(row.get(column));
        } catch (DateTimeParseException e) {
            throw row.error(column, "'" + row.get(column) + "' is not a date", "write dates as YYYY-MM-DD, e.g. 2018-12-17");
        }
    }
}
