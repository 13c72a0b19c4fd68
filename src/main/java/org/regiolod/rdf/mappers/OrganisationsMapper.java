package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
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
import org.regiolod.source.ManifestReader;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.List;

/** Organisations: one resource each, wherever they are mentioned (COV + W3C ORG). */
public final class OrganisationsMapper implements TableMapper {
    private static final List<String> KINDS = List.of("public", "private", "association");

    @Override public String kind() { return "organisations"; }

    @Override public TableSchema schema() {
        return TableSchema.of(List.of("id", "name", "kind", "source_location"),
                List.of("acronym", "ipa_code", "region", "homepage", "source"));
    }

    @Override public void index(Table table, DatasetSource dataset, Registry registry) {
        for (Row row : table.rows()) {
            String id = row.required("id");
            if (!ManifestReader.SLUG.matcher(id).matches()) {
                throw row.error("id", "'" + id + "' is not a slug", "use lower-case letters, digits and dashes");
            }
            registry.define(Registry.ORGANISATION, id, row, "id");
        }
    }

    @Override public void map(Table table, MappingContext ctx) {
        for (Row row : table.rows()) {
            String kind = row.required("kind");
            if (!KINDS.contains(kind)) {
                throw row.error("kind", "'" + kind + "' is not a kind of organisation", "use one of " + KINDS);
            }
            Resource o = ctx.resource(ctx.uris().organisation(row.get("id")))
                    .addProperty(RDF.type, ORG.Organization)
                    .addProperty(RDF.type, FOAF.Organization)
                    .addProperty(RDF.type, DCTerms.Agent)
                    .addProperty(RDF.type, FOAF.Agent)
                    .addProperty(RDF.type, Vocab.COV.Organization);
            if (kind.equals("public")) o.addProperty(RDF.type, Vocab.COV.PublicOrganization);
            if (kind.equals("private")) o.addProperty(RDF.type, Vocab.COV.PrivateOrganization);
            String name = row.required("name");
            ctx.it(o, FOAF.name, name);
            ctx.it(o, Vocab.COV.legalName, name);
            ctx.it(o, SKOS.prefLabel, name);
            ctx.it(o, RDFS.label, name);
            if (row.has("acronym")) o.addProperty(SKOS.altLabel, row.get("acronym"));
            if (row.has("ipa_code")) {
                o.addProperty(DCTerms.identifier, row.get("ipa_code"));
                o.addProperty(Vocab.COV.IPAcode, row.get("ipa_code"));
            }
            if (row.has("region")) {
                String region = row.get("region");
                if (!region.matches("\\d{2}")) {
                    throw row.error("region", "'" + region + "' is not an ISTAT region code", "use two digits, e.g. 03 for Lombardia");
                }
                o.addProperty(Vocab.region, ctx.resource(Vocab.ISTAT_REGIONS + region));
            }
            if (row.has("homepage")) o.addProperty(FOAF.homepage, ctx.resource(row.get("homepage")));
            ctx.provenance(o, row);
        }
    }
}
