package org.regiolod.pipeline;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiolod.source.CsvTableReader;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built graph holds the PTTD as the seed states it: the 10 LIS, the 30 interventions with
 * their titles, the target groups and every cell of the Allegato-1 matrix. Expectations are
 * read from the committed tables (which the extractor test ties to the seed), not typed here.
 */
class PttdGraphTest {
    static final String BASE = BuiltData.BASE;
    static final Path PTTD = Path.of("data/lombardia/pttd-2021-2023");
    static BuildResult result;
    static Model union;

    @BeforeAll
    static void build() {
        result = BuiltData.result();
        union = BuiltData.union();
    }

    static List<QuerySolution> select(String sparql) {
        String prefixes = """
                PREFIX rlod: <https://w3id.org/regiolod/onto/>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                """;
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(prefixes + sparql, union)) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void validatesWithoutViolations() {
        assertTrue(result.validation().conforms(), () -> String.join("\n",
                result.validation().describe(result.validation().violations(), 20)));
    }

    @Test
    void theProgrammeHasTheTenLisAsAConceptScheme() {
        var rows = select("""
                SELECT ?code ?label WHERE {
                  <http://example.org/id/piano/psstd-2018> rlod:lineScheme ?scheme .
                  ?scheme skos:hasTopConcept ?line .
                  ?line skos:notation ?code ; skos:prefLabel ?label ; skos:inScheme ?scheme .
                }""");
        assertEquals(10, rows.size());
        Map<String, String> expected = new HashMap<>();
        for (Row r : table("data/lombardia/psstd-2018/lines.csv").rows()) expected.put(r.get("code"), r.get("title"));
        for (var row : rows) {
            assertEquals(expected.get(row.getLiteral("code").getString()), row.getLiteral("label").getString());
            assertEquals("it", row.getLiteral("label").getLanguage());
        }
    }

    @Test
    void thePlanHasItsThirtyInterventionsWithTheSourceTitles() {
        var rows = select("""
                SELECT ?code ?title ?doc WHERE {
                  <http://example.org/id/piano/pttd-2021-2023> rlod:hasIntervention ?i .
                  ?i dct:identifier ?code ; dct:title ?title ; rlod:isInterventionOf ?plan ; prov:wasDerivedFrom ?doc .
                }""");
        assertEquals(30, rows.size());
        Map<String, String> titles = new HashMap<>();
        for (Row r : table(PTTD + "/interventions.csv").rows()) titles.put(r.get("code"), r.get("title"));
        for (var row : rows) {
            assertEquals(titles.get(row.getLiteral("code").getString()), row.getLiteral("title").getString());
            assertEquals("http://example.org/id/documento/pttd-2021-2023", row.getResource("doc").getURI());
        }
    }

    @Test
    void everyMatrixCellIsALinkAndNothingElseIs() {
        Set<String> expected = new HashSet<>();
        for (Row r : table(PTTD + "/matrix.csv").rows()) {
            r.cells().forEach((col, cell) -> {
                if (cell.equals("X")) expected.add(r.get("intervention") + " " + col);
            });
        }
        Set<String> actual = new HashSet<>();
        for (var row : select("""
                SELECT ?code ?kind ?n WHERE {
                  ?i rlod:isInterventionOf <http://example.org/id/piano/pttd-2021-2023> ; dct:identifier ?code .
                  { ?i rlod:implementsLine ?x . BIND("line" AS ?kind) }
                  UNION { ?i rlod:hasPotentialTarget ?x . BIND("target" AS ?kind) }
                  ?x skos:notation ?n .
                }""")) {
            actual.add(row.getLiteral("code").getString() + " " + row.getLiteral("kind").getString() + ":" + row.getLiteral("n").getString());
        }
        assertEquals(expected, actual);
        assertTrue(expected.size() > 100, "the Allegato-1 matrix has well over 100 marked cells");
    }

    @Test
    void interventionsWithNoLineMarkedAreKeptAndOnlyWarnedAbout() {
        var unmarked = select("""
                SELECT ?code WHERE {
                  ?i a rlod:Intervention ; dct:identifier ?code .
                  FILTER NOT EXISTS { ?i rlod:implementsLine ?l }
                }""");
        assertTrue(!unmarked.isEmpty());
        assertEquals(unmarked.size(), result.validation().warnings().stream()
                .filter(w -> w.resultPath() != null && w.resultPath().toString().contains("implementsLine")).count());
    }

    @Test
    void interpretedTargetLabelsSayHowTheyWereDerived() {
        var rows = select("""
                SELECT ?n ?label ?interp ?how WHERE {
                  <http://example.org/id/piano/pttd-2021-2023> rlod:targetGroupScheme ?s .
                  ?g skos:inScheme ?s ; skos:notation ?n ; skos:prefLabel ?label ; rlod:labelIsInterpretation ?interp .
                  OPTIONAL { ?g rlod:labelDerivation ?how }
                }""");
        assertEquals(table(PTTD + "/target-groups.csv").rows().size(), rows.size());
        for (var row : rows) {
            if (row.getLiteral("interp").getBoolean()) {
                assertTrue(row.contains("how") && !row.getLiteral("how").getString().isBlank(), "group " + row.get("n"));
            }
        }
    }

    @Test
    void everyResourceWithACodeCarriesItAsIdentifierAndNotation() {
        var rows = select("""
                SELECT ?x WHERE {
                  { ?x a rlod:Intervention } UNION { ?x a rlod:StrategicLine } UNION { ?x a rlod:TargetGroup } UNION { ?x a rlod:Plan }
                  FILTER NOT EXISTS { ?x dct:identifier ?id ; skos:notation ?n }
                }""");
        assertEquals(List.of(), rows);
    }

    @Test
    void thePttdImplementsThePsstdAndTheSourceDocumentNamesItsSeedFile() {
        assertEquals(1, select("""
                SELECT * WHERE { <http://example.org/id/piano/pttd-2021-2023> rlod:implements <http://example.org/id/piano/psstd-2018> }""").size());
        var docs = select("""
                SELECT ?seed ?title WHERE { <http://example.org/id/documento/pttd-2021-2023> rlod:seedFile ?seed ; dct:title ?title ; dct:publisher ?p }""");
        assertEquals(1, docs.size());
        assertTrue(Path.of("seeds", docs.get(0).getLiteral("seed").getString()).toFile().isFile());
    }

    static Table table(String file) {
        return new CsvTableReader().read("test", Path.of(file));
    }
}
