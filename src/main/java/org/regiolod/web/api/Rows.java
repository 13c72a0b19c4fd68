package org.regiolod.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Query results copied out of the store as plain rows, and the small helpers that read them. */
final class Rows {
    private Rows() {}

    /** One result row: variable name to RDF term (unbound variables absent). */
    record Row(Map<String, Node> values) {
        Node node(String var) { return values.get(var); }

        String uri(String var) {
            Node n = values.get(var);
            return n != null && n.isURI() ? n.getURI() : null;
        }

        String text(String var) {
            Node n = values.get(var);
            if (n == null) return null;
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
        }

        boolean bool(String var) {
            Node n = values.get(var);
            return n != null && n.isLiteral() && "true".equals(n.getLiteralLexicalForm());
        }
    }

    /** Runs a SELECT (inside the caller's read transaction) and copies every row out. */
    static List<Row> select(RDFConnection conn, Query query) {
        List<Row> out = new ArrayList<>();
        conn.querySelect(query, (QuerySolution s) -> {
            Map<String, Node> m = new LinkedHashMap<>();
            for (Iterator<String> it = s.varNames(); it.hasNext(); ) {
                String v = it.next();
                if (s.get(v) != null) m.put(v, s.get(v).asNode());
            }
            out.add(new Row(m));
        });
        return out;
    }

    /** Rows grouped by the URI in {@code var}, in the order the URIs first appear. */
    static Map<String, List<Row>> groupBy(List<Row> rows, String var) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = r.uri(var);
            if (key != null) out.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** The value of {@code var} in the rows, preferring an Italian or untagged literal (the data's language). */
    static String first(List<Row> rows, String var) {
        String fallback = null;
        for (Row r : rows) {
            Node n = r.node(var);
            if (n == null) continue;
            String v = r.text(var);
            if (!n.isLiteral() || n.getLiteralLanguage().isEmpty() || n.getLiteralLanguage().equalsIgnoreCase("it")) return v;
            if (fallback == null) fallback = v;
        }
        return fallback;
    }

    /** Every distinct value of {@code var} in the rows, in order. */
    static List<String> all(List<Row> rows, String var) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Row r : rows) {
            String v = r.text(var);
            if (v != null) out.add(v);
        }
        return List.copyOf(out);
    }

    static boolean anyTrue(List<Row> rows, String var) {
        return rows.stream().anyMatch(r -> r.bool(var));
    }
}
