package org.regiolod.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and checks {@code data/catalog.yaml}; every problem is an {@link InputError} naming the field. */
public final class CatalogConfigReader {
    public static final String FILE = "catalog.yaml";
    private static final List<String> PUBLISHER_TYPES = List.of("Academia-ScientificOrganisation", "Company",
            "IndustryConsortium", "LocalAuthority", "NationalAuthority", "NonGovernmentalOrganisation",
            "NonProfitOrganisation", "PrivateIndividual(s)", "RegionalAuthority", "StandardisationBody",
            "SupraNationalAuthority");

    // One per JVM: a configured mapper is thread-safe, and a new one per reader built its deserializers again every build.
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The catalog file of a data folder ({@code <data>/catalog.yaml}). */
    public static Path fileOf(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    public CatalogConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InputError.inFile(file, "the catalog description is missing",
                    "create " + FILE + " beside the dataset folders (see docs/tables.md, 'The catalog')");
        }
        CatalogConfig c = YamlFile.read(file, TextFile.readUtf8(file), YAML, CatalogConfig.class, "docs/tables.md, 'The catalog'");
        if (c == null) throw InputError.inFile(file, "the catalog description is empty", "see docs/tables.md, 'The catalog'");
        check(file, c);
        return c;
    }

    private static void check(Path file, CatalogConfig c) {
        require(file, "id", c.id());
        if (!ManifestReader.SLUG.matcher(c.id()).matches()) {
            throw InputError.inFile(file, "field 'id' is '" + c.id() + "'", "use lower-case letters, digits and dashes");
        }
        require(file, "title", c.title());
        require(file, "description", c.description());
        require(file, "publisher", c.publisher());
        require(file, "license", c.license());
        require(file, "license_type", c.licenseType());
        if (c.contactPoint() == null) {
            throw InputError.inFile(file, "missing field 'contact_point'", "give its id, name and email");
        }
        require(file, "contact_point.id", c.contactPoint().id());
        require(file, "contact_point.name", c.contactPoint().name());
        require(file, "contact_point.email", c.contactPoint().email());
        if (!c.contactPoint().email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw InputError.inFile(file, "contact_point.email '" + c.contactPoint().email() + "' is not an e-mail address",
                    "write it as name@domain");
        }
        for (var a : c.agents().entrySet()) {
            if (!PUBLISHER_TYPES.contains(a.getValue())) {
                throw InputError.inFile(file, "agents." + a.getKey() + " is '" + a.getValue() + "'",
                        "use an ADMS publisher type: " + PUBLISHER_TYPES);
            }
        }
    }

    private static void require(Path file, String field, String value) {
        if (value == null || value.isBlank()) {
            throw InputError.inFile(file, "missing field '" + field + "'", "add it to " + FILE);
        }
    }

}
