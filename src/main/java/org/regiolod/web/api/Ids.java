package org.regiolod.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.regiolod.rdf.UriScheme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The API's ids and the data's URIs. An item's id is its URI after {@code {base}id/{type}/}:
 * {@code pttd-2021-2023} for the plan {@code {base}id/piano/pttd-2021-2023},
 * {@code pttd-2021-2023/I.22} for the intervention {@code {base}id/intervento/pttd-2021-2023/I.22}.
 * Ids coming from a request are turned back into URIs only through {@link UriScheme}, which
 * percent-encodes every character that is not safe in a path segment.
 */
final class Ids {
    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");
    static final int MAX_CODE = 100;

    private final String base;
    private final UriScheme uris;

    Ids(String base) {
        this.base = base;
        this.uris = new UriScheme(base);
    }

    /** The id of a URI minted under {@code {base}id/}, or null for any other URI. */
    String id(String uri) {
        String prefix = base + "id/";
        if (uri == null || !uri.startsWith(prefix)) return null;
        int slash = uri.indexOf('/', prefix.length());
        return slash < 0 ? null : uri.substring(slash + 1);
    }

    Node plan(String slug) { return iri(uris.plan(slug)); }
    Node organisation(String slug) { return iri(uris.organisation(slug)); }
    Node intervention(String plan, String code) { return iri(uris.intervention(plan, code)); }
    Node line(String plan, String code) { return iri(uris.line(plan, code)); }
    Node targetGroup(String plan, String code) { return iri(uris.targetGroup(plan, code)); }
    Node agreement(String slug) { return iri(uris.agreement(slug)); }
    Node statistic(String dataset, String code) { return iri(uris.statistic(dataset, code)); }

    private static Node iri(String uri) { return NodeFactory.createURI(uri); }

    static boolean isSlug(String s) { return s != null && SLUG.matcher(s).matches(); }

    /** A code as the source writes it: 1 to 100 characters, no control characters. */
    static boolean isCode(String s) {
        return s != null && !s.isEmpty() && s.length() <= MAX_CODE && s.codePoints().noneMatch(Character::isISOControl);
    }

    /**
     * Decodes the percent-escapes of an id given in a query parameter (ids carry their codes
     * percent-encoded, as in the URI); '+' stays '+'. Returns null when an escape is malformed.
     */
    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%') {
                if (i + 2 >= bytes.length) return null;
                int hi = Character.digit(bytes[i + 1], 16), lo = Character.digit(bytes[i + 2], 16);
                if (hi < 0 || lo < 0) return null;
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
