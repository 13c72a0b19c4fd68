package org.regiolod.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an external store holds: the version of the data, when it was published, its base URI and
 * the named graphs that make it up. {@code publish} writes it last, as the graph
 * {@code {base}id/versione}, so a front that sees a new version sees a finished publish.
 */
public record VersionMarker(String baseUri, String version, Instant publishedAt, List<String> graphs) {
    public static final String PATH = "id/versione";
    private static final String QUERY = resource("/queries/store/versione-pubblicata.rq");

    public VersionMarker {
        graphs = List.copyOf(graphs);
    }

    /** The name of the marker's graph, which is also the marker's subject. */
    public static String graphName(String baseUri) {
        return baseUri + PATH;
    }

    public String graphName() {
        return graphName(baseUri);
    }

    public Model toModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dct", DCTerms.NS);
        Resource marker = m.createResource(graphName());
        marker.addProperty(RDFS.label, m.createLiteral("Versione dei dati pubblicata in questo archivio", "it"))
                .addProperty(DCTerms.identifier, version)
                .addProperty(DCTerms.issued, m.createTypedLiteral(publishedAt.toString(), XSDDatatype.XSDdateTime));
        graphs.forEach(g -> marker.addProperty(DCTerms.hasPart, m.createResource(g)));
        return m;
    }

    /** Reads the marker from a marker graph fetched as is (e.g. by Graph Store GET). */
    public static Optional<VersionMarker> fromModel(String baseUri, Model m) {
        Resource marker = m.getResource(graphName(baseUri));
        Statement id = marker.getProperty(DCTerms.identifier), issued = marker.getProperty(DCTerms.issued);
        if (id == null || issued == null) return Optional.empty();
        List<String> graphs = new ArrayList<>();
        marker.listProperties(DCTerms.hasPart).forEachRemaining(s -> graphs.add(s.getResource().getURI()));
        return Optional.of(new VersionMarker(baseUri, id.getString(), Instant.parse(issued.getLiteral().getLexicalForm()), graphs));
    }

    /** Finds the newest marker in a store through SPARQL (the graph list is not read here). */
    public static Optional<VersionMarker> query(RDFConnection conn) {
        List<VersionMarker> found = new ArrayList<>();
        conn.querySelect(QUERY, row -> found.add(fromRow(row)));
        return found.stream().findFirst();
    }

    private static VersionMarker fromRow(QuerySolution row) {
        String marker = row.getResource("marker").getURI();
        String base = marker.substring(0, marker.length() - PATH.length());
        return new VersionMarker(base, row.getLiteral("versione").getString(),
                Instant.parse(row.getLiteral("pubblicata").getLexicalForm()), List.of());
    }

    private static String resource(String name) {
        try (InputStream in = VersionMarker.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
