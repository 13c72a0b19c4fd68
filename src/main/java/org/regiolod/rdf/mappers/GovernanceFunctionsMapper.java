package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.Row;

import java.util.List;

/** The functions of each governance body: concepts of a scheme, each the org:purpose of its body. */
public final class GovernanceFunctionsMapper extends ConceptSchemeMapper {

    public GovernanceFunctionsMapper() {
        super(new Spec("governance_functions", "code", "text", null, List.of("body"), List.of(),
                Vocab.GovernanceFunction, "funzioni", "Funzioni degli organi di governance del %s", UriScheme::governanceFunction));
    }

    @Override protected void link(Row row, Resource function, MappingContext ctx, String planId) {
        String body = row.required("body");
        ctx.registry().require(namespace(GovernanceBodiesMapper.KIND, ctx.dataset().id()), body, row, "body");
        ctx.resource(ctx.uris().governanceBody(planId, body)).addProperty(ORG.purpose, function);
    }
}
