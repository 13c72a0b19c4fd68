package org.regiolod.source.generate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The Italian words the scale generator composes its synthetic plans from ({@code generate/lessico.yaml}). */
public record Lexicon(List<Region> regions, List<String> verbs, List<String> objects, List<String> qualifiers,
                      List<String> lines, List<String> targetGroups, List<String> macroAreas, List<String> guidelines,
                      List<ProjectKind> projectKinds, List<Acronym> acronyms, List<Body> governanceBodies,
                      List<String> governanceFunctions) {
    public static final String RESOURCE = "/generate/lessico.yaml";

    public record Region(String code, String name, String slug, String ipa, String acronym) {}
    public record ProjectKind(String code, String label, String definition) {}
    public record Acronym(String acronym, String expansion) {}
    public record Body(String name, String text) {}

    public static Lexicon standard() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            return yaml.readValue(in, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
