package org.regiolod.web.pages;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.Vocab;
import org.regiolod.web.pages.Views.FormatLink;
import org.regiolod.web.pages.Views.PropertyRow;
import org.regiolod.web.pages.Views.ResourceView;
import org.regiolod.web.pages.Views.SourceRef;
import org.regiolod.web.pages.Views.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns a resource's description (the model {@code describe.rq} builds) into what its page shows. */
final class ResourceViews {
    private static final String FOAF_NAME = "http://xmlns.com/foaf/0.1/name";
    private static final String PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom";
    /** Shown first, in this order; everything else follows by label. */
    private static final List<String> FIRST = List.of(
            SKOS.notation.getURI(), DCTerms.identifier.getURI(), DCTerms.title.getURI(), RDFS.label.getURI(),
            SKOS.prefLabel.getURI(), SKOS.altLabel.getURI(), DCTerms.description.getURI(), SKOS.definition.getURI());

    private final LocalPaths paths;
    private final TermLabels terms;

    ResourceViews(LocalPaths paths, TermLabels terms) {
        this.paths = paths;
        this.terms = terms;
    }

    ResourceView view(String iri, Model m) {
        Resource r = m.createResource(iri);
        Optional<Literal> titleLit = title(r);
        String title = titleLit.map(Literal::getLexicalForm).orElse(TermLabels.localName(iri));
        String titleLang = titleLit.map(Literal::getLanguage).filter(l -> !l.isEmpty()).orElse("it");
        List<Value> types = r.listProperties(RDF.type).toList().stream()
                .map(s -> typeLink(s.getObject())).sorted(Comparator.comparing(Value::text)).toList();
        String description = firstText(r, DCTerms.description, SKOS.definition, RDFS.comment).orElse(null);

        Map<String, List<Value>> out = new LinkedHashMap<>();
        for (Statement s : r.listProperties().toList()) {
            if (s.getPredicate().equals(RDF.type)) continue;
            out.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(value(s.getObject()));
        }
        List<PropertyRow> properties = out.entrySet().stream()
                .map(e -> new PropertyRow(terms.label(e.getKey()), e.getKey(), sortValues(e.getValue())))
                .sorted(Comparator.comparingInt((PropertyRow p) -> order(p.iri())).thenComparing(PropertyRow::label))
                .toList();

        Map<String, List<Value>> in = new LinkedHashMap<>();
        for (Statement s : m.listStatements(null, null, r).toList()) {
            if (s.getSubject().isAnon()) continue;
            in.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(link(s.getSubject()));
        }
        // A resource already linked from the table above (a plan's interventions both ways) is not listed
        // twice; a scheme's concepts always get their own list.
        java.util.Set<String> linkedOut = properties.stream().flatMap(p -> p.values().stream())
                .map(Value::href).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<PropertyRow> inbound = in.entrySet().stream()
                .map(e -> new PropertyRow(terms.inverse(e.getKey()), e.getKey(),
                        sortValues(e.getKey().equals(SKOS.inScheme.getURI()) ? e.getValue()
                                : e.getValue().stream().filter(v -> !linkedOut.contains(v.href())).toList())))
                .filter(row -> !row.values().isEmpty())
                .sorted(Comparator.comparing(PropertyRow::label)).toList();

        String locations = r.listProperties(Vocab.sourceLocation).toList().stream()
                .map(s -> s.getString()).sorted(NaturalOrder.INSTANCE).collect(Collectors.joining(", "));
        List<SourceRef> sources = r.listProperties(m.createProperty(PROV_DERIVED)).toList().stream()
                .map(s -> { Value v = link(s.getObject()); return new SourceRef(v.text(), v.href(), locations); })
                .toList();

        String docPath = paths.pageOf(iri).orElse(null);
        List<FormatLink> formats = formats(docPath);
        String derivation = firstText(r, Vocab.labelDerivation).orElse(null);
        String jsonLd = SchemaOrg.jsonLd(iri, title, description, types, r, sources, paths);
        String notation = firstText(r, SKOS.notation).filter(n -> !n.equals(title)).orElse(null);
        return new ResourceView(iri, docPath, title, titleLang, notation, types, description, properties, inbound,
                sources, formats, jsonLd, derivation);
    }

