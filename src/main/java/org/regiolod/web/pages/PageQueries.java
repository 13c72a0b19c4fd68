package org.regiolod.web.pages;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPARQL the pages run, read from {@code queries/pages/NAME.rq} on the classpath and parsed
 * once (parsing the describe query was a third of a page's work). Values are bound by replacing
 * the file's variables with RDF terms in a copy of the parsed query ({@link #iri}, {@link #literal}):
 * nothing from a request is ever concatenated into query text.
 */
final class PageQueries {
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private PageQueries() {}

    /** The query as written. */
    static Query get(String name) {
        return parsed(name).cloneQuery();
    }

    /** The query with each named variable replaced by its term, everywhere (template included). */
    static Query bind(String name, Map<String, Node> values) {
        Map<Var, Node> byVar = new HashMap<>();
        values.forEach((var, node) -> byVar.put(Var.alloc(var), node));
        return QueryTransformOps.replaceVars(parsed(name), byVar);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Query parsed(String name) {
        return PARSED.computeIfAbsent(name, n -> QueryFactory.create(load(n), Syntax.syntaxSPARQL_11));
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
