package org.regiolod.source.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Our notes on places where the source's words look wrong (a typo, an extraction artefact). The
 * data keeps the source's words; the note is published beside them. Each note names the text it
 * is about, so a note that no longer matches the extracted cell fails the extraction instead of
 * going stale.
 */
public final class SourceNotes {

    public static final String RESOURCE = "/extract/pttd-source-notes.yaml";

    record Note(@JsonProperty(value = "table", required = true) String table,
                @JsonProperty(value = "key", required = true) String key,
                @JsonProperty(value = "contains", required = true) String contains,
                @JsonProperty(value = "note", required = true) String note) {
    }

    record Notes(@JsonProperty(value = "notes", required = true) List<Note> notes) {
    }

    private final List<Note> notes;
    private final Set<Note> used = new HashSet<>();

    private SourceNotes(List<Note> notes) {
        this.notes = notes;
    }

    public static SourceNotes load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = SourceNotes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            return new SourceNotes(yaml.readValue(in, Notes.class).notes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The note on row {@code key} of {@code table}, or "" — checking the noted text is really there. */
    public String noteFor(String table, String key, String cell) {
        for (Note note : notes) {
            if (note.table().equals(table) && note.key().equals(key)) {
                if (!cell.contains(note.contains())) {
                    throw new IllegalStateException(RESOURCE + ": the note on " + table + " " + key + " is about '"
                            + note.contains() + "', which the extracted text '" + cell + "' does not contain");
                }
                used.add(note);
                return Whitespace.collapse(note.note());
            }
        }
        return "";
    }

    /** Fails if a note matched no row: its table or key is wrong. */
    public void requireAllUsed() {
        for (Note note : notes) {
            if (!used.contains(note)) {
                throw new IllegalStateException(RESOURCE + ": the note on " + note.table() + " " + note.key()
                        + " matches no extracted row");
            }
        }
    }
}
