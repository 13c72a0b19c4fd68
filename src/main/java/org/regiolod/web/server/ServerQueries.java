package org.regiolod.web.server;

import org.regiolod.store.PublishedData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The server's own queries over the served data, read from {@code queries/serve/*.rq}. */
final class ServerQueries {
    private ServerQueries() {}

    static String text(String name) {
        String resource = "/queries/serve/" + name;
        try (InputStream in = ServerQueries.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each named graph with its number of triples. */
    static List<Map.Entry<String, Long>> graphs(PublishedData data) {
        String q = text("graphs.rq");
        return data.read(conn -> {
            List<Map.Entry<String, Long>> out = new ArrayList<>();
            conn.querySelect(q, row -> out.add(new AbstractMap.SimpleImmutableEntry<>(
                    row.getResource("graph").getURI(), row.getLiteral("triples").getLong())));
            return out;
        });
    }

    /** For each dataset of the catalog, the download URLs of its distributions. */
    static Map<String, List<String>> downloads(PublishedData data) {
        String q = text("downloads.rq");
        return data.read(conn -> {
            Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            conn.querySelect(q, row -> out.computeIfAbsent(row.getResource("dataset").getURI(), k -> new ArrayList<>())
                    .add(row.getResource("url").getURI()));
            return out;
        });
    }

    /** Entities under {@code uriSpace}, distinct subjects, classes and properties. */
    static Map<String, Long> voidCounts(PublishedData data, String uriSpace) {
        org.apache.jena.query.ParameterizedSparqlString q = new org.apache.jena.query.ParameterizedSparqlString(text("void-entities.rq"));
        q.setLiteral("uriSpace", uriSpace);
        String query = q.toString();
        return data.read(conn -> {
            Map<String, Long> out = new java.util.LinkedHashMap<>();
            conn.querySelect(query, row -> {
                for (String v : List.of("entities", "subjects", "classes", "properties")) out.put(v, row.getLiteral(v).getLong());
            });
            return out;
        });
    }

    /** A few typical resources: plans and an intervention. */
    static List<String> examples(PublishedData data) {
        String q = text("void-examples.rq");
        return data.read(conn -> {
            List<String> out = new ArrayList<>();
            conn.querySelect(q, row -> out.add(row.getResource("resource").getURI()));
            return out;
        });
    }
}
