package org.regiolod.bench;

import org.apache.jena.query.ParameterizedSparqlString;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The suite's SPARQL queries ({@code queries/bench/*.rq}), with IRIs bound, never concatenated. */
final class BenchQueries {
    static final String INTERVENTIONS_OF_PLAN = "/queries/bench/interventions-of-plan.rq";
    static final String DESCRIBE = "/queries/bench/describe.rq";
    static final String PROPERTIES_OF = "/queries/bench/properties-of.rq";

    private BenchQueries() {}

    static String text(String resource) {
        try (InputStream in = BenchQueries.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query with {@code ?var} bound to {@code iri}, ready for a URL's query string. */
    static String bound(String resource, String var, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(text(resource));
        q.setIri(var, iri);
        return URLEncoder.encode(q.toString(), StandardCharsets.UTF_8);
    }
}
