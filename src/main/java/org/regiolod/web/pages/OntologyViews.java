package org.regiolod.web.pages;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.web.pages.Views.OntologyTerm;
import org.regiolod.web.pages.Views.OntologyView;
import org.regiolod.web.pages.Views.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The ontology's documentation page: every class and property of the namespace, with an example from the data. */
final class OntologyViews {
    private static final List<Property> ALIGNMENTS = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch,
            SKOS.broadMatch, SKOS.narrowMatch, OWL.equivalentClass, OWL.equivalentProperty);

    private final ResourceViews views;

    OntologyViews(ResourceViews views) {
        this.views = views;
    }

    OntologyView view(Model onto, Map<String, String> examples) {
        Resource o = onto.createResource(LocalPaths.ONTOLOGY);
        String title = ResourceViews.literal(o, DCTerms.title).map(l -> l.getLexicalForm()).orElse("Ontologia RegioLOD");
        String description = ResourceViews.literal(o, DCTerms.description).map(l -> l.getLexicalForm()).orElse("");
        String version = ResourceViews.firstText(o, OWL.versionInfo).orElse("");
        List<OntologyTerm> classes = terms(onto, List.of(OWL.Class, RDFS.Class), "Classe", examples);
        List<OntologyTerm> props = new ArrayList<>(terms(onto, List.of(OWL.ObjectProperty), "Proprietà di oggetto", examples));
        props.addAll(terms(onto, List.of(OWL.DatatypeProperty), "Proprietà di dato", examples));
        props.sort(Comparator.comparing(OntologyTerm::anchor));
        return new OntologyView(title, description, version, classes, props, ResourceViews.formats("/onto/regiolod"));
    }

    private List<OntologyTerm> terms(Model m, List<Resource> kinds, String kindLabel, Map<String, String> examples) {
        List<OntologyTerm> out = new ArrayList<>();
        for (Resource kind : kinds) {
            for (Resource t : m.listSubjectsWithProperty(RDF.type, kind).toList()) {
                if (!t.isURIResource() || !t.getURI().startsWith(LocalPaths.ONTOLOGY_NS)) continue;
                if (out.stream().anyMatch(x -> x.iri().equals(t.getURI()))) continue;
                String anchor = t.getURI().substring(LocalPaths.ONTOLOGY_NS.length());
                Property parent = kind.equals(OWL.Class) || kind.equals(RDFS.Class) ? RDFS.subClassOf : RDFS.subPropertyOf;
                List<Value> alignments = new ArrayList<>();
                for (Property a : ALIGNMENTS) {
                    for (RDFNode n : m.listObjectsOfProperty(t, a).toList()) {
                        Value v = views.link(n);
                        alignments.add(new Value(TermLabels.localName(a.getURI()) + ": " + v.text(), v.href(), v.lang()));
                    }
                }
                String ex = examples.get(t.getURI());
                Value example = ex == null ? null : new Value(ex, views.link(m.createResource(ex)).href(), null);
                out.add(new OntologyTerm(anchor, t.getURI(), kindLabel,
                        lang(t, RDFS.label, "it"), lang(t, RDFS.label, "en"),
                        lang(t, RDFS.comment, "it"), lang(t, RDFS.comment, "en"),
                        links(t, RDFS.domain), links(t, RDFS.range), links(t, parent), alignments, example));
            }
        }
        out.sort(Comparator.comparing(OntologyTerm::anchor));
        return out;
    }

    private List<Value> links(Resource t, Property p) {
        return t.listProperties(p).toList().stream().map(s -> views.link(s.getObject())).toList();
    }

    private static String lang(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().filter(s -> s.getObject().isLiteral())
                .map(s -> s.getLiteral()).filter(l -> l.getLanguage().equals(lang))
                .map(l -> l.getLexicalForm()).findFirst().orElse("");
    }

}
