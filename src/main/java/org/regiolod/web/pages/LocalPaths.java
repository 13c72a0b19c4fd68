package org.regiolod.web.pages;

import org.regiolod.rdf.UriScheme;

import org.eclipse.jetty.util.URIUtil;
import java.util.Optional;

/**
 * Maps between the data's IRIs and this server's paths: {@code {base}id/x} is described at
 * {@code /doc/x}; the ontology's namespace (not under the base) is documented at {@code /onto/}.
 * Paths are relative to the host so pages work whatever host name the server is reached by.
 */
public final class LocalPaths {
    public static final String ONTOLOGY_NS = "https://w3id.org/regiolod/onto/";
    public static final String ONTOLOGY = "https://w3id.org/regiolod/onto";

    private final String base;

    public LocalPaths(String base) {
        this.base = base;
    }

    public String base() { return base; }

    /** The local path of the page about an IRI, or empty when the IRI is not ours. */
    public Optional<String> pageOf(String iri) {
        if (iri.startsWith(base + "id/")) return Optional.of("/doc/" + iri.substring((base + "id/").length()));
        if (iri.equals(ONTOLOGY) || iri.equals(ONTOLOGY_NS)) return Optional.of("/onto/");
        if (iri.startsWith(ONTOLOGY_NS)) {
            String term = iri.substring(ONTOLOGY_NS.length());
            if (!term.isEmpty() && term.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                return Optional.of("/onto/#" + term);
            }
            return Optional.of("/onto/");
        }
        if (iri.startsWith(base + "dumps/")) return Optional.of("/" + iri.substring(base.length()));
        return Optional.empty();
    }

    /** The identifier IRI for the raw (still percent-encoded) rest of a {@code /id/} or {@code /doc/} path. */
    public String iriOf(String rawRest) {
        StringBuilder sb = new StringBuilder(base).append("id/");
        String[] segments = rawRest.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) sb.append('/');
            // Decode, then encode as the URI scheme mints: %C3%A0 and à name the same resource.
            sb.append(UriScheme.encodeSegment(decode(segments[i])));
        }
        return sb.toString();
    }

    /** Percent-decodes one path segment as UTF-8 (Jetty's path decoding: '+' stays a plus). */
    static String decode(String segment) {
        return URIUtil.decodePath(segment);
    }
}
