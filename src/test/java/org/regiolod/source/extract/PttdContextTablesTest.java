package org.regiolod.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rest of seed 001: AgID's macro-areas and objectives (§1.2), the Decalogo (§4), the project
 * kinds (§5), the PSSTD governance bodies (§1.1) and the acronym table — in the source's words.
 */
class PttdContextTablesTest {

    static PttdTables tables;
    /** The whole seed as one line: whitespace collapsed, list bullets removed. */
    static String seedText;

    @BeforeAll
    static void extract() throws IOException {
        tables = new PttdExtractor().extract(PttdExtractorTest.SEED);
        seedText = Whitespace.collapse(Files.readString(PttdExtractorTest.SEED)
                .replace(String.valueOf(Bullets.SYMBOL_BULLET), " "));
    }

    // --- every text is the source's words -----------------------------------------------------

    @Test
    void everyTitleTextAndDefinitionOccursVerbatimInTheSeed() {
        List<String> texts = new ArrayList<>();
        tables.lines().forEach(l -> texts.add(l.title()));
        tables.interventions().forEach(i -> texts.add(i.title()));
        tables.agidMacroAreas().forEach(a -> texts.add(a.title()));
        tables.agidObjectives().forEach(o -> texts.add(o.title()));
        tables.decalogue().forEach(g -> texts.add(g.text()));
        tables.projectKinds().forEach(k -> texts.addAll(List.of(k.label(), k.definition())));
        tables.governanceBodies().forEach(b -> texts.addAll(List.of(b.name(), b.text())));
        tables.governanceFunctions().forEach(f -> texts.add(f.text()));
        tables.acronyms().forEach(a -> texts.add(a.acronym() + " " + a.expansion()));
        assertEquals(10 + 30 + 8 + 21 + 10 + 6 + 6 + 6 + 24, texts.size());
        for (String text : texts) {
            assertTrue(seedText.contains(text), "not in the seed: " + text);
        }
    }

    // --- §1.2: AgID Piano Triennale 2020-2022 ---------------------------------------------------

