package org.regiolod.store.ndc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV projection of a vocabulary that the NDC serves through its REST API, one row per
 * concept, and the JSON-LD 1.1 context mapping its columns back to the RDF properties.
 */
final class VocabularyCsv {
    static final List<String> COLUMNS = List.of("url", "notation", "label_it", "definition_it", "broader");

    private final Model vocab;
    private final Resource scheme;

    VocabularyCsv(Model vocab, Resource scheme) {
        this.vocab = vocab;
        this.scheme = scheme;
    }

    void write(Path csv, Path context) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<Resource> concepts = vocab.listSubjectsWithProperty(SKOS.inScheme, vocab.getResource(scheme.getURI())).toList();
        concepts.sort(Comparator.comparing(Resource::getURI));
        for (Resource c : concepts) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("url", c.getURI());
            row.put("notation", literal(c, SKOS.notation));
            row.put("label_it", literal(c, SKOS.prefLabel));
            row.put("definition_it", literal(c, SKOS.definition));
            Statement b = c.getProperty(SKOS.broader);
            row.put("broader", b == null ? "" : b.getResource().getURI());
            rows.add(row);
        }
        CsvSchema schema = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING).build().withHeader();
        new CsvMapper().writer(schema).writeValue(csv.toFile(), rows);

        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("@vocab", SKOS.getURI());
        ctx.put("url", "@id");
        ctx.put("notation", Map.of("@id", SKOS.notation.getURI()));
        ctx.put("label_it", Map.of("@id", SKOS.prefLabel.getURI(), "@language", "it"));
        ctx.put("definition_it", Map.of("@id", SKOS.definition.getURI(), "@language", "it"));
        ctx.put("broader", Map.of("@id", SKOS.broader.getURI(), "@type", "@id"));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(context.toFile(), Map.of("@context", ctx));
    }

    private static String literal(Resource r, Property p) {
        Statement st = r.getProperty(p);
        return st == null || !st.getObject().isLiteral() ? "" : st.getString();
    }
}
