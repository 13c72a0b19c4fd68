package org.regiolod.web.server;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Chooses the RDF format of a description (Service Description, VoID) from the Accept header. */
final class RdfConneg {
    /** The formats offered, by media type; the first is the default. */
    static final Map<String, RDFFormat> FORMATS = new LinkedHashMap<>();
    static {
        FORMATS.put("text/turtle", RDFFormat.TURTLE_PRETTY);
        FORMATS.put("application/ld+json", RDFFormat.JSONLD11_PRETTY);
        FORMATS.put("application/rdf+xml", RDFFormat.RDFXML_PLAIN);
        FORMATS.put("application/n-triples", RDFFormat.NTRIPLES_UTF8);
    }
    private static final AcceptList OFFERS = AcceptList.create(FORMATS.keySet().toArray(String[]::new));

    private RdfConneg() {}

    /** The media type to answer with, or empty if the client accepts none of {@link #FORMATS}. */
    static Optional<String> choose(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of("text/turtle");
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        return Optional.ofNullable(chosen).map(MediaType::getContentTypeStr);
    }

    static String contentType(String mediaType) {
        return mediaType.equals("application/rdf+xml") ? mediaType : mediaType + ";charset=utf-8";
    }
}
