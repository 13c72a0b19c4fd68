package org.regiolod.rdf.mappers;

import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;

import java.util.List;

/** The macro-areas of a (national) plan, the top concepts of the scheme its objectives join. */
public final class MacroAreasMapper extends ConceptSchemeMapper {
    public static final String KIND = "macro_areas";
    static final String SCHEME = "macroaree";

    public MacroAreasMapper() {
        super(new Spec(KIND, "code", "title", null, List.of(), List.of(),
                Vocab.MacroArea, SCHEME, "Macro-ambiti e obiettivi del %s", UriScheme::macroArea));
    }
}
