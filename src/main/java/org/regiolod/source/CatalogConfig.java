package org.regiolod.source;

import java.util.List;
import java.util.Map;

/**
 * The catalog's own metadata ({@code data/catalog.yaml}): what the DCAT-AP_IT catalog says about
 * itself, the defaults for the catalog fields a dataset manifest leaves out, and the ADMS publisher
 * type of each agent it names. Field names are snake_case in YAML.
 *
 * @param agents for each organisation id (or agent IRI), its ADMS publisher type, e.g. RegionalAuthority
 */
public record CatalogConfig(
        String id,
        String title,
        String description,
        String publisher,
        String license,
        String licenseType,
        ContactPoint contactPoint,
        Defaults defaults,
        Map<String, String> agents) {

    public CatalogConfig {
        agents = agents == null ? Map.of() : Map.copyOf(agents);
        defaults = defaults == null ? new Defaults(null, null, null) : defaults;
    }

    /** The contact point (vCard) every dataset of the catalog names. */
    public record ContactPoint(String id, String name, String email) {}

    /** What a dataset gets when its manifest does not say. */
    public record Defaults(List<String> theme, String accrualPeriodicity, List<String> spatial) {
        public Defaults {
            theme = theme == null ? List.of() : List.copyOf(theme);
            spatial = spatial == null ? List.of() : List.copyOf(spatial);
        }
    }
}
