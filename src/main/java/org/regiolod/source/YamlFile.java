package org.regiolod.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a YAML file (manifest, catalog) into a record; every problem becomes an {@link InputError}
 * with its line and words a plan office understands. Before binding, the file is walked once to
 * refuse what the binding would otherwise get silently wrong: a field given twice (the last one
 * would win), and aliases ({@code *name}: the binding reads the alias's name as the value,
 * and a "billion laughs" file never gets to expand).
 */
final class YamlFile {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private YamlFile() {}

    static <T> T read(Path file, String text, ObjectMapper yaml, Class<T> type, String docs) {
        walk(file, text, yaml);
        try {
            return yaml.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw InputError.at(file, line(e), "unknown field '" + e.getPropertyName() + "'",
                    "the known fields here are " + e.getKnownPropertyIds());
        } catch (InvalidFormatException e) {
            throw InputError.at(file, line(e), "field '" + field(e) + "': '" + e.getValue() + "' is not " + describe(e.getTargetType()),
                    "write " + describe(e.getTargetType()) + "; see " + docs);
        } catch (MismatchedInputException e) {
            throw InputError.at(file, line(e), "field '" + field(e) + "' must be " + describe(e.getTargetType()),
                    "see " + docs);
        } catch (JsonMappingException e) {
            throw InputError.at(file, line(e), "invalid value: " + e.getOriginalMessage(), "see " + docs);
        } catch (JsonProcessingException e) {
            throw notYaml(file, e);
        }
    }

    private static void walk(Path file, String text, ObjectMapper yaml) {
        try (JsonParser p = yaml.getFactory().createParser(text)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = p.nextToken();
            if (first != null && first != JsonToken.START_OBJECT) {
                throw InputError.at(file, p.currentLocation().getLineNr(),
                        "the file is " + (first == JsonToken.START_ARRAY ? "a list" : "a single value") + ", not a mapping of fields",
                        "write one 'field: value' per line, as in docs/tables.md");
            }
            for (JsonToken t = first; t != null; t = p.nextToken()) {
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    throw InputError.at(file, p.currentLocation().getLineNr(),
                            "uses the YAML alias '*" + p.getText() + "': aliases are not read",
                            "write the value out in full where it is needed (and drop the '&' anchors)");
                }
            }
        } catch (StreamReadException e) {
            Matcher m = DUPLICATE.matcher(e.getOriginalMessage());
            if (m.find()) {
                throw InputError.at(file, line(e), "the field '" + m.group(1) + "' is given twice",
                        "keep one of them (otherwise the last one would silently win)");
            }
            throw notYaml(file, e);
        } catch (IOException e) {
            throw InputError.inFile(file, "cannot be read: " + e.getMessage(), null);
        }
    }

    private static InputError notYaml(Path file, JsonProcessingException e) {
        String why = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        return InputError.at(file, line(e), "not valid YAML: " + why,
                "check the indentation (spaces, not tabs), the quotes and the brackets");
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "(the whole file)" : path;
    }

    private static String describe(Class<?> type) {
        if (type == null) return "a value of another kind";
        if (type == LocalDate.class) return "a date (YYYY-MM-DD)";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class) return "text";
        if (Collection.class.isAssignableFrom(type)) return "a list, e.g. [a, b]";
        if (Map.class.isAssignableFrom(type) || type.isRecord()) return "a mapping of fields (one 'field: value' per line)";
        return "a " + type.getSimpleName();
    }
}
