package org.regiolod.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One query file of {@code queries/api/}. Its WHERE clause opens (or, in a query with FILTER
 * EXISTS on parameters, ends) with the parameter row {@code VALUES (?a ?b) { (UNDEF UNDEF) }}:
 * the file runs as it is (no filter) in any SPARQL client, and the API binds parameters by
 * replacing that row with typed RDF terms. User input therefore reaches the query only as data
 * of the parsed query, never as query text.
 *
 * <p>ARQ's filter placement does not count the variables inside EXISTS: a filter such as
 * {@code FILTER(!BOUND(?p) || EXISTS { ?item :q ?p })} would be pushed onto the parameter row,
 * where ?item is not bound yet, and let everything through. Such filters also name the item
 * outside EXISTS ({@code isIRI(?item) && EXISTS {...}}); ApiQueryTest checks the filters work.
 */
public final class ApiQuery {
    public static final String FOLDER = "/queries/api/";

    private final String name;
    private final String text;
    /** Parsed once: parsing was a sixth of an API answer's CPU. Every use gets a copy of it. */
    private final Query parsed;
    private final List<Var> parameters;

    private ApiQuery(String name, String text) {
        this.name = name;
        this.text = text;
        this.parsed = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        this.parameters = List.copyOf(parameterRow(parsed, name).getVars());
    }

    /** Loads {@code queries/api/<name>.rq} from the classpath; fails at once if it does not parse. */
    public static ApiQuery load(String name) {
        String resource = FOLDER + name + ".rq";
        try (InputStream in = ApiQuery.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            return new ApiQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() { return name; }

    public String text() { return text; }

    /** The parameters the file declares in its VALUES row, in order. */
    public List<String> parameters() {
        return parameters.stream().map(Var::getVarName).toList();
    }

    /** The query as written (every parameter UNDEF). */
    public Query template() { return parse(); }

    /** The query with one row of parameters; a parameter left out stays UNDEF. */
    public Query bind(Map<String, Node> values) {
        return bindRows(List.of(values));
    }

    /** The query with several rows of parameters (e.g. the items of one page). */
    public Query bindRows(List<Map<String, Node>> rows) {
        List<Binding> bindings = new ArrayList<>();
        for (Map<String, Node> row : rows) {
            Set<String> unknown = new java.util.HashSet<>(row.keySet());
            unknown.removeAll(parameters());
            if (!unknown.isEmpty()) throw new IllegalArgumentException(name + " has no parameter " + unknown);
            BindingBuilder b = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
            for (Var v : parameters) {
                Node n = row.get(v.getVarName());
                if (n != null) b.add(v, n);
            }
            bindings.add(b.build());
        }
        Query q = parse();
        ElementGroup group = (ElementGroup) q.getQueryPattern();
        group.getElements().set(rowIndex(group), new ElementData(new ArrayList<>(parameters), bindings));
        return q;
    }

    /** A page of a bound query. */
    public static Query page(Query bound, long limit, long offset) {
        bound.setLimit(limit);
        bound.setOffset(offset);
        return bound;
    }

    /** {@code SELECT (COUNT(*) AS ?total) { <bound query without order, limit, offset> }}: the rows a pager walks through. */
    public static Query count(Query bound) {
        Query inner = bound.cloneQuery();
        inner.setLimit(Query.NOLIMIT);
        inner.setOffset(Query.NOLIMIT);
        if (inner.getOrderBy() != null) inner.getOrderBy().clear();
        // The outer query declares the prefixes: a subquery's own PREFIX lines would serialize
        // inside the braces, which is not SPARQL (a remote store, serve --sparql-endpoint, says 400).
        inner.setPrefixMapping(org.apache.jena.shared.PrefixMapping.Factory.create());
        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(bound.getPrefixMapping());
        ElementGroup g = new ElementGroup();
        g.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(g);
        count.addResultVar("total", count.allocAggregate(
                org.apache.jena.sparql.expr.aggregate.AggregatorFactory.createCount(false)));
        return count;
    }

    /** A deep copy of the parsed file, which the caller may change (parameter row, limit, offset). */
    private Query parse() {
        return parsed.cloneQuery();
    }

    private static ElementData parameterRow(Query q, String name) {
        if (q.getQueryPattern() instanceof ElementGroup g && rowIndex(g) >= 0) {
            return (ElementData) g.getElements().get(rowIndex(g));
        }
        throw new IllegalStateException(name + ".rq: the WHERE clause must open or end with the parameter row VALUES (?p ...) { (UNDEF ...) }");
    }

    /** Where the parameter row is in the WHERE group: first or last element, or -1. */
    private static int rowIndex(ElementGroup g) {
        List<Element> e = g.getElements();
        if (e.isEmpty()) return -1;
        if (e.get(0) instanceof ElementData d && d.getRows().size() == 1) return 0;
        if (e.get(e.size() - 1) instanceof ElementData d && d.getRows().size() == 1) return e.size() - 1;
        return -1;
    }
}
