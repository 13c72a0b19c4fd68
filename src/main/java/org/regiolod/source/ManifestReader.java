package org.regiolod.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and checks a {@code dataset.yaml}; every problem is an {@link InputError} with its line. */
public final class ManifestReader {
    /** Slugs become URI segments: lower-case letters, digits and dashes. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> PLAN_TYPES = List.of("plan", "programme");

    // One per JVM: a configured mapper is thread-safe, and a new one per reader built its deserializers again every build.
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new JavaTimeModule())
            .build();

    public Manifest read(Path file) {
        String text = TextFile.readUtf8(file);
        if (text.isBlank()) {
            throw InputError.inFile(file, "the manifest is empty", "start from the template written by 'regiolod init'");
        }
        checkNoPlaceholders(file, text);
        Manifest m = YamlFile.read(file, text, YAML, Manifest.class, "docs/tables.md");
        if (m == null) throw InputError.inFile(file, "the manifest is empty", "start from the template written by 'regiolod init'");
        check(file, m);
        return m;
    }

    /** A manifest written by 'init' still holding a TODO is not filled in yet. */
    private static void checkNoPlaceholders(Path file, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].replaceFirst("\\s+#.*$", "").replaceFirst("^\\s*#.*$", "");
            if (content.contains("TODO")) {
                throw InputError.at(file, i + 1, "still holds the template's placeholder: " + content.strip(),
                        "replace the TODO with the real value (see docs/tables.md)");
            }
        }
    }

    private static void check(Path file, Manifest m) {
        requireSlug(file, "id", m.id());
        requireText(file, "title", m.title());
        requireText(file, "description", m.description());
        requireSlug(file, "publisher", m.publisher());
        if (m.source() == null) {
            throw InputError.inFile(file, "missing field 'source'",
                    "every dataset names the document its facts come from (source: id, seed, title, publisher)");
        }
        requireSlug(file, "source.id", m.source().id());
        requireText(file, "source.title", m.source().title());
        requireSlug(file, "source.publisher", m.source().publisher());
        Manifest.Plan p = m.plan();
        if (p != null) {
            if (!PLAN_TYPES.contains(p.type())) {
                throw InputError.inFile(file, "plan.type is '" + p.type() + "'", "use one of " + PLAN_TYPES);
            }
            requireText(file, "plan.title", p.title());
            requireText(file, "plan.code", p.code());
            if (p.startYear() != null && p.endYear() != null && p.endYear() < p.startYear()) {
                throw InputError.inFile(file, "plan.end_year " + p.endYear() + " is before plan.start_year " + p.startYear(),
                        "swap them or correct the year");
            }
        }
        // Catalog fields (DCAT-AP_IT): codes of the EU authority tables, checked against the tables by SHACL.
        if (m.rightsHolder() != null) requireSlug(file, "rights_holder", m.rightsHolder());
        for (String theme : m.theme()) requireCode(file, "theme", theme, "an EU data-theme code such as GOVE");
        if (m.accrualPeriodicity() != null) {
            requireCode(file, "accrual_periodicity", m.accrualPeriodicity(), "an EU frequency code such as IRREG or ANNUAL");
        }
        checkSchemeTitles(file, m);
        for (var t : m.tables().entrySet()) {
            if (!isFileInFolder(t.getValue())) {
                throw InputError.inFile(file, "tables." + t.getKey() + " must name a file in the dataset's folder",
                        "for example: " + t.getKey() + ": " + t.getKey().replace('_', '-') + ".csv");
            }
        }
    }

    /** A plain relative name: no parent folder, no absolute path (a manifest must not read files outside its folder). */
    static boolean isFileInFolder(String ref) {
        if (ref == null || ref.isBlank()) return false;
        String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        if (file.isBlank() || file.startsWith("/") || file.startsWith("\\") || file.contains("\\") || file.matches("^[A-Za-z]:.*")) return false;
        for (String segment : file.split("/")) if (segment.equals("..")) return false;
        return !Path.of(file).isAbsolute();
    }

    // A scheme title names a table of this dataset that forms a concept scheme.
    private static void checkSchemeTitles(Path file, Manifest m) {
        for (var t : m.schemeTitles().entrySet()) {
            if (!m.tables().containsKey(t.getKey())) {
                throw InputError.inFile(file, "scheme_titles." + t.getKey() + " names no table of this dataset",
                        "use the kind of one of its tables: " + m.tables().keySet());
            }
            requireText(file, "scheme_titles." + t.getKey(), t.getValue());
        }
    }

    private static void requireText(Path file, String field, String value) {
        if (value == null || value.isBlank()) {
            throw InputError.inFile(file, "missing field '" + field + "'", "add it to dataset.yaml");
        }
    }

    private static void requireCode(Path file, String field, String value, String example) {
        if (value == null || !value.matches("[A-Z][A-Z0-9_]*")) {
            throw InputError.inFile(file, "field '" + field + "' is '" + value + "'",
                    "write " + example + " (upper-case letters, digits and underscores)");
        }
    }

    private static void requireSlug(Path file, String field, String value) {
        requireText(file, field, value);
        if (!SLUG.matcher(value).matches()) {
            throw InputError.inFile(file, "field '" + field + "' is '" + value + "'",
                    "use lower-case letters, digits and dashes (it becomes part of a URI)");
        }
    }
}
