package org.regiolod.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiolod.rdf.UriScheme;
import org.regiolod.source.CsvTableReader;
import org.regiolod.source.Row;
import org.regiolod.source.Table;
import org.regiolod.validate.ShapesValidator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 001 beyond the matrix: AgID's PT 2020-2022 macro-areas and objectives as the PTTD cites
 * them, the Decalogo, the project kinds, the acronym table and the PSSTD governance bodies are in
 * the built graph as SKOS vocabularies and organisations, each row with its code, its words, its
 * scheme and its provenance. Expectations are read from the committed tables (which the extractor
 * tests tie to the seed), not typed here.
 */
class PttdContextGraphTest {
    static final String BASE = BuiltData.BASE;
    static final String PTTD_DOC = BASE + "id/documento/pttd-2021-2023";
    static final String AGID_DIR = "data/agid/piano-triennale-2020-2022/";
    static final String PTTD_DIR = "data/lombardia/pttd-2021-2023/";
    static final String PSSTD_DIR = "data/lombardia/psstd-2018/";
    static BuildResult result;
    static Model union;

    @BeforeAll
    static void build() {
        result = BuiltData.result();
        union = BuiltData.union();
    }

    /** A vocabulary table: where it is, which plan owns the scheme, which columns hold what. */
    record Vocabulary(String file, String plan, String rlodClass, String codeColumn, String labelColumn, String definitionColumn) {
        @Override public String toString() { return file; }
    }

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                new Vocabulary(AGID_DIR + "macro-areas.csv", "piano-triennale-2020-2022", "MacroArea", "code", "title", null),
                new Vocabulary(AGID_DIR + "objectives.csv", "piano-triennale-2020-2022", "Objective", "code", "title", null),
                new Vocabulary(PTTD_DIR + "decalogue.csv", "pttd-2021-2023", "Guideline", "code", null, "text"),
                new Vocabulary(PTTD_DIR + "project-kinds.csv", "pttd-2021-2023", "ProjectKind", "code", "label", "definition"),
                new Vocabulary(PTTD_DIR + "acronyms.csv", "pttd-2021-2023", "GlossaryEntry", "acronym", "expansion", null),
                new Vocabulary(PSSTD_DIR + "governance-functions.csv", "psstd-2018", "GovernanceFunction", "code", "text", null)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void everyRowIsAConceptOfAPlanSchemeWithItsCodeWordsAndProvenance(Vocabulary v) {
        Map<String, QuerySolution> byCode = new HashMap<>();
        for (QuerySolution s : select("""
                SELECT ?c ?code ?label ?def ?doc ?where ?scheme WHERE {
                  ?plan rlod:hasConceptScheme ?scheme .
                  ?scheme a skos:ConceptScheme ; skos:prefLabel ?schemeLabel .
                  ?c a ?cls , skos:Concept ; skos:inScheme ?scheme ; skos:notation ?code ; skos:prefLabel ?label ;
                     prov:wasDerivedFrom ?doc ; rlod:sourceLocation ?where .
                  OPTIONAL { ?c skos:definition ?def }
                }""", Map.of("plan", BASE + "id/piano/" + v.plan(), "cls", "https://w3id.org/regiolod/onto/" + v.rlodClass()))) {
            assertEquals(null, byCode.put(s.getLiteral("code").getString(), s), "one concept per code: " + s);
        }
        List<Row> rows = table(v.file()).rows();
        assertEquals(rows.size(), byCode.size(), "one concept per row of " + v.file());
        for (Row row : rows) {
            QuerySolution c = byCode.get(row.get(v.codeColumn()));
            assertNotNull(c, "row " + row.line() + " of " + v.file());
            Literal label = c.getLiteral("label");
            assertEquals("it", label.getLanguage());
            if (v.labelColumn() != null) assertEquals(row.get(v.labelColumn()), label.getString());
            else assertTrue(label.getString().endsWith("punto " + row.get(v.codeColumn())), label.getString());
            if (v.definitionColumn() != null) {
                assertEquals(row.get(v.definitionColumn()), c.getLiteral("def").getString());
                assertEquals("it", c.getLiteral("def").getLanguage());
            } else {
                assertFalse(c.contains("def"), "the source gives no definition for " + row.get(v.codeColumn()));
            }
            assertEquals(PTTD_DOC, c.getResource("doc").getURI());
            assertEquals(row.get("source_location"), c.getLiteral("where").getString());
        }
    }

    @Test
    void theMacroAreasAreTopConceptsAndEachObjectiveSitsUnderItsArea() {
        String scheme = BASE + "id/schema/macroaree-piano-triennale-2020-2022";
        for (Row area : table(AGID_DIR + "macro-areas.csv").rows()) {
            Resource a = union.getResource(BASE + "id/macroarea/piano-triennale-2020-2022/" + area.get("code"));
            assertTrue(a.hasProperty(SKOS.topConceptOf, union.getResource(scheme)), a.getURI());
            assertTrue(union.getResource(scheme).hasProperty(SKOS.hasTopConcept, a), a.getURI());
        }
        Map<String, Integer> perArea = new HashMap<>();
        for (Row objective : table(AGID_DIR + "objectives.csv").rows()) {
            Resource o = union.getResource(BASE + "id/obiettivo/piano-triennale-2020-2022/" + objective.get("code"));
            Resource area = union.getResource(BASE + "id/macroarea/piano-triennale-2020-2022/" + objective.get("macro_area"));
            assertEquals(List.of(area), union.listObjectsOfProperty(o, SKOS.broader).toList(), o.getURI());
            assertTrue(area.hasProperty(SKOS.narrower, o), area.getURI() + " narrower " + o.getURI());
            assertFalse(o.hasProperty(SKOS.topConceptOf), "an objective is not a top concept: " + o.getURI());
            perArea.merge(objective.get("macro_area"), 1, Integer::sum);
        }
        perArea.forEach((code, n) -> assertEquals(n.intValue(), union.listObjectsOfProperty(
                union.getResource(BASE + "id/macroarea/piano-triennale-2020-2022/" + code), SKOS.narrower).toList().size()));
    }

