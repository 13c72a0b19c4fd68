package org.regiolod.rdf;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Mints the data's URIs after the AgID pattern {base}id/{type}/{concept}/{reference}: readable
 * Italian type names, codes as the source writes them, no extensions, versions or counters.
 * Segments are percent-encoded where a character is not safe in a path (non-ASCII letters stay).
 */
public final class UriScheme {
    private final String base;

    public UriScheme(String base) {
        this.base = normalise(base);
    }

    public static String normalise(String base) {
        URI u;
        try {
            u = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base URI '" + base + "' is not a URI: " + e.getMessage());
        }
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
            throw new IllegalArgumentException("base URI '" + base + "' must be an absolute http(s) URI, e.g. http://localhost:8080/");
        }
        return base.endsWith("/") ? base : base + "/";
    }

    public String base() { return base; }

    public String id(String type, String... segments) {
        StringBuilder sb = new StringBuilder(base).append("id/").append(type);
        for (String s : segments) sb.append('/').append(encodeSegment(s));
        return sb.toString();
    }

    public String plan(String planId) { return id("piano", planId); }
    public String line(String planId, String code) { return id("linea", planId, code); }
    /**
     * A concept scheme's URI ends in a name unique across all schemes ({@code linee-psstd-2018}),
     * because the National Data Catalog names a vocabulary after its URI's last segment.
     */
    public String scheme(String kind, String planId) { return id("schema", kind + "-" + planId); }
    public String lineScheme(String planId) { return scheme("linee", planId); }
    public String intervention(String planId, String code) { return id("intervento", planId, code); }
    public String targetGroup(String planId, String notation) { return id("destinatario", planId, notation); }
    public String targetGroupScheme(String planId) { return scheme("destinatari", planId); }
    public String organisation(String slug) { return id("organizzazione", slug); }
    public String act(String slug) { return id("atto", slug); }
    public String document(String slug) { return id("documento", slug); }
    public String dataset(String datasetId) { return id("dataset", datasetId); }
    public String period(int start, int end) { return id("periodo", start + "-" + end); }
    // Seed 001 context: concept schemes named id/schema/<name>-<plan>, their concepts id/<type>/<plan>/<code>.
    public String macroArea(String planId, String code) { return id("macroarea", planId, code); }
    public String objective(String planId, String code) { return id("obiettivo", planId, code); }
    public String guideline(String planId, String code) { return id("linea-guida", planId, code); }
    public String projectKind(String planId, String code) { return id("tipo-progetto", planId, code); }
    public String acronym(String planId, String acronym) { return id("acronimo", planId, acronym); }
    public String governanceBody(String planId, String code) { return id("organo", planId, code); }
    public String governanceFunction(String planId, String code) { return id("funzione", planId, code); }
    // Seeds 000, 002-004: agreements, money, activities and their targets, statistics, events, references.
    public String agreement(String id) { return id("accordo", id); }
    public String signatory(String agreementId, String party) { return id("firmatario", agreementId, party); }
    public String amount(String subjectId, String code) { return id("importo", subjectId, code); }
    public String validity(String agreementId) { return id("periodo", "validita-" + agreementId); }
    public String activity(String planId, String code) { return id("attivita", planId, code); }
    public String output(String planId, String code) { return id("output", planId, code); }
    public String indicator(String planId, String code) { return id("indicatore", planId, code); }
    public String target(String planId, String code) { return id("valore-obiettivo", planId, code); }
    public String statistic(String datasetId, String code) { return id("dato", datasetId, code); }
    public String event(String id) { return id("evento", id); }
    public String place(String eventId) { return id("luogo", eventId); }
    public String reference(String id) { return id("riferimento", id); }
    public String principle(String planId, String code) { return id("principio", planId, code); }
    public String section(String planId, String code) { return id("sezione", planId, code); }
    public String governancePillar(String planId, String code) { return id("pilastro", planId, code); }
    public String collaborationArea(String planId, String code) { return id("ambito", planId, code); }
    public String interventionArea(String planId, String code) { return id("area", planId, code); }
    public String highlight(String planId, String code) { return id("novita", planId, code); }
    public String planObjective(String planId, String code) { return id("obiettivo-piano", planId, code); }

    /** Percent-encodes what RFC 3987 does not allow unescaped in a path segment. */
    public static String encodeSegment(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean unreserved = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '-' || cp == '.' || cp == '_' || cp == '~';
            if (unreserved || (cp > 0x7F && Character.isLetterOrDigit(cp))) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return sb.toString();
    }
}
