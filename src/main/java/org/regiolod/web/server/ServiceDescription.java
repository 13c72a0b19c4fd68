package org.regiolod.web.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.regiolod.store.PublishedData;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The SPARQL 1.1 Service Description of {@code /sparql}, answered to a GET without a query. */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String FORMATS_NS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    static void write(HttpServletRequest req, HttpServletResponse res, Model sd) throws IOException {
        res.setHeader("Vary", "Accept");
        var chosen = RdfConneg.choose(req.getHeader("Accept"));
        if (chosen.isEmpty()) {
            HttpFilter.reply(res, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "The service description is available as " + String.join(", ", RdfConneg.FORMATS.keySet()) + ".");
            return;
        }
        String type = chosen.get();
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentType(RdfConneg.contentType(type));
        if ("HEAD".equals(req.getMethod())) return;
        RDFDataMgr.write(res.getOutputStream(), sd, RdfConneg.FORMATS.get(type));
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
}
