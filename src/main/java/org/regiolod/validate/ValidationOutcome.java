package org.regiolod.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.DCTerms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of SHACL validation, split by severity and printable for people (focus, path,
 * message, value). The W3C report graph is built only when asked for ({@link #report()}): a build
 * that validates in several pieces and merges them would otherwise build it once per merge.
 */
public final class ValidationOutcome {
    private final List<ReportEntry> entries;
    private final Graph data;
    private volatile ValidationReport report;

    /** @param data the graph the entries' labels are looked up in */
    public ValidationOutcome(Collection<ReportEntry> entries, Graph data) {
        this.entries = List.copyOf(entries);
        this.data = data;
    }

    /** Every finding, in the order the validation found them. */
    public List<ReportEntry> entries() {
        return entries;
    }

    public Graph data() {
        return data;
    }

    /** The SHACL validation report (sh:ValidationReport) of these findings. */
    public ValidationReport report() {
        ValidationReport r = report;
        if (r == null) {
            var b = ValidationReport.create();
            entries.forEach(b::addReportEntry);
            report = r = b.build();
        }
        return r;
    }

    public List<ReportEntry> violations() {
        return entries(Severity.Violation);
    }

    public List<ReportEntry> warnings() {
        return entries(Severity.Warning);
    }

    /** No violation (warnings allowed), without sorting the findings as {@link #violations()} does. */
    public boolean conforms() {
        return entries.stream().noneMatch(e -> e.severity().equals(Severity.Violation));
    }

    private List<ReportEntry> entries(Severity s) {
        List<ReportEntry> out = new ArrayList<>();
        for (ReportEntry e : entries) if (e.severity().equals(s)) out.add(e);
        out.sort(Comparator.comparing((ReportEntry e) -> e.focusNode().toString()).thenComparing(e -> String.valueOf(e.resultPath())));
        return out;
    }

    /** One readable line per entry, up to {@code limit}, with the focus node's label where it has one. */
    public List<String> describe(List<ReportEntry> entries, int limit) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : entries.subList(0, Math.min(limit, entries.size()))) {
            StringBuilder sb = new StringBuilder();
            sb.append(e.severity().level().getLocalName()).append(": ").append(nodeText(e.focusNode()));
            String label = label(e.focusNode());
            if (label != null) sb.append(" (\"").append(label).append("\")");
            Path path = e.resultPath();
            if (path != null) sb.append("\n    path: ").append(path);
            sb.append("\n    message: ").append(e.message());
            if (e.value() != null) sb.append("\n    value: ").append(nodeText(e.value()));
            lines.add(sb.toString());
        }
        if (entries.size() > limit) lines.add("… and " + (entries.size() - limit) + " more (see the full report)");
        return lines;
    }

    /**
     * Entries grouped by the shape and path that raised them, one line per group with its count
     * and an example: many warnings of one kind read as one finding, not as a wall of text.
     */
    public List<String> summarize(List<ReportEntry> entries) {
        java.util.Map<String, List<ReportEntry>> groups = new java.util.LinkedHashMap<>();
        for (ReportEntry e : entries) {
            groups.computeIfAbsent(e.source() + " " + e.resultPath(), k -> new ArrayList<>()).add(e);
        }
        List<String> lines = new ArrayList<>();
        for (List<ReportEntry> g : groups.values()) {
            if (g.size() == 1) {
                lines.addAll(describe(g, 1));
                continue;
            }
            ReportEntry first = g.get(0);
            lines.add(first.severity().level().getLocalName() + " x" + g.size()
                    + (first.resultPath() == null ? "" : ", path " + first.resultPath())
                    + "\n    message: " + first.message()
                    + "\n    e.g. " + nodeText(first.focusNode()));
        }
        return lines;
    }

    private String label(Node n) {
        for (Node p : List.of(SKOS.prefLabel.asNode(), DCTerms.title.asNode(), RDFS.label.asNode())) {
            var it = data.find(n, p, Node.ANY);
            try {
                if (it.hasNext()) return it.next().getObject().getLiteralLexicalForm();
            } finally {
                it.close();
            }
        }
        return null;
    }

    private static String nodeText(Node n) {
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isLiteral()) return "\"" + n.getLiteralLexicalForm() + "\"" +
                (n.getLiteralLanguage().isEmpty() ? "" : "@" + n.getLiteralLanguage());
        return n.toString();
    }

}
