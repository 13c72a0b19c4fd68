package org.regiolod.rdf.catalog;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.CatalogConfig;
import org.regiolod.source.InputError;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Describes an agent (publisher, rights holder) in the catalog as DCAT-AP_IT wants it: name, IPA
 * code as {@code dct:identifier}, ADMS publisher type. Name and code come from what the graphs
 * already say about the organisation (the organisations table, or the ontology for its own
 * publisher); the publisher type comes from the catalog file.
 */
final class AgentDescriber {
    private final Model sources;
    private final Model catalog;
    private final UriScheme uris;
    private final CatalogConfig config;
    private final Path configFile;
    private final Map<String, Resource> described = new HashMap<>();
    private final Map<String, Optional<String>> identifiers = new HashMap<>();

    AgentDescriber(Model sources, Model catalog, UriScheme uris, CatalogConfig config, Path configFile) {
        this.sources = sources;
        this.catalog = catalog;
        this.uris = uris;
        this.config = config;
        this.configFile = configFile;
    }

    /** The agent for an organisation id (or an absolute agent IRI), named in {@code file}'s {@code field}. */
    Resource agent(String idOrIri, Path file, String field) {
        Resource known = described.get(idOrIri);
        if (known != null) return known;
        String iri = idOrIri.contains(":") ? idOrIri : uris.organisation(idOrIri);
        Resource source = sources.getResource(iri);
        Literal name = preferredName(source);
        if (name == null) {
            throw InputError.inFile(file, field + " '" + idOrIri + "' names no organisation the data describes",
                    "use the id of a row of an organisations table (it gives the name and the IPA code)");
        }
        String type = config.agents().get(idOrIri);
        if (type == null) {
            throw InputError.inFile(configFile, "agents: no ADMS publisher type for '" + idOrIri + "' (" + field + " in " + file + ")",
                    "add under agents: '" + idOrIri + ": RegionalAuthority' (or another ADMS publisher type)");
        }
        Resource typeConcept = CatalogMapper.code(catalog, DcatApIt.ADMS.PUBLISHER_TYPE + type, SKOS.Concept);
        Resource agent = catalog.createResource(iri)
                .addProperty(RDF.type, DcatApIt.Agent)
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(FOAF.name, name)
                .addProperty(DCTerms.type, typeConcept);
        String code = identifier(source);
        // No code, no dct:identifier: the DCAT-AP_IT shapes then stop the build, naming the agent.
        if (code != null) agent.addProperty(DCTerms.identifier, code);
        described.put(idOrIri, agent);
        return agent;
    }

    /** The agent's IPA code (or, for a non-PA agent, its dct:identifier), or null. */
    String identifier(Resource agentInSources) {
        String ipa = firstString(agentInSources, Vocab.COV.IPAcode);
        return ipa != null ? ipa : firstString(agentInSources, DCTerms.identifier);
    }

    /**
     * Looked up once per agent: {@code sources} is the union of all graphs, which asks every graph
     * for each lookup, and every dataset and vocabulary of the catalog names its rights holder.
     */
    String identifierOf(String idOrIri) {
        return identifiers.computeIfAbsent(idOrIri,
                k -> Optional.ofNullable(identifier(sources.getResource(k.contains(":") ? k : uris.organisation(k))))).orElse(null);
    }

    private static Literal preferredName(Resource r) {
        Literal any = null;
        for (Statement s : r.listProperties(FOAF.name).toList()) {
            if (!s.getObject().isLiteral()) continue;
            Literal l = s.getLiteral();
            if (l.getLanguage().equals("it")) return l;
            if (any == null) any = l;
        }
        return any;
    }

    private static String firstString(Resource r, Property p) {
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral()) return o.asLiteral().getLexicalForm();
        }
        return null;
    }
}
