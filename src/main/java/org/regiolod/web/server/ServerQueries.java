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
}
