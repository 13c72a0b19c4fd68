package org.regiolod.web.examples;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.source.CsvTableReader;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example query runs on the built data and gives the answer the source gives. Expected
 * answers are computed from the input tables (which the extractor test ties to the seeds).
 */
class ExampleQueriesTest {
    static Model union;
    static Map<String, ExampleQuery> byName = new HashMap<>();
    static Table matrix, targets, lines;

    @BeforeAll
    static void setUp() {
        var result = BuildPipeline.builder().data(Path.of("data")).baseUri("http://example.org/").build().run();
        union = ModelFactory.createDefaultModel();
        Dataset ds = result.dataset();
        ds.executeRead(() -> ds.listModelNames().forEachRemaining(n -> union.add(ds.getNamedModel(n))));
        ExampleQueries.load().forEach(q -> byName.put(q.name(), q));
        CsvTableReader r = new CsvTableReader();
        matrix = r.read("matrix", Path.of("data/lombardia/pttd-2021-2023/matrix.csv"));
        targets = r.read("target_groups", Path.of("data/lombardia/pttd-2021-2023/target-groups.csv"));
        lines = r.read("lines", Path.of("data/lombardia/psstd-2018/lines.csv"));
    }

    static List<QuerySolution> run(String name) {
        ExampleQuery q = byName.get(name);
        assertTrue(q != null, "example " + name + " exists");
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(q.sparql(), union)) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static Set<String> column(List<QuerySolution> rows, String var) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()));
        return out;
    }

    @Test
    void thereAreAtLeastTenExamplesEachWithTitleAndDescriptionAndAllRun() throws IOException {
        assertTrue(byName.size() >= 10);
        try (Stream<Path> files = Files.list(Path.of("queries/examples"))) {
            Set<String> onDisk = new TreeSet<>();
            files.filter(p -> p.toString().endsWith(".rq")).forEach(p -> onDisk.add(p.getFileName().toString().replace(".rq", "")));
            assertEquals(onDisk, new TreeSet<>(byName.keySet()), "INDEX lists every .rq file");
        }
        for (ExampleQuery q : byName.values()) {
            assertFalse(q.title().isBlank());
            // "Which lines have no intervention?" may rightly answer nothing: its own test checks it.
            if (!q.name().equals("03-linee-senza-interventi")) assertFalse(run(q.name()).isEmpty(), q.name() + " answers something");
        }
    }

    @Test
    void interventionsForCitizensAreTheRowsMarkedInTheCitizensColumn() {
        String column = targets.rows().stream().filter(r -> r.get("label").equals("Cittadini")).findFirst().orElseThrow().get("notation");
        Set<String> expected = new TreeSet<>();
        matrix.rows().stream().filter(r -> r.get("target:" + column).equals("X")).forEach(r -> expected.add(r.get("intervention")));
        var rows = run("01-interventi-per-i-cittadini");
        assertEquals(expected, column(rows, "codice"));
        assertEquals(Set.of("true"), column(rows, "interpretata"), "the label is flagged as an interpretation");
    }

    @Test
    void theLinesOfI22AreTheMarkedCellsOfItsRow() {
        Row i22 = matrix.rows().stream().filter(r -> r.get("intervention").equals("I.22")).findFirst().orElseThrow();
        Set<String> expected = new TreeSet<>();
        i22.cells().forEach((col, cell) -> { if (col.startsWith("line:") && cell.equals("X")) expected.add(col.substring(5)); });
        assertFalse(expected.isEmpty());
        assertEquals(expected, column(run("02-linee-attuate-da-I22"), "lis"));
    }

    @Test
    void linesWithoutInterventionsAreTheEmptyColumns() {
        Set<String> expected = new TreeSet<>();
        for (Row l : lines.rows()) {
            boolean used = matrix.rows().stream().anyMatch(r -> r.get("line:" + l.get("code")).equals("X"));
            if (!used) expected.add(l.get("code"));
        }
        assertEquals(expected, column(run("03-linee-senza-interventi"), "codice"));
    }

    @Test
    void interventionsWithoutLineAreTheRowsWithNoLineMarked() {
        Set<String> expected = new TreeSet<>();
        for (Row r : matrix.rows()) {
            boolean any = r.cells().entrySet().stream().anyMatch(e -> e.getKey().startsWith("line:") && e.getValue().equals("X"));
            if (!any) expected.add(r.get("intervention"));
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, column(run("04-interventi-senza-linea"), "codice"));
    }

    @Test
    void countsPerLineAndPerTargetMatchTheMatrix() {
        for (QuerySolution s : run("05-interventi-per-linea")) {
            String code = s.getLiteral("lis").getString();
            long expected = matrix.rows().stream().filter(r -> r.get("line:" + code).equals("X")).count();
            assertEquals(expected, s.getLiteral("interventi").getLong(), "LIS " + code);
        }
        for (QuerySolution s : run("06-interventi-per-destinatario")) {
            String col = s.getLiteral("colonna").getString();
            long expected = matrix.rows().stream().filter(r -> r.get("target:" + col).equals("X")).count();
            assertEquals(expected, s.getLiteral("interventi").getLong(), "target " + col);
        }
    }

    @Test
    void provenanceNamesTheSeedFileAndThePlaces() {
        var rows = run("08-da-dove-viene-un-intervento");
        assertTrue(column(rows, "file").stream().allMatch(f -> Files.isRegularFile(Path.of("seeds", f))));
        assertEquals(new TreeSet<>(List.of("Allegato 1", "§3")), column(rows, "posizione"));
    }

    @Test
    void interpretedLabelsAreListedWithTheirDerivation() {
        Set<String> expected = new LinkedHashSet<>();
        targets.rows().stream().filter(r -> r.get("label_is_interpretation").equals("true")).forEach(r -> expected.add(r.get("notation")));
        assertEquals(new TreeSet<>(expected), column(run("09-etichette-interpretate"), "colonna"));
    }

    @Test
    void theMatrixQueryHasOneRowPerIntervention() {
        assertEquals(matrix.rows().size(), run("10-matrice-allegato-1").size());
    }
}
