package org.regiolod.web.pages;

import java.util.List;

/** What the templates show: plain data, already labelled and linked; the templates escape it. */
public final class Views {
    private Views() {}

    /** A value on a page: text, an optional link and the text's language (for the lang attribute). */
    public record Value(String text, String href, String lang) {
        public boolean isLink() { return href != null; }
    }

    /** A property and its values, or (inbound) a heading and the resources that link here. */
    public record PropertyRow(String label, String iri, List<Value> values) {}

    /** Where the facts come from: the source document and the places in it. */
    public record SourceRef(String label, String href, String locations) {}

    public record FormatLink(String label, String mediaType, String href) {}

    public record ResourceView(
            String iri, String docPath, String title, String titleLang, String notation, List<Value> types, String description,
            List<PropertyRow> properties, List<PropertyRow> inbound, List<SourceRef> sources,
            List<FormatLink> formats, String jsonLd, String labelDerivation) {}

    public record Column(String notation, String label, String href, boolean interpreted) {}

    public record MatrixRow(String code, String title, String href, List<Boolean> lines, List<Boolean> targets) {}

    public record Matrix(List<Column> lines, List<Column> targets, List<MatrixRow> rows) {
        public boolean isEmpty() { return rows.isEmpty(); }
    }

    /** A horizontal bar chart drawn as SVG, with the same figures in a table for its text alternative. */
    public record Bar(String label, String shortLabel, String href, int count, int y, int width) {}

    public record BarChart(String id, String title, String summary, List<Bar> bars, int width, int height, int labelWidth) {}

    public record PlanView(ResourceView resource, Matrix matrix, BarChart byLine, BarChart byTarget) {}

    public record PlanSummary(String label, String href, String notation, String publisher, int interventions) {}

    public record RegionPlans(String id, String region, List<PlanSummary> plans) {}

    public record SearchHit(String title, String href, String type, String snippet) {}

    public record SearchPage(String query, List<SearchHit> hits, boolean tooLong) {}

    public record OntologyTerm(String anchor, String iri, String kind, String labelIt, String labelEn,
                               String commentIt, String commentEn, List<Value> domains, List<Value> ranges,
                               List<Value> parents, List<Value> alignments, Value example) {}

    public record OntologyView(String title, String description, String version, List<OntologyTerm> classes,
                               List<OntologyTerm> properties, List<FormatLink> formats) {}
}
