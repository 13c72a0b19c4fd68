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
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.regiolod.parallel.Workers;

/**
 * Finds every dataset under a data folder (any folder holding a {@code dataset.yaml}) and reads
 * it. Table kinds not in {@code knownKinds} are rejected so a typo in a manifest is not ignored.
 */
public final class DataTree {
    public static final String MANIFEST = "dataset.yaml";

    private final ManifestReader manifests = new ManifestReader();
    private final CsvTableReader csv = new CsvTableReader();

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
        // Each dataset is read on its own (side by side: parsing is most of the time); the checks across
        // datasets then run in folder order, so the first error reported is the one a reader going
        // folder by folder meets first.
        List<Callable<Read>> pieces = new ArrayList<>();
        for (Path mf : manifestFiles) pieces.add(() -> readDataset(mf, knownKinds));
        List<DatasetSource> out = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Read r : Workers.all(pieces)) {
            if (r.manifest() == null) throw r.error();
            Path previous = ids.putIfAbsent(r.manifest().id(), r.file());
            if (previous != null) {
                throw InputError.inFile(r.file(), "dataset id '" + r.manifest().id() + "' is already used by " + previous,
                        "dataset ids are unique: rename one");
            }
            if (r.error() != null) throw r.error();
            out.add(new DatasetSource(r.file().getParent(), r.file(), r.manifest(), r.tables()));
        }
        return out;
    }

    /** One dataset as read: its manifest (null if that failed), its tables, or the error that stopped it. */
    private record Read(Path file, Manifest manifest, Map<String, Table> tables, RuntimeException error) {}

    private Read readDataset(Path mf, Collection<String> knownKinds) {
        Manifest m;
        try {
            m = manifests.read(mf);
        } catch (RuntimeException e) {
            return new Read(mf, null, null, e);
        }
        try {
            Map<String, Table> byKind = new LinkedHashMap<>();
            for (var t : m.tables().entrySet()) {
                if (!knownKinds.contains(t.getKey())) {
                    throw InputError.inFile(mf, "unknown table kind '" + t.getKey() + "'",
                            "the kinds are " + knownKinds.stream().sorted().toList() + " (see docs/tables.md)");
                }
                byKind.put(t.getKey(), readTable(t.getKey(), mf.getParent(), t.getValue()));
            }
            return new Read(mf, m, byKind, null);
        } catch (RuntimeException e) {
            return new Read(mf, m, null, e);
        }
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
            // a reader per workbook: POI's DataFormatter is not thread-safe, and datasets are read side by side
            return new XlsxTableReader().read(kind, folder.resolve(file), hash < 0 ? kind : ref.substring(hash + 1));
        }
        return csv.read(kind, folder.resolve(file));
    }
}
