package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Registry;
import org.regiolod.rdf.TableMapper;
import org.regiolod.rdf.TableSchema;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.List;

/**
 * The bodies of a programme's governance model, as organisations (W3C ORG) of the programme:
 * their name, the source's whole item as description, their functions (see
 * {@link GovernanceFunctionsMapper}).
 */
public final class GovernanceBodiesMapper implements TableMapper {
    public static final String KIND = "governance_bodies";

    @Override public String kind() { return KIND; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("code", "name", "text", "source_location"), List.of("source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            registry.define(ConceptSchemeMapper.namespace(KIND, dataset.id()), row.required("code"), row, "code");
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        for (Row row : table.rows()) {
            String planId = ctx.planId(row);
            String code = row.get("code");
            Resource body = ctx.resource(ctx.uris().governanceBody(planId, code))
                    .addProperty(RDF.type, Vocab.GovernanceBody)
                    .addProperty(RDF.type, ORG.Organization)
                    .addProperty(RDF.type, FOAF.Organization)
                    .addProperty(SKOS.notation, code)
                    .addProperty(DCTerms.identifier, code);
            String name = row.required("name");
            ctx.it(body, FOAF.name, name);
            ctx.it(body, SKOS.prefLabel, name);
            ctx.it(body, RDFS.label, name);
            ctx.it(body, DCTerms.description, row.required("text"));
            ctx.resource(ctx.uris().plan(planId)).addProperty(Vocab.hasGovernanceBody, body);
            ctx.provenance(body, row);
        }
    }
}
