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

import java.util.ArrayList;
import java.util.List;

/**
 * Public events and meetings: title, date (and time), the place as a schema:Place with its
 * locality, venue and address, the organisers and the plan the event is about.
 */
public final class EventsMapper implements TableMapper {

    @Override public String kind() { return "events"; }

    @Override public TableSchema schema() {
        List<String> optional = new ArrayList<>(List.of("date", "time", "venue", "address", "organisers", "about_plan", "source"));
        optional.addAll(Interpretation.COLUMNS);
        return TableSchema.of(List.of("id", "title", "city", "source_location"), optional);
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            String id = row.required("id");
            if (!ManifestReader.SLUG.matcher(id).matches()) {
                throw row.error("id", "'" + id + "' is not a slug", "use lower-case letters, digits and dashes, e.g. incontro-siena-2023");
            }
            registry.define(Registry.EVENT, id, row, "id");
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        Registry reg = ctx.registry();
        for (Row row : table.rows()) {
            String id = row.get("id");
            Resource e = ctx.resource(ctx.uris().event(id))
                    .addProperty(RDF.type, Vocab.Event)
                    .addProperty(RDF.type, Vocab.SCHEMA.Event)
                    .addProperty(DCTerms.identifier, id);
            ctx.it(e, DCTerms.title, row.required("title"));
            ctx.it(e, RDFS.label, row.get("title"));
            if (row.has("time") && !row.has("date")) throw row.error("time", "a time without a date", "add the date or empty the time");
            if (row.has("date")) {
                String date = Cells.date(row, "date").toString();
                if (row.has("time")) ctx.typed(e, Vocab.SCHEMA.startDate, date + "T" + Cells.time(row, "time") + ":00", XSDDatatype.XSDdateTime);
                else ctx.typed(e, Vocab.SCHEMA.startDate, date, XSDDatatype.XSDdate);
            }
            Resource place = ctx.resource(ctx.uris().place(id)).addProperty(RDF.type, Vocab.SCHEMA.Place);
            Resource address = ctx.resource(ctx.uris().place(id) + "/indirizzo").addProperty(RDF.type, Vocab.SCHEMA.PostalAddress);
            address.addProperty(Vocab.SCHEMA.addressLocality, row.required("city"));
            if (row.has("address")) address.addProperty(Vocab.SCHEMA.streetAddress, row.get("address"));
            place.addProperty(Vocab.SCHEMA.address, address);
            String venue = row.has("venue") ? row.get("venue") : row.get("city");
            ctx.it(place, Vocab.SCHEMA.name, venue);
            ctx.it(place, RDFS.label, venue);
            e.addProperty(Vocab.SCHEMA.location, place);
            for (String org : Cells.references(row, "organisers", reg, Registry.ORGANISATION)) {
                e.addProperty(Vocab.SCHEMA.organizer, ctx.resource(ctx.uris().organisation(org)));
            }
            if (row.has("about_plan")) {
                reg.require(Registry.PLAN, row.get("about_plan"), row, "about_plan");
                e.addProperty(Vocab.isAboutPlan, ctx.resource(ctx.uris().plan(row.get("about_plan"))));
            }
            Interpretation.write(e, row, ctx);
            ctx.provenance(e, row);
        }
    }
}
