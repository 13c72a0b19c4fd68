package org.regiolod.rdf.catalog;

/**
 * The formats every dataset is dumped in (see {@link org.regiolod.store.DumpWriter#FORMATS}),
 * with the EU file-type code and the IANA media type a distribution states.
 */
public enum DumpFormat {
    TURTLE("ttl", "RDF_TURTLE", "text/turtle", "Turtle"),
    N_TRIPLES("nt", "RDF_N_TRIPLES", "application/n-triples", "N-Triples"),
    JSON_LD("jsonld", "JSON_LD", "application/ld+json", "JSON-LD"),
    RDF_XML("rdf", "RDF_XML", "application/rdf+xml", "RDF/XML");

    public final String extension;
    public final String fileTypeCode;
    public final String mediaType;
    public final String label;

    DumpFormat(String extension, String fileTypeCode, String mediaType, String label) {
        this.extension = extension;
        this.fileTypeCode = fileTypeCode;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String fileTypeIri() {
        return DcatApIt.EU.FILE_TYPE + "/" + fileTypeCode;
    }

    public String mediaTypeIri() {
        return DcatApIt.IANA_MEDIA_TYPES + mediaType;
    }
}
