package org.regiolod.web.pages;

import org.regiolod.rdf.Prefixes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Human names for properties and classes: the ontology's own Italian labels (read from the data),
 * else the Italian labels kept for reused vocabularies in {@code pages/labels.properties}, else
 * the term's local name. Inverse headings ("Interventi che attuano questa linea") come from
 * {@code pages/inverse-labels.properties}.
 */
public final class TermLabels {
    /** The dumps' prefixes plus the few more vocabularies the data uses. */
    private static final Map<String, String> NAMESPACES = namespaces();
    private static final Map<String, String> FALLBACK = load("pages/labels.properties");
    private static final Map<String, String> INVERSE = load("pages/inverse-labels.properties");

    private final Map<String, String> fromData;

    public TermLabels(Map<String, String> fromData) {
        this.fromData = Map.copyOf(fromData);
    }

    public String label(String iri) {
        String l = fromData.get(iri);
        if (l == null) l = FALLBACK.get(iri);
        return l != null ? l : localName(iri);
    }

    public boolean isKnown(String iri) {
        return fromData.containsKey(iri) || FALLBACK.containsKey(iri);
    }

    /** The heading for resources linking to a page through this property. */
    public String inverse(String iri) {
        return Optional.ofNullable(INVERSE.get(iri)).orElse("Collegati tramite «" + label(iri) + "»");
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String s = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return s.isEmpty() ? iri : s;
    }

    private static Map<String, String> namespaces() {
        Map<String, String> ns = new HashMap<>(Prefixes.STANDARD);
        ns.put("schema", "http://schema.org/");
        ns.put("vann", "http://purl.org/vocab/vann/");
        return ns;
    }

    private static Map<String, String> load(String resource) {
        Properties p = new Properties();
        try (InputStream in = TermLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the classpath: " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byIri = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            int colon = key.indexOf(':');
            String ns = NAMESPACES.get(key.substring(0, colon));
            if (ns == null) throw new IllegalStateException(resource + ": unknown prefix in '" + key + "'");
            byIri.put(ns + key.substring(colon + 1), p.getProperty(key));
        }
        return byIri;
    }
}
