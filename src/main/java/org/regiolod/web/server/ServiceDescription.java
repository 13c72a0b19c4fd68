package org.regiolod.web.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.regiolod.store.PublishedData;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SPARQL 1.1 Service Description of {@code /sparql}, answered to a GET without a query. */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String FORMATS_NS = "http://www.w3.org/ns/formats/";

    /** The RDF formats the description (and CONSTRUCT/DESCRIBE) can be written in, by media type. */
    static final Map<String, RDFFormat> FORMATS = new LinkedHashMap<>();
    static {
        FORMATS.put("text/turtle", RDFFormat.TURTLE_PRETTY);
        FORMATS.put("application/ld+json", RDFFormat.JSONLD11_PRETTY);
        FORMATS.put("application/rdf+xml", RDFFormat.RDFXML_PLAIN);
        FORMATS.put("application/n-triples", RDFFormat.NTRIPLES_UTF8);
    }
    private static final AcceptList OFFERS = AcceptList.create(FORMATS.keySet().toArray(String[]::new));

    private ServiceDescription() {}

    static void write(HttpServletRequest req, HttpServletResponse res, PublishedData data) throws IOException {
        String accept = req.getHeader("Accept");
        MediaType chosen = accept == null || accept.isBlank() ? MediaType.create("text/turtle")
                : AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            res.setHeader("Vary", "Accept");
            HttpFilter.reply(res, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "The service description is available as " + String.join(", ", FORMATS.keySet()) + ".");
            return;
        }
        String type = chosen.getContentTypeStr();
        Model sd = describe(data);
        res.setStatus(HttpServletResponse.SC_OK);
        res.setHeader("Vary", "Accept");
        res.setContentType(type + (type.equals("application/rdf+xml") ? "" : ";charset=utf-8"));
        if ("HEAD".equals(req.getMethod())) return;
        RDFDataMgr.write(res.getOutputStream(), sd, FORMATS.get(type));
    }

    static Model describe(PublishedData data) {
        String endpoint = data.baseUri() + RegioLodServer.SPARQL_PATH.substring(1);
        List<Map.Entry<String, Long>> graphs = ServerQueries.graphs(data);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("void", VOID).setNsPrefix("formats", FORMATS_NS);
        Property triples = m.createProperty(VOID, "triples");
        Resource service = m.createResource(endpoint)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "RDF_XML", "N-Triples")) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS_NS + f));
        }
        long total = graphs.stream().mapToLong(Map.Entry::getValue).sum();
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addLiteral(triples, total));
        for (Map.Entry<String, Long> g : graphs) {
            dataset.addProperty(m.createProperty(SD, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(g.getKey()))
                    .addProperty(m.createProperty(SD, "graph"), m.createResource()
                            .addProperty(RDF.type, m.createResource(SD + "Graph"))
                            .addLiteral(triples, g.getValue().longValue())));
        }
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }

    static Lang langOf(String mediaType) {
        return FORMATS.get(mediaType).getLang();
    }
}
