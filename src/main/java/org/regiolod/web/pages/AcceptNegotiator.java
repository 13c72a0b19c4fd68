package org.regiolod.web.pages;

import org.eclipse.jetty.http.QuotedQualityCSV;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the format to answer an {@code Accept} header with. Jetty's {@link QuotedQualityCSV}
 * parses the header and orders the media ranges by q-value (most specific first on ties); the
 * first range that matches an offered format wins, with the offer order as the server's
 * preference for wildcards ({@code *}{@code /*} and {@code text/*} give HTML). A format the
 * client refuses with {@code q=0} is never chosen.
 */
public final class AcceptNegotiator {
    private final List<DocFormat> offered;

    public AcceptNegotiator(List<DocFormat> offered) {
        this.offered = List.copyOf(offered);
    }

    /** Empty when nothing offered is acceptable (answer 406). A missing header accepts anything. */
    public Optional<DocFormat> choose(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(offered.get(0));
        QuotedQualityCSV ranges = new QuotedQualityCSV(QuotedQualityCSV.MOST_SPECIFIC_MIME_ORDERING);
        ranges.addValue(accept);
        List<DocFormat> refused = new ArrayList<>();
        for (QuotedQualityCSV.QualityValue qv : ranges.getQualityValues()) {
            if (!qv.isAcceptable()) {
                for (DocFormat f : offered) if (mediaType(qv.getValue()).equals(f.mediaType())) refused.add(f);
            }
        }
        for (QuotedQualityCSV.QualityValue qv : ranges.getQualityValues()) {
            if (!qv.isAcceptable()) continue;
            String range = mediaType(qv.getValue());
            for (DocFormat f : offered) {
                if (!refused.contains(f) && matches(range, f)) return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String mediaType(String value) {
        int semi = value.indexOf(';');
        return (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String range, DocFormat f) {
        if (range.equals("*/*") || range.equals("*")) return true;
        if (range.equals(f.mediaType())) return true;
        // Older names clients still send for the same serialisations.
        if (f == DocFormat.JSONLD && range.equals("application/json")) return true;
        if (f == DocFormat.TURTLE && range.equals("application/x-turtle")) return true;
        if (f == DocFormat.HTML && range.equals("application/xhtml+xml")) return true;
        if (range.endsWith("/*")) return f.mediaType().startsWith(range.substring(0, range.length() - 1));
        return false;
    }
}
