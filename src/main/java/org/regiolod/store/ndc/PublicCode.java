package org.regiolod.store.ndc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The publiccode.yaml the NDC reads to know who maintains the assets (with the IPA code of the
 * administration responsible). The values are the project's, stated here once.
 */
record PublicCode(String baseUri, String version) {

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("publiccodeYmlVersion", "0.4");
        m.put("name", "RegioLOD");
        m.put("url", baseUri);
        m.put("softwareVersion", version);
        m.put("platforms", List.of("web"));
        m.put("categories", List.of("open-data", "data-collection"));
        m.put("developmentStatus", "beta");
        m.put("softwareType", "standalone/backend");
        m.put("description", Map.of("it", Map.of(
                "shortDescription", "Piani regionali per la trasformazione digitale come Linked Open Data",
                "longDescription", "RegioLOD pubblica i piani regionali per la trasformazione digitale (programmi, linee "
                        + "strategiche, interventi, destinatari, accordi) come Linked Open Data: un'ontologia allineata a "
                        + "DCAT-AP_IT e OntoPiA, vocabolari controllati SKOS, validazione SHACL, SPARQL e pagine per ogni URI.",
                "features", List.of("ontologia", "vocabolari controllati", "SPARQL", "Linked Open Data"))));
        m.put("legal", Map.of("license", "CC-BY-4.0"));
        m.put("maintenance", Map.of("type", "community", "contacts", List.of(Map.of("name", "Progetto RegioLOD", "email", "regiolod@example.org"))));
        m.put("localisation", Map.of("localisationReady", true, "availableLanguages", List.of("it", "en")));
        m.put("it", Map.of("countryExtensionVersion", "1.0", "riuso", Map.of("codiceIPA", "r_lombar")));
        return m;
    }
}
