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
import org.regiolod.source.Manifest;
import org.regiolod.source.ManifestReader;
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
    /** The rows of every dataset's acts table (an act may approve a plan of another dataset). */
    static List<Row> acts = new ArrayList<>();
    static List<Manifest> manifests = new ArrayList<>();

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
        try (Stream<Path> files = Files.find(Path.of("data"), 3, (p, a) -> p.getFileName().toString().equals("dataset.yaml"))) {
            files.sorted().forEach(p -> {
                Manifest m = new ManifestReader().read(p);
                manifests.add(m);
                String actsFile = m.tables().get("acts");
                if (actsFile != null) acts.addAll(r.read("acts", p.resolveSibling(actsFile)).rows());
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    // Seeds 000, 002-004: expected answers read from the tables of the new datasets.
    static final String ANCI = "data/lombardia/accordo-anci-2022-2023/";

    static Table table(String kind, String file) {
        return new CsvTableReader().read(kind, Path.of(file));
    }

    @Test
    void theYearlyCommitmentsOfTheAnciAgreementAreTheSharesOfItsBudgetAndAddUpToIt() {
        Table amounts = table("amounts", ANCI + "amounts.csv");
        Map<String, java.math.BigDecimal> expected = new HashMap<>();
        amounts.rows().stream().filter(r -> r.has("part_of"))
                .forEach(r -> expected.put(r.get("budget_year"), new java.math.BigDecimal(r.get("value"))));
        var rows = run("12-impegni-annuali-accordo-anci");
        assertEquals(expected.size(), rows.size());
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (QuerySolution s : rows) {
            java.math.BigDecimal value = new java.math.BigDecimal(s.getLiteral("importo").getLexicalForm());
            assertEquals(0, expected.get(s.getLiteral("anno").getLexicalForm()).compareTo(value), "year " + s.get("anno"));
            assertEquals("EUR", s.getLiteral("valuta").getString());
            sum = sum.add(value);
        }
        assertEquals(0, sum.compareTo(new java.math.BigDecimal(rows.get(0).getLiteral("totale").getLexicalForm())), "shares add up to the total");
    }

    @Test
    void theNumericTargetsOfAnciAreTheRowsOfTheTargetsTable() {
        Table targets = table("targets", ANCI + "targets.csv");
        Map<String, String> expected = new HashMap<>();
        targets.rows().forEach(r -> expected.put(r.get("code"), r.get("comparator") + " " + r.get("value") + " " + r.get("unit")));
        Map<String, String> actual = new HashMap<>();
        for (QuerySolution s : run("13-obiettivi-numerici-anci")) {
            actual.put(s.getLiteral("obiettivo").getString(), s.getLiteral("comparatore").getString() + " "
                    + s.getLiteral("valore").getLexicalForm() + " " + s.getLiteral("unita").getString());
            assertTrue(s.getLiteral("indicatore").getString().length() > 0);
        }
        assertEquals(expected, actual);
    }

    @Test
    void theIoAndPagopaFiguresAreTheStatisticsTableWithTheirPeriodAndDeclarant() {
        Table stats = table("statistics", "data/nazionale/io-pagopa/statistics.csv");
        var rows = run("14-dati-app-io-pagopa");
        assertEquals(stats.rows().size(), rows.size());
        for (Row r : stats.rows()) {
            QuerySolution s = rows.stream().filter(q -> q.getLiteral("dato").getString().equals(r.get("code"))).findFirst().orElseThrow();
            assertEquals(r.get("value"), s.getLiteral("valore").getLexicalForm(), r.get("code"));
            assertEquals(r.get("comparator"), s.getLiteral("comparatore").getString(), r.get("code"));
            assertEquals(r.get("reference_year"), s.contains("anno") ? s.getLiteral("anno").getLexicalForm() : "", r.get("code"));
            assertEquals(r.has("stated_by"), s.contains("dichiarato_da"), r.get("code") + ": declarant only where the table names one");
            assertEquals(r.get("source_location"), s.getLiteral("minuto").getString());
        }
    }

    @Test
    void theTuscanMeetingsAreTheMeetingsTableInDateOrder() {
        Table meetings = table("events", "data/toscana/agenda-digitale-2023/meetings.csv");
        var rows = run("15-incontri-agenda-digitale-toscana");
        assertEquals(meetings.rows().stream().map(r -> r.get("city")).sorted().toList(),
                rows.stream().map(s -> s.getLiteral("citta").getString()).sorted().toList());
        for (QuerySolution s : rows) {
            Row r = meetings.rows().stream().filter(m -> m.get("city").equals(s.getLiteral("citta").getString())).findFirst().orElseThrow();
            assertTrue(s.getLiteral("data").getLexicalForm().startsWith(r.get("date")), r.get("city"));
            assertEquals(r.get("is_interpretation").equals("true"), s.contains("interpretazione"), r.get("city"));
        }
    }

    @Test
    void declaredAndPublishedLinesPerProgramme() {
        Table lines2025 = table("lines", "data/lombardia/psstd-2025/lines.csv");
        for (QuerySolution s : run("16-linee-dichiarate-e-pubblicate")) {
            String programme = s.getLiteral("programma").getString();
            long published = s.getLiteral("pubblicate").getLong();
            if (programme.equals("PSSTD 2025")) {
                assertEquals(16, s.getLiteral("dichiarate").getInt());
                assertEquals(lines2025.rows().size(), published);
            }
            if (programme.equals("PSSTD 2018")) assertEquals(lines.rows().size(), published);
        }
        assertTrue(column(run("16-linee-dichiarate-e-pubblicate"), "programma").containsAll(Set.of("PSSTD 2025", "PSSTD 2018")));
    }

    @Test
    void plansPerRegionAreThePlansOfTheManifestsWithTheirRegionAndYears() {
        Set<String> expected = new TreeSet<>();
        for (Manifest m : manifests) {
            Manifest.Plan p = m.plan();
            if (p == null) continue;
            expected.add(p.code() + " | " + (p.region() == null ? "" : p.region())
                    + " | " + (p.startYear() == null ? "" : p.startYear())
                    + " | " + (p.endYear() == null ? "" : p.endYear()));
        }
        assertTrue(expected.size() >= 3, "the data has plans: " + expected);
        Set<String> actual = new TreeSet<>();
        for (QuerySolution s : run("07-piani-per-regione")) {
            actual.add(s.getLiteral("codice").getString() + " | " + text(s, "regione") + " | " + text(s, "inizio") + " | " + text(s, "fine"));
            assertTrue(s.contains("editore"), "every plan names its publisher: " + s);
        }
        assertEquals(expected, actual);
    }

    @Test
    void approvalActsAreTheActsTableJoinedToTheManifestsThatCiteThem() {
        Set<String> expected = new TreeSet<>();
        for (Manifest m : manifests) {
            if (m.plan() == null) continue;
            for (String actId : m.plan().approvedBy()) {
                Row act = acts.stream().filter(a -> a.get("id").equals(actId)).findFirst().orElseThrow();
                expected.add(m.plan().code() + " | " + act.get("type") + " | " + act.get("number") + " | " + act.get("date"));
            }
        }
        assertFalse(expected.isEmpty(), "the data has approval acts");
        Set<String> actual = new TreeSet<>();
        for (QuerySolution s : run("11-atti-di-approvazione")) {
            actual.add(text(s, "piano") + " | " + text(s, "tipo") + " | " + text(s, "numero") + " | " + text(s, "data"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void theMatrixQueryListsTheLinesAndTargetsMarkedInEachRow() {
        Map<String, QuerySolution> byCode = new HashMap<>();
        run("10-matrice-allegato-1").forEach(s -> byCode.put(s.getLiteral("codice").getString(), s));
        for (Row r : matrix.rows()) {
            QuerySolution s = byCode.get(r.get("intervention"));
            assertTrue(s != null, r.get("intervention") + " is in the answer");
            Set<String> lis = new TreeSet<>(), dest = new TreeSet<>();
            r.cells().forEach((col, cell) -> {
                if (!cell.equals("X")) return;
                if (col.startsWith("line:")) lis.add(col.substring(5));
                if (col.startsWith("target:")) dest.add(col.substring(7));
            });
            assertEquals(lis, split(text(s, "linee")), "LIS of " + r.get("intervention"));
            assertEquals(dest, split(text(s, "destinatari")), "targets of " + r.get("intervention"));
        }
    }

    static String text(QuerySolution s, String var) {
        if (!s.contains(var)) return "";
        return s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString();
    }

    static Set<String> split(String list) {
        Set<String> out = new TreeSet<>();
        for (String part : list.split(",")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

}