    static List<FormatLink> formats(String docPath) {
        List<FormatLink> f = new ArrayList<>();
        if (docPath == null) return f;
        for (DocFormat d : DocFormat.values()) {
            if (d.isRdf()) f.add(new FormatLink(d.label(), d.mediaType(), docPath + "." + d.suffix()));
        }
        return f;
    }

    /** A linked resource shown by its label (Italian first) or code, linked to its page here or to itself. */
    Value link(RDFNode node) {
        if (node.isLiteral()) return value(node);
        if (node.isAnon()) return new Value(blankText(node.asResource()), null, null);
        Resource res = node.asResource();
        String iri = res.getURI();
        Optional<Literal> label = title(res);
        String text = label.map(Literal::getLexicalForm)
                .or(() -> firstText(res, SKOS.notation))
                .orElseGet(() -> unlabelled(iri));
        String lang = label.map(Literal::getLanguage).filter(l -> !l.isEmpty()).orElse(null);
        String notation = firstText(res, SKOS.notation).orElse(null);
        if (notation != null && label.isPresent() && !text.startsWith(notation)) text = notation + " – " + text;
        return new Value(text, paths.pageOf(iri).orElse(iri), lang);
    }

    /** A class: its label in the data, else the Italian name kept for reused vocabularies, else its local name. */
    private Value typeLink(RDFNode node) {
        if (!node.isURIResource()) return link(node);
        Resource t = node.asResource();
        Optional<Literal> label = title(t);
        String text = label.map(Literal::getLexicalForm).orElseGet(() -> terms.label(t.getURI()));
        return new Value(text, paths.pageOf(t.getURI()).orElse(t.getURI()),
                label.map(Literal::getLanguage).filter(l -> !l.isEmpty()).orElse(null));
    }

    /** A resource without a label: ours by its path ("periodo/2021-2023"), a known term by its name, others by IRI. */
    private String unlabelled(String iri) {
        if (iri.startsWith(paths.base() + "id/")) return iri.substring(paths.base().length() + "id/".length());
        return terms.isKnown(iri) || iri.startsWith(LocalPaths.ONTOLOGY_NS) ? terms.label(iri) : iri;
    }

    Value value(RDFNode node) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            String lang = l.getLanguage().isEmpty() ? null : l.getLanguage();
            return new Value(l.getLexicalForm(), null, lang);
        }
        return link(node);
    }

    private String blankText(Resource b) {
        return b.listProperties().toList().stream()
                .map(s -> terms.label(s.getPredicate().getURI()) + ": " + value(s.getObject()).text())
                .sorted().collect(Collectors.joining("; "));
    }

    static Optional<Literal> title(Resource r) {
        for (Property p : List.of(RDFS.label, SKOS.prefLabel, DCTerms.title, r.getModel().createProperty(FOAF_NAME))) {
            Optional<Literal> l = literal(r, p);
            if (l.isPresent()) return l;
        }
        return Optional.empty();
    }

    /** The Italian literal of a property, else one without language, else any. */
    static Optional<Literal> literal(Resource r, Property p) {
        List<Literal> all = r.listProperties(p).toList().stream().filter(s -> s.getObject().isLiteral())
                .map(Statement::getLiteral).toList();
        return all.stream().filter(l -> l.getLanguage().equals("it")).findFirst()
                .or(() -> all.stream().filter(l -> l.getLanguage().isEmpty()).findFirst())
                .or(() -> all.stream().findFirst());
    }

    static Optional<String> firstText(Resource r, Property... props) {
        for (Property p : props) {
            Optional<Literal> l = literal(r, p);
            if (l.isPresent()) return Optional.of(l.get().getLexicalForm());
        }
        return Optional.empty();
    }

    private static List<Value> sortValues(List<Value> values) {
        return values.stream().distinct().sorted(Comparator.comparing(Value::text, NaturalOrder.INSTANCE)).toList();
    }

    private static int order(String iri) {
        int i = FIRST.indexOf(iri);
        return i < 0 ? FIRST.size() : i;
    }
}
