package org.regiolod.rdf.mappers;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.Row;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A number as the source states it (targets, statistics): value, comparator, unit and what it
 * measures, written with schema.org's QuantitativeValue terms. "almeno 30" also gets
 * schema:minValue 30, so a reader without our comparators still gets the bound.
 */
final class Quantities {
    static final List<String> COLUMNS = List.of("value", "comparator", "unit", "measures");
    /** The comparators as the tables write them: the source's Italian words. */
    static final Map<String, Resource> COMPARATORS = new LinkedHashMap<>();
    static {
        COMPARATORS.put("almeno", Vocab.AtLeast);
        COMPARATORS.put("più di", Vocab.MoreThan);
        COMPARATORS.put("circa", Vocab.About);
        COMPARATORS.put("pari a", Vocab.Exactly);
    }

    private Quantities() {}

    static void write(Resource q, Row row, MappingContext ctx) {
        BigDecimal value = Cells.decimal(row, "value");
        String comparator = row.required("comparator");
        Resource c = COMPARATORS.get(comparator);
        if (c == null) {
            throw row.error("comparator", "'" + comparator + "' is not a comparator",
                    "use one of " + COMPARATORS.keySet() + " (pari a when the source gives the number plainly)");
        }
        q.addProperty(RDF.type, Vocab.Quantity).addProperty(RDF.type, Vocab.SCHEMA.QuantitativeValue);
        ctx.typed(q, Vocab.SCHEMA.value, value.toPlainString(), XSDDatatype.XSDdecimal);
        if (c.equals(Vocab.AtLeast)) ctx.typed(q, Vocab.SCHEMA.minValue, value.toPlainString(), XSDDatatype.XSDdecimal);
        q.addProperty(Vocab.comparator, c);
        q.addProperty(Vocab.SCHEMA.unitText, row.required("unit"), "it");
        ctx.it(q, Vocab.measures, row.required("measures"));
        ctx.it(q, RDFS.label, comparator + " " + value.toPlainString() + " " + row.get("unit"));
    }
}
