package org.regiolod.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.web.pages.Views.SourceRef;
import org.regiolod.web.pages.Views.Value;

import java.util.List;
import java.util.Map;

/**
 * The schema.org JSON-LD a page carries for search engines. It goes inside a
 * {@code <script type="application/ld+json">} block unescaped by the template, so every
 * {@code <}, {@code >} and {@code &} is written as a JSON unicode escape: data can never close
 * the script element.
 */
final class SchemaOrg {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RLOD = LocalPaths.ONTOLOGY_NS;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry(RLOD + "Plan", "CreativeWork"),
            Map.entry(RLOD + "Programme", "CreativeWork"),
            Map.entry(RLOD + "Intervention", "Project"),
            Map.entry(RLOD + "LegalAct", "Legislation"),
            Map.entry(RLOD + "SourceDocument", "DigitalDocument"),
            Map.entry("http://www.w3.org/ns/dcat#Dataset", "Dataset"),
            Map.entry("http://www.w3.org/ns/dcat#Catalog", "DataCatalog"),
            Map.entry("http://www.w3.org/ns/dcat#Distribution", "DataDownload"),
            Map.entry("https://w3id.org/italia/onto/COV/PublicOrganization", "GovernmentOrganization"),
            Map.entry("http://www.w3.org/ns/org#Organization", "Organization"),
            Map.entry("http://www.w3.org/2004/02/skos/core#ConceptScheme", "DefinedTermSet"),
            Map.entry("http://www.w3.org/2004/02/skos/core#Concept", "DefinedTerm"));

    private SchemaOrg() {}

    static String jsonLd(String iri, String title, String description, List<Value> types, Resource r,
                         List<SourceRef> sources, LocalPaths paths) {
        ObjectNode o = JSON.createObjectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", schemaType(r));
        o.put("@id", iri);
        o.put("name", title);
        if (description != null) o.put("description", description);
        ResourceViews.firstText(r, SKOS.notation).ifPresent(n -> o.put("identifier", n));
        o.put("inLanguage", "it");
        if (!sources.isEmpty()) {
            var based = o.putArray("isBasedOn");
            for (SourceRef s : sources) based.add(s.label());
        }
        if (!types.isEmpty()) o.put("additionalType", types.get(0).text());
        try {
            return safeForScript(JSON.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String schemaType(Resource r) {
        for (String t : List.of(RLOD + "Intervention", RLOD + "LegalAct", RLOD + "Programme", RLOD + "Plan",
                RLOD + "SourceDocument", "https://w3id.org/italia/onto/COV/PublicOrganization",
                "http://www.w3.org/ns/org#Organization", "http://www.w3.org/ns/dcat#Catalog",
                "http://www.w3.org/ns/dcat#Dataset", "http://www.w3.org/ns/dcat#Distribution",
                "http://www.w3.org/2004/02/skos/core#ConceptScheme", "http://www.w3.org/2004/02/skos/core#Concept")) {
            if (r.hasProperty(RDF.type, r.getModel().createResource(t))) return TYPES.get(t);
        }
        return "Thing";
    }

    /** Escapes the characters that could end a script element or start markup. */
    static String safeForScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
