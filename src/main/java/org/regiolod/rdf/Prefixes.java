package org.regiolod.rdf;

import java.util.Map;

/** The prefixes written into every Turtle dump, so the files read well. */
public final class Prefixes {
    private Prefixes() {}

    public static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry("rlod", Vocab.NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("dct", "http://purl.org/dc/terms/"),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("dcatapit", "http://dati.gov.it/onto/dcatapit#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("prov", Vocab.PROV.NS),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"),
            Map.entry("cov", Vocab.COV.NS),
            Map.entry("schema", Vocab.SCHEMA.NS));
}
