package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.Row;

import java.util.List;

/**
 * An acronym table as a glossary: the expansion is the concept's name (prefLabel), the acronym its
 * notation and alternative label, so a search for either finds it; the note on a source error is
 * an editorial note.
 */
public final class GlossaryMapper extends ConceptSchemeMapper {

    public GlossaryMapper() {
        super(new Spec("glossary", "acronym", "expansion", null, List.of(), List.of(NOTE),
                Vocab.GlossaryEntry, "acronimi", "Acronimi del %s", UriScheme::acronym));
    }

    @Override protected void link(Row row, Resource entry, MappingContext ctx, String planId) {
        ctx.it(entry, SKOS.altLabel, row.required("acronym"));
    }
}
