package org.regiolod.rdf;

import org.regiolod.source.InputError;
import org.regiolod.source.Manifest;
import org.regiolod.source.Row;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the datasets define, by namespace (organisation, act, plan, line of a plan, …), so a
 * reference in any table can be checked before a triple is written. A duplicate definition or a
 * dangling reference is an {@link InputError} at the row that made it.
 */
public final class Registry {
    public static final String ORGANISATION = "organisation";
    public static final String ACT = "act";
    public static final String PLAN = "plan";
    public static final String DOCUMENT = "document";
    public static final String AGREEMENT = "agreement";
    public static final String EVENT = "event";
    public static final String REFERENCE = "reference";

    private final Map<String, Map<String, Path>> keys = new HashMap<>();
    private final Map<String, Manifest.Plan> plans = new LinkedHashMap<>();
    private final Map<String, Manifest.Source> documents = new HashMap<>();

    public static String linesOf(String planId) { return "line:" + planId; }
    public static String interventionsOf(String planId) { return "intervention:" + planId; }
    public static String targetGroupsOf(String planId) { return "target:" + planId; }

    public void define(String namespace, String key, Row row, String column) {
        Path previous = keys.computeIfAbsent(namespace, n -> new LinkedHashMap<>()).putIfAbsent(key, row.file());
        // Organisations and acts are mentioned by many documents: each dataset may describe the
        // same one again (with its own provenance); within one table an id is still unique.
        boolean shared = namespace.equals(ORGANISATION) || namespace.equals(ACT) || namespace.equals(REFERENCE);
        if (previous != null && shared && !previous.equals(row.file())) return;
        if (previous != null) {
            throw row.error(column, "'" + key + "' is defined twice (also in " + previous + ")",
                    "codes and ids are unique: remove or rename one");
        }
    }

    public void definePlan(String id, Manifest.Plan plan, Path manifest) {
        plans.put(id, plan);
        keys.computeIfAbsent(PLAN, n -> new LinkedHashMap<>()).put(id, manifest);
    }

    /** Documents may be declared by several manifests; they must then agree. */
    public void defineDocument(Manifest.Source source, Path manifest) {
        Manifest.Source previous = documents.putIfAbsent(source.id(), source);
        if (previous != null && !previous.equals(source)) {
            throw InputError.inFile(manifest, "source '" + source.id() + "' is described differently in another dataset.yaml",
                    "give the same title, seed, publisher and date everywhere, or use a different source id");
        }
        keys.computeIfAbsent(DOCUMENT, n -> new LinkedHashMap<>()).putIfAbsent(source.id(), manifest);
    }

    public boolean has(String namespace, String key) {
        return keys.getOrDefault(namespace, Map.of()).containsKey(key);
    }

    public Set<String> keys(String namespace) {
        return new TreeSet<>(keys.getOrDefault(namespace, Map.of()).keySet());
    }

    public Manifest.Plan plan(String id) {
        return plans.get(id);
    }

    public Manifest.Source document(String id) {
        return documents.get(id);
    }

    /** Checks a reference from a table cell; the error lists what exists. */
    public void require(String namespace, String key, Row row, String column) {
        if (!has(namespace, key)) {
            throw row.error(column, "'" + key + "' does not exist (" + namespace + ")", hint(namespace));
        }
    }

    /** Checks a reference from a manifest field. */
    public void require(String namespace, String key, Path manifest, String field) {
        if (!has(namespace, key)) {
            throw InputError.inFile(manifest, field + ": '" + key + "' does not exist (" + namespace + ")", hint(namespace));
        }
    }

    private String hint(String namespace) {
        Set<String> known = keys(namespace);
        String list = known.size() <= 40 ? known.toString() : known.stream().limit(40).toList() + " …";
        return known.isEmpty() ? "nothing of this kind is defined yet: add it to its table first"
                : "use one of " + list;
    }
}
