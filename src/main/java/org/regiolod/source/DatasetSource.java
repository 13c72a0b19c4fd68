package org.regiolod.source;

import java.nio.file.Path;
import java.util.Map;

/** One dataset folder, read: its manifest and its tables by kind. */
public record DatasetSource(Path folder, Path manifestFile, Manifest manifest, Map<String, Table> tables) {

    public String id() {
        return manifest.id();
    }

    public Table table(String kind) {
        return tables.get(kind);
    }
}
