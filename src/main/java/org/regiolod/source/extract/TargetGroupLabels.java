package org.regiolod.source.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Our labels for the matrix's target columns, kept in a resource file because they are an
 * interpretation (with its evidence), not something the code derives from the seed.
 */
public final class TargetGroupLabels {

    public static final String RESOURCE = "/extract/pttd-target-labels.yaml";

    record Column(@JsonProperty(value = "notation", required = true) int notation,
                  @JsonProperty(value = "label", required = true) String label,
                  @JsonProperty(value = "derivation", required = true) String derivation) {
    }

    record Labels(@JsonProperty(value = "source_location", required = true) String sourceLocation,
                  @JsonProperty(value = "columns", required = true) List<Column> columns) {
    }

    private TargetGroupLabels() {
    }

    /**
     * The target groups for {@code columnCount} columns, one per position 1..columnCount. Every
     * label is marked as an interpretation: the source's header row for these columns is lost.
     */
    public static List<TargetGroup> load(int columnCount) {
        Labels labels = read();
        if (labels.columns().size() != columnCount) {
            throw new IllegalStateException(RESOURCE + ": " + labels.columns().size()
                    + " columns labelled, the matrix has " + columnCount);
        }
        List<TargetGroup> groups = new ArrayList<>();
        for (int i = 0; i < columnCount; i++) {
            Column column = labels.columns().get(i);
            if (column.notation() != i + 1) {
                throw new IllegalStateException(RESOURCE + ": entry " + (i + 1) + " has notation "
                        + column.notation() + ", expected " + (i + 1) + " (columns in matrix order)");
            }
            if (column.label().isBlank() || column.derivation().isBlank()) {
                throw new IllegalStateException(RESOURCE + ": column " + (i + 1)
                        + " needs both a label and a derivation");
            }
            groups.add(new TargetGroup(column.notation(), Whitespace.collapse(column.label()), true,
                    Whitespace.collapse(column.derivation()), labels.sourceLocation()));
        }
        return groups;
    }

    private static Labels read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = TargetGroupLabels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            return yaml.readValue(in, Labels.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
