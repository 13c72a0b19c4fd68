package org.regiolod.rdf.mappers;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
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
import java.util.List;

/**
 * Agreements between bodies: the approving act and the acts it cites, its period of
 * validity (a start that may be a condition such as "from signature"; an end date where the source
 * gives one), the agreement it renews or implements, the plans it supports and the activity plan
 * that is part of it.
 */
public final class AgreementsMapper implements TableMapper {

    @Override public String kind() { return "agreements"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("id", "title", "source_location"),
                List.of("approved_by", "act_cites", "valid_from", "valid_from_condition", "valid_until", "renews",
                        "implements_agreement", "supports", "activity_plan", "source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            String id = row.required("id");
            if (!ManifestReader.SLUG.matcher(id).matches()) {
                throw row.error("id", "'" + id + "' is not a slug", "use lower-case letters, digits and dashes, e.g. accordo-anci-2022-2023");
            }
            registry.define(Registry.AGREEMENT, id, row, "id");
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        Registry reg = ctx.registry();
        for (Row row : table.rows()) {
            String id = row.get("id");
            Resource a = ctx.resource(ctx.uris().agreement(id))
                    .addProperty(RDF.type, Vocab.Agreement)
                    .addProperty(RDF.type, Vocab.PROV.Entity)
                    .addProperty(DCTerms.identifier, id);
            ctx.it(a, DCTerms.title, row.required("title"));
            ctx.it(a, RDFS.label, row.get("title"));
            if (row.has("approved_by")) {
                String act = row.get("approved_by");
                reg.require(Registry.ACT, act, row, "approved_by");
                a.addProperty(Vocab.approvedBy, ctx.resource(ctx.uris().act(act)));
                // The acts the approving act recalls ("RICHIAMATE", "VISTE"): cited by the act, not by the agreement.
                Resource approving = ctx.resource(ctx.uris().act(act));
                for (String cited : Cells.references(row, "act_cites", reg, Registry.ACT)) {
                    approving.addProperty(Vocab.citesAct, ctx.resource(ctx.uris().act(cited)));
                }
            } else if (row.has("act_cites")) {
                throw row.error("act_cites", "acts cited by an approving act, but approved_by is empty", "name the approving act in approved_by");
            }
            for (String earlier : Cells.references(row, "renews", reg, Registry.AGREEMENT)) {
                a.addProperty(Vocab.renews, ctx.resource(ctx.uris().agreement(earlier)));
            }
            for (String framework : Cells.references(row, "implements_agreement", reg, Registry.AGREEMENT)) {
                a.addProperty(Vocab.implementsAgreement, ctx.resource(ctx.uris().agreement(framework)));
            }
            a.addProperty(DCTerms.temporal, validity(row, ctx, id));
            ctx.it(a, Vocab.validFromCondition, row.get("valid_from_condition"));
            for (String plan : Cells.references(row, "supports", reg, Registry.PLAN)) {
                a.addProperty(Vocab.supports, ctx.resource(ctx.uris().plan(plan)));
            }
            if (row.has("activity_plan")) {
                reg.require(Registry.PLAN, row.get("activity_plan"), row, "activity_plan");
                Resource plan = ctx.resource(ctx.uris().plan(row.get("activity_plan")));
                a.addProperty(DCTerms.hasPart, plan);
                plan.addProperty(DCTerms.isPartOf, a);
            }
            ctx.provenance(a, row);
        }
    }

    private static Resource validity(Row row, MappingContext ctx, String id) {
        if (!row.has("valid_from") && !row.has("valid_from_condition")) {
            throw row.error("valid_from", "the agreement says neither from when it is valid nor on what condition",
                    "fill valid_from (YYYY-MM-DD) or valid_from_condition (the source's words)");
        }
        LocalDate until = row.has("valid_until") ? Cells.date(row, "valid_until") : null;
        Resource period = ctx.resource(ctx.uris().validity(id)).addProperty(RDF.type, DCTerms.PeriodOfTime);
        if (row.has("valid_from")) {
            LocalDate from = Cells.date(row, "valid_from");
            if (until != null && from.isAfter(until)) throw row.error("valid_from", from + " is after valid_until " + until, "swap or correct the dates");
            ctx.typed(period, DCAT.startDate, from.toString(), XSDDatatype.XSDdate);
        }
        // No end date where the source gives none (an agreement "until its natural expiry").
        if (until != null) ctx.typed(period, DCAT.endDate, until.toString(), XSDDatatype.XSDdate);
        return period;
    }
}