    @Test
    void agidPlanHasTheEightMacroAreasTheTextAnnounces() {
        assertTrue(seedText.contains("declinati in 8 macro‐ambiti"));
        assertEquals(List.of("Servizi", "Dati", "Piattaforme", "Infrastrutture", "Interoperabilità",
                        "Sicurezza informatica", "Governance", "Governare per la trasformazione digitale"),
                tables.agidMacroAreas().stream().map(AgidMacroArea::title).toList());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"),
                tables.agidMacroAreas().stream().map(AgidMacroArea::code).toList());
    }

    @Test
    void eachMacroAreaHasItsNumberedObjectives() {
        Map<String, Long> perArea = tables.agidObjectives().stream()
                .collect(Collectors.groupingBy(AgidObjective::macroArea, java.util.TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("1", 2L, "2", 3L, "3", 3L, "4", 3L, "5", 2L, "6", 2L, "7", 3L, "8", 3L), perArea);
        for (AgidObjective o : tables.agidObjectives()) {
            assertEquals(o.macroArea() + "." + o.number(), o.code());
        }
        assertEquals("Aumentare la consapevolezza sulle politiche di valorizzazione del patrimonio informativo "
                + "pubblico e su una moderna economia dei dati", objective("2.3"), "joined across lines");
        assertEquals("Favorire l’evoluzione delle piattaforme esistenti per migliorare i servizi offerti a cittadini "
                + "ed imprese semplificando l’azione amministrativa", objective("3.1"), "'1.Favorire' has no space");
        assertEquals("Rafforzare le competenze digitali per la PA e per il Paese e favorire l’inclusione digitale",
                objective("8.2"));
    }

    // --- §4: the Decalogo -------------------------------------------------------------------------

    @Test
    void decalogueHasTenGuidelinesInOrder() {
        assertEquals(IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).toList(),
                tables.decalogue().stream().map(Guideline::code).toList());
        assertTrue(guideline("1").startsWith("Pensare in digitale! "));
        assertTrue(guideline("1").contains(" …e non pensare da soli! "), "the second sentence is part of guideline 1");
        assertTrue(guideline("2").contains("sia di tipo “TRANSFORM”"));
        assertEquals("Preoccuparsi di verificare l’avanzamento del Progetto e, al termine, l’effettivo "
                + "raggiungimento degli obiettivi e dei benefici attesi.", guideline("10"));
        tables.decalogue().forEach(g -> assertFalse(g.text().contains("I progetti per la trasformazione digitale")));
    }

    // --- §5: project kinds --------------------------------------------------------------------------

    @Test
    void projectKindsAreTransformGrowRunWithTheSourcesDefinitions() {
        assertEquals(List.of("TRANSFORM", "GROW", "RUN"), tables.projectKinds().stream().map(ProjectKind::code).toList());
        ProjectKind transform = tables.projectKinds().get(0);
        assertEquals("Progetti di Trasformazione (cd. Progetti “Transform”)", transform.label());
        assertTrue(transform.definition().startsWith("Con “Progetti di Trasformazione” si fa riferimento a progetti "
                + "di ampio respiro"));
        assertTrue(transform.definition().endsWith("degli interventi identificati nel presente Piano."),
                "one sentence, not the paragraph merged at the page break");
        ProjectKind grow = tables.projectKinds().get(1);
        assertEquals("Progetti cd. “GROW”", grow.label());
        assertTrue(grow.definition().endsWith("ecc.)"), "the list's ';' is not part of the definition");
        assertTrue(tables.projectKinds().get(2).definition().startsWith("riguardano la gestione e manutenzione"));
    }

    // --- §1.1: governance bodies of the PSSTD -------------------------------------------------------

    @Test
    void governanceModelHasThreeBodiesWithTheirFunctions() {
        assertEquals(List.of("Gruppo di coordinamento regionale per la semplificazione e trasformazione digitale",
                        "Comitato tecnico scientifico per la semplificazione",
                        "Patto per lo Sviluppo dell’economia, del lavoro, della qualità e della coesione sociale in "
                                + "Lombardia"),
                tables.governanceBodies().stream().map(GovernanceBody::name).toList());
        tables.governanceBodies().forEach(b -> assertTrue(b.text().startsWith("Il " + b.name()), b.code()));
        assertTrue(tables.governanceBodies().get(1).text()
                .contains("istituito con DGR 61/2018, composto da esperti designati con DGR 333/2018"));
        assertEquals(List.of("1.a", "1.b", "1.c", "1.d", "2.1", "2.2"),
                tables.governanceFunctions().stream().map(GovernanceFunction::code).toList());
        assertEquals("Validare le proposte di intervento", tables.governanceFunctions().get(1).text());
        assertTrue(tables.governanceFunctions().get(4).text().startsWith("Svolgere analisi"), "bullet removed");
    }

    // --- the acronym table --------------------------------------------------------------------------

    @Test
    void acronymTableIsAGlossaryOfTwentyFourEntries() {
        assertEquals(24, tables.acronyms().size());
        assertEquals("AgID", tables.acronyms().get(0).acronym());
        assertEquals("Agenzia per l’Italia Digitale", tables.acronyms().get(0).expansion());
        assertEquals("Information and Communications Technology ‐ Tecnologia dell'informazione e della comunicazione",
                acronym("ICT").expansion(), "joined across lines");
        assertEquals("Sistema Regionale", acronym("SIREG").expansion());
    }

    @Test
    void theTypoInTheSourceIsKeptAndNoted() {
        assertEquals("Programma Strategico di Semplificazione e Ttrasformazione Digitale", acronym("PSSTD").expansion());
        String note = tables.acronymNotes().get("PSSTD");
        assertTrue(note.contains("Ttrasformazione") && note.contains("refuso"), note);
        assertTrue(seedText.contains("Programma Strategico di Semplificazione e Trasformazione Digitale (PSSTD)"),
                "the note's claim about the rest of the document holds");
        assertEquals(1, tables.acronymNotes().size());
    }

    // --- layout errors --------------------------------------------------------------------------------

    @Test
    void aMissingGuidelineFailsNamingTheLine(@TempDir Path dir) throws IOException {
        Path seed = PttdExtractorTest.seedWithLine(dir, 1134, line -> line.replaceFirst("^3\\.", "4."));
        SeedLayoutException e = assertThrows(SeedLayoutException.class, () -> new PttdExtractor().extract(seed));
        assertEquals(1134, e.line());
        assertTrue(e.getMessage().contains("expected guideline '3. …'"), e.getMessage());
    }

    @Test
    void aMacroAreaCountOtherThanAnnouncedFails(@TempDir Path dir) throws IOException {
        Path seed = PttdExtractorTest.seedWithLine(dir, 356, line -> line.replace("8\u00A0macro", "9\u00A0macro"));
        SeedLayoutException e = assertThrows(SeedLayoutException.class, () -> new PttdExtractor().extract(seed));
        assertEquals(362, e.line());
        assertTrue(e.getMessage().contains("8 macro-areas, the text before it says 9"), e.getMessage());
    }

    @Test
    void aNoteThatNoLongerMatchesTheSourceFails(@TempDir Path dir) throws IOException {
        Path seed = PttdExtractorTest.seedWithLine(dir, 81, line -> line.replace("Ttrasformazione", "Trasformazione"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PttdExtractor().extract(seed));
        assertTrue(e.getMessage().contains("pttd-source-notes.yaml") && e.getMessage().contains("PSSTD"), e.getMessage());
    }

    static String objective(String code) {
        return tables.agidObjectives().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().title();
    }

    static String guideline(String code) {
        return tables.decalogue().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow().text();
    }

    static Acronym acronym(String acronym) {
        return tables.acronyms().stream().filter(a -> a.acronym().equals(acronym)).findFirst().orElseThrow();
    }
}
