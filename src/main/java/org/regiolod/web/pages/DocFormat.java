package org.regiolod.web.pages;

import org.apache.jena.riot.Lang;
import org.regiolod.rdf.catalog.DumpFormat;

import java.util.Arrays;
import java.util.Optional;

/** The formats a resource's document is served in: the HTML page and four RDF serialisations. */
public enum DocFormat {
    HTML("text/html", "html", "HTML", null),
    // The RDF formats are the dumps' formats: one place names their media type, suffix and label.
    TURTLE(DumpFormat.TURTLE, Lang.TURTLE),
    JSONLD(DumpFormat.JSON_LD, Lang.JSONLD),
    RDFXML(DumpFormat.RDF_XML, Lang.RDFXML),
    NTRIPLES(DumpFormat.N_TRIPLES, Lang.NTRIPLES);

    private final String mediaType;
    private final String suffix;
    private final String label;
    private final Lang lang;

    DocFormat(String mediaType, String suffix, String label, Lang lang) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.label = label;
        this.lang = lang;
    }

    DocFormat(DumpFormat dump, Lang lang) {
        this(dump.mediaType, dump.extension, dump.label, lang);
    }

    public String mediaType() { return mediaType; }
    public String suffix() { return suffix; }
    public String label() { return label; }
    /** Jena's language for the RDF formats; null for HTML. */
    public Lang lang() { return lang; }
    public boolean isRdf() { return lang != null; }

    /** The Content-Type header value: always UTF-8, named so no client guesses another charset. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** A format named by a file suffix ({@code ttl}) or by its short name in {@code ?format=}. */
    public static Optional<DocFormat> bySuffix(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        if (n.equals("turtle")) return Optional.of(TURTLE);
        if (n.equals("json-ld") || n.equals("json")) return Optional.of(JSONLD);
        if (n.equals("rdfxml") || n.equals("xml") || n.equals("owl")) return Optional.of(RDFXML);
        if (n.equals("ntriples") || n.equals("n-triples")) return Optional.of(NTRIPLES);
        return Arrays.stream(values()).filter(f -> f.suffix.equals(n)).findFirst();
    }
}