    @Test
    void thePttdAlignsWithTheAgidPlanPublishedByAgidAndCitedByThePttd() {
        var rows = select("""
                SELECT ?publisher ?name ?doc WHERE {
                  <http://example.org/id/piano/pttd-2021-2023> rlod:alignsWith ?agid .
                  ?agid a rlod:Plan ; dct:publisher ?publisher ; prov:wasDerivedFrom ?doc .
                  ?publisher foaf:name ?name .
                }""", Map.of());
        assertEquals(1, rows.size());
        Row agid = table("data/organizzazioni/organisations.csv").rows().stream()
                .filter(r -> r.get("id").equals("agid")).findFirst().orElseThrow();
        assertEquals(BASE + "id/organizzazione/agid", rows.get(0).getResource("publisher").getURI());
        assertEquals(agid.get("name"), rows.get(0).getLiteral("name").getString());
        assertEquals(PTTD_DOC, rows.get(0).getResource("doc").getURI(), "the AgID plan is known from the PTTD that cites it");
    }

    @Test
    void theGlossaryKeepsTheSourcesWordsAndPublishesOurNotesOnThem() {
        int notes = 0;
        for (Row row : table(PTTD_DIR + "acronyms.csv").rows()) {
            Resource entry = union.getResource(new UriScheme(BASE).acronym("pttd-2021-2023", row.get("acronym")));
            assertEquals(row.get("acronym"), entry.getProperty(SKOS.altLabel).getString());
            assertEquals(row.get("expansion"), entry.getProperty(SKOS.prefLabel).getString(), "the expansion as the source writes it");
            List<String> published = union.listObjectsOfProperty(entry, SKOS.editorialNote).mapWith(n -> n.asLiteral().getString()).toList();
            assertEquals(row.has("note") ? List.of(row.get("note")) : List.of(), published, row.get("acronym"));
            if (row.has("note")) notes++;
        }
        assertTrue(notes >= 1, "the table records at least one source error (PSSTD)");
    }

    @Test
    void theGovernanceBodiesAreOrganisationsOfTheProgrammeWithTheirFunctions() {
        Map<String, List<String>> functions = new HashMap<>();
        for (Row f : table(PSSTD_DIR + "governance-functions.csv").rows()) {
            functions.computeIfAbsent(f.get("body"), b -> new ArrayList<>()).add(f.get("text"));
        }
        for (Row body : table(PSSTD_DIR + "governance-bodies.csv").rows()) {
            var rows = select("""
                    SELECT ?name ?text ?where WHERE {
                      <http://example.org/id/piano/psstd-2018> rlod:hasGovernanceBody ?b .
                      ?b a rlod:GovernanceBody , org:Organization ; skos:notation ?code ; foaf:name ?name ;
                         dct:description ?text ; prov:wasDerivedFrom ?doc ; rlod:sourceLocation ?where .
                    }""", Map.of("code", body.get("code"), "doc", PTTD_DOC));
            assertEquals(1, rows.size(), "body " + body.get("code"));
            assertEquals(body.get("name"), rows.get(0).getLiteral("name").getString());
            assertEquals(body.get("text"), rows.get(0).getLiteral("text").getString());
            assertEquals(body.get("source_location"), rows.get(0).getLiteral("where").getString());
            List<String> purposes = new ArrayList<>();
            select("""
                    SELECT ?text WHERE { ?b skos:notation ?code ; a rlod:GovernanceBody ; org:purpose ?f . ?f skos:prefLabel ?text }""",
                    Map.of("code", body.get("code"))).forEach(s -> purposes.add(s.getLiteral("text").getString()));
            assertEquals(functions.getOrDefault(body.get("code"), List.of()).stream().sorted().toList(), purposes.stream().sorted().toList());
        }
    }

    @Test
    void theShapesCatchAnObjectiveWithoutAreaAndAConceptWithoutCode() {
        assertTrue(result.validation().conforms(), () -> String.join("\n",
                result.validation().describe(result.validation().violations(), 20)));
        Model broken = ModelFactory.createDefaultModel().add(union);
        Resource objective = broken.getResource(BASE + "id/obiettivo/piano-triennale-2020-2022/2.3");
        Resource guideline = broken.getResource(BASE + "id/linea-guida/pttd-2021-2023/4");
        broken.removeAll(objective, SKOS.broader, null);
        broken.removeAll(guideline, SKOS.notation, null);
        Graph data = broken.getGraph();
        List<ReportEntry> violations = ShapesValidator.standard().validate(data).violations();
        assertTrue(violations.stream().anyMatch(e -> e.focusNode().getURI().equals(objective.getURI())
                && e.resultPath() != null && e.resultPath().toString().contains("broader")), violations::toString);
        assertTrue(violations.stream().anyMatch(e -> e.focusNode().getURI().equals(guideline.getURI())
                && e.resultPath() != null && e.resultPath().toString().contains("notation")), violations::toString);
    }

    static List<QuerySolution> select(String sparql, Map<String, String> bindings) {
        var pss = new org.apache.jena.query.ParameterizedSparqlString("""
                PREFIX rlod: <https://w3id.org/regiolod/onto/>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                """ + sparql);
        bindings.forEach((k, v) -> {
            if (v.startsWith("http")) pss.setIri(k, v);
            else pss.setLiteral(k, v);
        });
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(pss.asQuery(), union)) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static Table table(String file) {
        return new CsvTableReader().read("test", Path.of(file));
    }
}
