package org.regiolod.rdf.catalog;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.Prefixes;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The SKOS concept schemes a dataset's graph holds, and each one's own extract (scheme + concepts). */
final class ConceptSchemes {
    private ConceptSchemes() {}

    static List<Resource> in(Model graph) {
        return graph.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    /** The scheme's concepts: those in it, or at its top, either way round. */
    static Set<Resource> conceptsOf(Resource scheme) {
        Model g = scheme.getModel();
        Set<Resource> out = new LinkedHashSet<>();
        out.addAll(g.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
        out.addAll(g.listSubjectsWithProperty(SKOS.topConceptOf, scheme).toList());
        scheme.listProperties(SKOS.hasTopConcept).forEachRemaining(s -> {
            if (s.getObject().isResource()) out.add(s.getResource());
        });
        return out;
    }

    /** Everything the graph says about the scheme and its concepts: the vocabulary as a file of its own. */
    static Model extract(Resource scheme) {
        Model out = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.STANDARD);
        out.add(scheme.listProperties());
        for (Resource c : conceptsOf(scheme)) out.add(c.listProperties());
        return out;
    }

    /**
     * The scheme's local name for files and identifiers: its dct:identifier, else its IRI's path
     * after {@code /id/} with dashes for slashes (schema/linee/x becomes schema-linee-x).
     */
    static String localId(Resource scheme) {
        var id = scheme.getProperty(DCTerms.identifier);
        if (id != null && id.getObject().isLiteral()) return id.getString();
        String uri = scheme.getURI().replaceAll("[/#]+$", "");
        int at = uri.indexOf("/id/");
        String path = at >= 0 ? uri.substring(at + 4) : uri.substring(uri.lastIndexOf('/') + 1);
        return path.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
