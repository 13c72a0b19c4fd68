package org.regiolod.web.pages;

import org.apache.jena.query.ParameterizedSparqlString;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPARQL the pages run, read from {@code queries/pages/NAME.rq} on the classpath. Callers get
 * a fresh {@link ParameterizedSparqlString} and bind values with {@code setIri}/{@code setLiteral}:
 * nothing from a request is ever concatenated into a query.
 */
final class PageQueries {
    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();

    private PageQueries() {}

    static ParameterizedSparqlString get(String name) {
        return new ParameterizedSparqlString(TEXT.computeIfAbsent(name, PageQueries::load));
    }

    private static String load(String name) {
        String path = "queries/pages/" + name + ".rq";
        try (InputStream in = PageQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("query file missing from the classpath: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
