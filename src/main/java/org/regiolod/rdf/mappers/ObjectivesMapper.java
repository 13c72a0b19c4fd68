package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.Row;

import java.util.List;

/** The numbered objectives of each macro-area: concepts in the macro-areas' scheme, broader = their area. */
public final class ObjectivesMapper extends ConceptSchemeMapper {

    public ObjectivesMapper() {
        super(new Spec("objectives", "code", "title", null, List.of("macro_area", "number"), List.of(),
                Vocab.Objective, MacroAreasMapper.SCHEME, "Macro-ambiti e obiettivi del %s", UriScheme::objective));
    }

    @Override protected boolean writesScheme() { return false; }

    @Override protected boolean isTopConcept() { return false; }

    @Override protected void link(Row row, Resource objective, MappingContext ctx, String planId) {
        String area = row.required("macro_area");
        ctx.registry().require(namespace(MacroAreasMapper.KIND, ctx.dataset().id()), area, row, "macro_area");
        String number = row.required("number");
        if (!row.get("code").equals(area + "." + number)) {
            throw row.error("code", "'" + row.get("code") + "' is not {macro_area}.{number} = '" + area + "." + number + "'",
                    "write the code as the area's code, a dot and the objective's number");
        }
        Resource macroArea = ctx.resource(ctx.uris().macroArea(planId, area));
        objective.addProperty(SKOS.broader, macroArea);
        macroArea.addProperty(SKOS.narrower, objective);
    }
}
