package org.regiolod.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and checks a {@code dataset.yaml}; every problem is an {@link InputError} with its line. */
public final class ManifestReader {
    /** Slugs become URI segments: lower-case letters, digits and dashes. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> PLAN_TYPES = List.of("plan", "programme");

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new JavaTimeModule())
            .build();

    public Manifest read(Path file) {
        String text = CsvTableReader.decodeUtf8(file);
        if (text.isBlank()) {
            throw InputError.inFile(file, "the manifest is empty", "start from the template written by 'regiolod init'");
        }
        checkNoPlaceholders(file, text);
        Manifest m;
        try {
            m = yaml.readValue(text, Manifest.class);
        } catch (UnrecognizedPropertyException e) {
            throw InputError.at(file, line(e), "unknown field '" + e.getPropertyName() + "'",
                    "the known fields here are " + e.getKnownPropertyIds());
        } catch (JsonMappingException e) {
            throw InputError.at(file, line(e), "invalid value: " + e.getOriginalMessage(),
                    "dates are written YYYY-MM-DD, years as 4 digits, lists as [a, b]");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw InputError.at(file, line, "not valid YAML: " + e.getOriginalMessage(),
                    "check the indentation (spaces, not tabs), the quotes and the brackets");
        } catch (IOException e) {
            throw InputError.inFile(file, "cannot be read: " + e.getMessage(), null);
        }
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

    private static int line(JsonMappingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
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
            if (t.getValue() == null || t.getValue().isBlank() || t.getValue().contains("..")) {
                throw InputError.inFile(file, "tables." + t.getKey() + " must name a file in the dataset's folder",
                        "for example: " + t.getKey() + ": " + t.getKey().replace('_', '-') + ".csv");
            }
        }
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
