package org.regiolod.rdf.mappers;

import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;

import java.util.List;

/** A numbered list of guidelines (the PTTD's Decalogo): each guideline's words are its definition. */
public final class GuidelinesMapper extends ConceptSchemeMapper {

    public GuidelinesMapper() {
        super(new Spec("guidelines", "code", null, "text", List.of(), List.of(),
                Vocab.Guideline, "linee-guida", "Linee guida del %s", UriScheme::guideline));
    }
}
