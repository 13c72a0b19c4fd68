package org.regiolod.web.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.regiolod.store.PublishedData;
import org.regiolod.web.Routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The VoID description of the served data at {@value #PATH} (Turtle, or JSON-LD, RDF/XML,
 * N-Triples by Accept): SPARQL endpoint, dumps, URI space, example resources, triple and entity
 * counts, and one subset per dataset (named graph) with its size and dumps from the catalog.
 */
public final class VoidRoutes implements Routes {
    public static final String PATH = "/.well-known/void";
    static final String VOID = "http://rdfs.org/ns/void#";

    private final Supplier<PublishedData> data;
    /** One description per data version: the counts cost a scan of the data. */
    private final PerVersion<Model> descriptions = new PerVersion<>(VoidRoutes::describe);

    public VoidRoutes(Supplier<PublishedData> data) {
        this.data = data;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get(PATH, this::answer);
    }

    private void answer(Context ctx) {
        PublishedData version = data.get();
        ctx.header("Vary", "Accept");
        Optional<String> type = RdfConneg.choose(ctx.header("Accept"));
        if (type.isEmpty()) {
            ctx.status(HttpStatus.NOT_ACCEPTABLE).contentType("text/plain;charset=utf-8")
                    .result("VoID is available as " + String.join(", ", RdfConneg.FORMATS.keySet()) + ".\n");
            return;
        }
        String etag = "\"void-" + version.version() + "-" + Integer.toHexString(type.get().hashCode()) + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        Model m = descriptions.get(version);
        ctx.contentType(RdfConneg.contentType(type.get()))
                .result(RDFWriter.source(m).format(RdfConneg.FORMATS.get(type.get())).asString());
    }

    /** The description of one version of the data. */
    public static Model describe(PublishedData data) {
        String base = data.baseUri();
        String uriSpace = base + "id/";
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Property triples = m.createProperty(VOID, "triples");
        Property dataDump = m.createProperty(VOID, "dataDump");

        List<Map.Entry<String, Long>> graphs = ServerQueries.graphs(data);
        Map<String, List<String>> downloads = ServerQueries.downloads(data);
        Map<String, Long> counts = ServerQueries.voidCounts(data, uriSpace);
        List<String> examples = ServerQueries.examples(data);

        Resource all = m.createResource(base + PATH.substring(1) + "#regiolod")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "RegioLOD")
                .addProperty(DCTerms.description, m.createLiteral(
                        "Piani regionali per la trasformazione digitale come Linked Open Data", "it"))
                .addProperty(DCTerms.modified, m.createTypedLiteral(data.publishedAt().toString(), XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(base + "sparql"))
                .addProperty(dataDump, m.createResource(base + "dumps/regiolod.nq"))
                .addProperty(m.createProperty(VOID, "uriSpace"), uriSpace)
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource("https://w3id.org/regiolod/onto/"))
                .addProperty(RDFS.seeAlso, m.createResource(base + "id/catalogo"))
                .addLiteral(triples, graphs.stream().mapToLong(Map.Entry::getValue).sum())
                .addLiteral(m.createProperty(VOID, "entities"), counts.get("entities").longValue())
                .addLiteral(m.createProperty(VOID, "distinctSubjects"), counts.get("subjects").longValue())
                .addLiteral(m.createProperty(VOID, "classes"), counts.get("classes").longValue())
                .addLiteral(m.createProperty(VOID, "properties"), counts.get("properties").longValue());
        for (String f : List.of("Turtle", "N-Triples", "JSON-LD", "RDF_XML", "N-Quads")) {
            all.addProperty(m.createProperty(VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/" + f));
        }
        for (String e : examples) all.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(e));
        for (Map.Entry<String, Long> g : graphs) {
            Resource subset = m.createResource(g.getKey())
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addLiteral(triples, g.getValue().longValue())
                    .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(base + "sparql"));
            for (String url : downloads.getOrDefault(g.getKey(), List.of())) subset.addProperty(dataDump, m.createResource(url));
            all.addProperty(m.createProperty(VOID, "subset"), subset);
        }
        return m;
    }
}
