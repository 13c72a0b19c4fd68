package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Registry;
import org.regiolod.rdf.TableMapper;
import org.regiolod.rdf.TableSchema;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.List;

/**
 * The parties to an agreement and, for each, the role of whoever signs for it. The signatory is
 * published by role only (the person's name is not needed to read the agreement).
 */
public final class AgreementPartiesMapper implements TableMapper {

    @Override public String kind() { return "agreement_parties"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("agreement", "party", "source_location"), List.of("signatory_role", "source"));
    }

    @Override public void map(Table table, MappingContext ctx) {
        Registry reg = ctx.registry();
        for (Row row : table.rows()) {
            String agreementId = row.required("agreement");
            reg.require(Registry.AGREEMENT, agreementId, row, "agreement");
            String party = row.required("party");
            reg.require(Registry.ORGANISATION, party, row, "party");
            Resource agreement = ctx.resource(ctx.uris().agreement(agreementId));
            Resource org = ctx.resource(ctx.uris().organisation(party));
            agreement.addProperty(Vocab.hasParty, org);
            // A party without a named signatory role (an earlier agreement the source only mentions).
            if (!row.has("signatory_role")) continue;
            Resource signatory = ctx.resource(ctx.uris().signatory(agreementId, party))
                    .addProperty(RDF.type, Vocab.Signatory)
                    .addProperty(RDF.type, Vocab.PROV.Agent)
                    .addProperty(Vocab.signsFor, org);
            ctx.it(signatory, Vocab.signatoryRole, row.get("signatory_role"));
            ctx.it(signatory, RDFS.label, row.get("signatory_role"));
            agreement.addProperty(Vocab.hasSignatory, signatory);
            ctx.provenance(signatory, row);
        }
    }
}
