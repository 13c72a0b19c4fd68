package org.regiolod.rdf.catalog;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The EU code lists (and ADMS's) the catalog takes its codes from, vendored and shipped in the
 * jar: the catalog copies the labels of the codes it uses, and DCAT-AP's controlled-vocabulary
 * shapes look the codes up in them. Only the tables whose codes a graph actually uses are read,
 * each at most once per JVM: the country table alone is 650 KB.
 */
public final class EuTables {
    /** IRI prefix of a code list's values, to the classpath file that holds the list. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();
    static {
        TABLES.put("http://publications.europa.eu/resource/authority/data-theme/", "/vendor/eu-vocabularies/data-theme.ttl");
        TABLES.put("http://publications.europa.eu/resource/authority/frequency/", "/vendor/eu-vocabularies/frequencies.ttl");
        TABLES.put("http://publications.europa.eu/resource/authority/file-type/", "/vendor/eu-vocabularies/filetypes.ttl");
        TABLES.put("http://publications.europa.eu/resource/authority/country/", "/vendor/eu-vocabularies/countries.ttl");
        TABLES.put("http://purl.org/adms/", "/vendor/eu-vocabularies/ADMS_SKOS_v1.00.rdf");
    }

    private static final Map<String, Graph> CACHE = new ConcurrentHashMap<>();

    private EuTables() {}

    /** The classpath files of the tables whose values occur as objects in {@code data}. */
    public static Set<String> tablesUsedBy(Graph data) {
        Set<String> used = new TreeSet<>();
        data.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (!o.isURI()) return;
            for (var e : TABLES.entrySet()) if (o.getURI().startsWith(e.getKey())) used.add(e.getValue());
        });
        return used;
    }

    /**
     * {@code data} with the tables it uses added, as a read-only union: copying the tables (the
     * country table alone is tens of thousands of triples) into a new graph cost every build more
     * than validating against them. The tables a catalog uses are merged into one graph once per JVM.
     */
    public static Graph withTablesFor(Graph data) {
        Set<String> used = tablesUsedBy(data);
        if (used.isEmpty()) return data;
        return new ReadOnlyUnion(data, MERGED.computeIfAbsent(used, EuTables::merge));
    }

    private static final Map<Set<String>, Graph> MERGED = new ConcurrentHashMap<>();

    private static Graph merge(Set<String> tables) {
        Graph out = GraphFactory.createDefaultGraph();
        for (String t : tables) table(t).find().forEachRemaining(out::add);
        return out;
    }

    static Graph table(String resource) {
        return CACHE.computeIfAbsent(resource, EuTables::load);
    }

    /** The table a code's (or the list's own) IRI belongs to, or null when none is vendored. */
    public static Graph tableOf(String codeIri) {
        for (var e : TABLES.entrySet()) {
            if (codeIri.startsWith(e.getKey()) || (codeIri + "/").equals(e.getKey())) return table(e.getValue());
        }
        return null;
    }

    private static Graph load(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = EuTables.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("EU vocabulary missing from the classpath: " + resource);
            RDFParser.source(in).lang(resource.endsWith(".rdf") ? Lang.RDFXML : Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
