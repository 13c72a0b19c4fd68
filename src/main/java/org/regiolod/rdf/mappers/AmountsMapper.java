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
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums of money of an agreement: the total appropriation ({@code rlod:hasBudget}) and its shares
 * ({@code dct:isPartOf} the total), each with value, ISO 4217 currency, budget year and chapter.
 * The shares of a total must add up to it: a mismatch is an error at the total's row.
 */
public final class AmountsMapper implements TableMapper {

    @Override public String kind() { return "amounts"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("code", "agreement", "value", "currency", "description", "source_location"),
                List.of("part_of", "budget_year", "budget_chapter", "vat_included", "source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) registry.define("amount:" + dataset.id(), row.required("code"), row, "code");
    }

    @Override public void map(Table table, MappingContext ctx) {
        Registry reg = ctx.registry();
        Map<String, Row> byCode = new LinkedHashMap<>();
        Map<String, BigDecimal> sharesOf = new HashMap<>();
        for (Row row : table.rows()) {
            String code = row.get("code");
            String agreementId = row.required("agreement");
            reg.require(Registry.AGREEMENT, agreementId, row, "agreement");
            BigDecimal value = Cells.decimal(row, "value");
            String currency = row.required("currency");
            if (!currency.matches("[A-Z]{3}")) {
                throw row.error("currency", "'" + currency + "' is not an ISO 4217 code", "write the three capital letters, e.g. EUR");
            }
            Resource amount = ctx.resource(ctx.uris().amount(agreementId, code))
                    .addProperty(RDF.type, Vocab.MonetaryAmount)
                    .addProperty(RDF.type, Vocab.SCHEMA.MonetaryAmount)
                    .addProperty(DCTerms.identifier, code)
                    .addProperty(Vocab.SCHEMA.currency, currency);
            ctx.typed(amount, Vocab.SCHEMA.value, value.toPlainString(), XSDDatatype.XSDdecimal);
            if (row.has("budget_year")) ctx.typed(amount, Vocab.budgetYear, Cells.year(row, "budget_year"), XSDDatatype.XSDgYear);
            if (row.has("budget_chapter")) amount.addProperty(Vocab.budgetChapter, row.get("budget_chapter"));
            if (row.has("vat_included")) amount.addLiteral(Vocab.vatIncluded, Cells.flag(row, "vat_included"));
            ctx.it(amount, DCTerms.description, row.required("description"));
            ctx.it(amount, RDFS.label, row.get("description"));
            if (row.has("part_of")) {
                String parent = row.get("part_of");
                reg.require("amount:" + ctx.dataset().id(), parent, row, "part_of");
                Resource total = ctx.resource(ctx.uris().amount(agreementId, parent));
                amount.addProperty(DCTerms.isPartOf, total);
                total.addProperty(DCTerms.hasPart, amount);
                sharesOf.merge(parent, value, BigDecimal::add);
            } else {
                ctx.resource(ctx.uris().agreement(agreementId)).addProperty(Vocab.hasBudget, amount);
            }
            byCode.put(code, row);
            ctx.provenance(amount, row);
        }
        sharesOf.forEach((parent, sum) -> {
            Row total = byCode.get(parent);
            if (Cells.decimal(total, "value").compareTo(sum) != 0) {
                throw total.error("value", "the shares of " + parent + " add up to " + sum.toPlainString() + ", not " + total.get("value"),
                        "correct the total or its shares (rows whose part_of is " + parent + ")");
            }
        });
    }
}
