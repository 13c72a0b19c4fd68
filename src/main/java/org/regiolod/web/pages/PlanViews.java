package org.regiolod.web.pages;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.regiolod.web.pages.Views.Bar;
import org.regiolod.web.pages.Views.BarChart;
import org.regiolod.web.pages.Views.Column;
import org.regiolod.web.pages.Views.Matrix;
import org.regiolod.web.pages.Views.MatrixRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plan page's extras: the Allegato-1 matrix (interventions × lines × target groups) and its charts. */
final class PlanViews {
    private static final int BAR_HEIGHT = 24;
    private static final int LABEL_WIDTH = 90;
    private static final int CHART_WIDTH = 640;

    private final LocalPaths paths;

    PlanViews(LocalPaths paths) {
        this.paths = paths;
    }

    Matrix matrix(RDFConnection conn, String planIri) {
        var cq = PageQueries.bind("plan-columns", Map.of("plan", PageQueries.iri(planIri)));
        Map<String, Column> lines = new LinkedHashMap<>();
        Map<String, Column> targets = new LinkedHashMap<>();
        conn.querySelect(cq, row -> {
            String iri = row.getResource("column").getURI();
            String kind = row.getLiteral("kind").getString();
            String notation = text(row, "notation", TermLabels.localName(iri));
            String label = text(row, "label", notation);
            boolean interpreted = row.contains("interpreted") && row.getLiteral("interpreted").getBoolean();
            Column c = new Column(notation, label, paths.pageOf(iri).orElse(iri), interpreted);
            (kind.equals("line") ? lines : targets).putIfAbsent(iri, c);
        });
        List<String> lineIris = sorted(lines);
        List<String> targetIris = sorted(targets);

        var mq = PageQueries.bind("plan-matrix", Map.of("plan", PageQueries.iri(planIri)));
        Map<String, String[]> rows = new LinkedHashMap<>();
        Map<String, Set<String>> marks = new LinkedHashMap<>();
        conn.querySelect(mq, row -> {
            String i = row.getResource("i").getURI();
            rows.putIfAbsent(i, new String[]{row.getLiteral("code").getString(), text(row, "title", "")});
            Set<String> m = marks.computeIfAbsent(i, k -> new HashSet<>());
            if (row.contains("column")) m.add(row.getResource("column").getURI());
        });
        List<MatrixRow> matrixRows = new ArrayList<>();
        rows.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getValue()[0], NaturalOrder.INSTANCE))
                .forEach(e -> {
                    Set<String> m = marks.get(e.getKey());
                    matrixRows.add(new MatrixRow(e.getValue()[0], e.getValue()[1], paths.pageOf(e.getKey()).orElse(e.getKey()),
                            lineIris.stream().map(m::contains).toList(), targetIris.stream().map(m::contains).toList()));
                });
        return new Matrix(lineIris.stream().map(lines::get).toList(), targetIris.stream().map(targets::get).toList(), matrixRows);
    }

    BarChart chart(String id, String title, List<Column> columns, List<MatrixRow> rows, boolean byLine) {
        List<Integer> counts = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            final int col = c;
            counts.add((int) rows.stream().filter(r -> (byLine ? r.lines() : r.targets()).get(col)).count());
        }
        int max = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(1));
        int barSpace = CHART_WIDTH - LABEL_WIDTH - 40;
        List<Bar> bars = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            int n = counts.get(c);
            bars.add(new Bar(col.label(), col.notation(), col.href(), n, c * BAR_HEIGHT + 4, n * barSpace / max));
            if (summary.length() > 0) summary.append("; ");
            summary.append(col.notation()).append(" ").append(col.label()).append(": ").append(n);
        }
        return new BarChart(id, title, summary.toString(), bars, CHART_WIDTH, columns.size() * BAR_HEIGHT + 8, LABEL_WIDTH);
    }

    private static List<String> sorted(Map<String, Column> cols) {
        return cols.keySet().stream()
                .sorted(Comparator.comparing((String k) -> cols.get(k).notation(), NaturalOrder.INSTANCE)).toList();
    }

    private static String text(QuerySolution row, String var, String fallback) {
        return row.contains(var) ? row.get(var).asLiteral().getLexicalForm() : fallback;
    }
}
