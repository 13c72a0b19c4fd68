package org.regiolod.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds every dataset under a data folder (any folder holding a {@code dataset.yaml}) and reads
 * it. Table kinds not in {@code knownKinds} are rejected so a typo in a manifest is not ignored.
 */
public final class DataTree {
    public static final String MANIFEST = "dataset.yaml";

    private final ManifestReader manifests = new ManifestReader();
    private final CsvTableReader csv = new CsvTableReader();
    private final XlsxTableReader xlsx = new XlsxTableReader();

    public List<DatasetSource> read(Path dataDir, Collection<String> knownKinds) {
        if (!Files.isDirectory(dataDir)) {
            throw InputError.inFile(dataDir, "the data folder does not exist",
                    "run from the project folder, or pass --data DIR");
        }
        List<Path> manifestFiles;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            manifestFiles = walk.filter(p -> p.getFileName().toString().equals(MANIFEST)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (manifestFiles.isEmpty()) {
            throw InputError.inFile(dataDir, "no dataset found (no " + MANIFEST + " in any folder)",
                    "create one with 'regiolod init " + dataDir + "/<region>/<plan>'");
        }
        List<DatasetSource> out = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Path mf : manifestFiles) {
            Manifest m = manifests.read(mf);
            Path previous = ids.putIfAbsent(m.id(), mf);
            if (previous != null) {
                throw InputError.inFile(mf, "dataset id '" + m.id() + "' is already used by " + previous,
                        "dataset ids are unique: rename one");
            }
            Map<String, Table> byKind = new LinkedHashMap<>();
            for (var t : m.tables().entrySet()) {
                if (!knownKinds.contains(t.getKey())) {
                    throw InputError.inFile(mf, "unknown table kind '" + t.getKey() + "'",
                            "the kinds are " + knownKinds.stream().sorted().toList() + " (see docs/tables.md)");
                }
                byKind.put(t.getKey(), readTable(t.getKey(), mf.getParent(), t.getValue()));
            }
            out.add(new DatasetSource(mf.getParent(), mf, m, byKind));
        }
        return out;
    }

    /** {@code file.csv}, or {@code book.xlsx} (sheet named after the kind) or {@code book.xlsx#Sheet}. */
    private Table readTable(String kind, Path folder, String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder.normalize())) { // ManifestReader refuses such names; this is the last line of defence
            throw InputError.inFile(folder.resolve(DataTree.MANIFEST), "table '" + ref + "' is outside the dataset's folder",
                    "name a file in the dataset's folder");
        }
        if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            return xlsx.read(kind, folder.resolve(file), hash < 0 ? kind : ref.substring(hash + 1));
        }
        return csv.read(kind, folder.resolve(file));
    }
}
