package org.regiolod.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The target-column labels are our interpretation (pttd-target-labels.yaml). Each derivation
 * cites facts of the matrix as evidence; this checks every such fact against the extracted
 * matrix, so a wrong citation — or a change in the matrix — cannot go unnoticed.
 */
class PttdTargetEvidenceTest {

    static PttdTables tables;

    @BeforeAll
    static void extract() {
        tables = new PttdExtractor().extract(Path.of("seeds").resolve(PttdExtractor.SEED_FILE));
    }

    @Test
    void column1RlIsTheOnlyTargetOfTheInterventionsOnRegioneLombardiaItself() {
        for (String code : List.of("I.13", "I.16", "I.23", "I.24")) {
            assertEquals(List.of(1), targets(code), code);
        }
        assertTrue(row("I.17").marksTarget(1) && row("I.18").marksTarget(1));
        assertTrue(title("I.13").contains("di Regione Lombardia"));
        assertTrue(title("I.17").contains("a partire da RL") && title("I.18").contains("a partire da Regione Lombardia"));
    }

    @Test
    void column2SiregGoesWithColumn1WithoutColumn3OnTheInternalPaProcesses() {
        for (String code : List.of("I.17", "I.18", "I.19")) {
            assertTrue(row(code).marksTarget(1) && row(code).marksTarget(2), code);
            assertFalse(row(code).marksTarget(3), code);
            assertTrue(title(code).contains("PA lombarda"), code);
        }
        assertTrue(title("I.17").contains("dagli enti SIREG"));
    }

    @Test
    void column3EntiLocaliIsMarkedWhereTheTitleNamesThem() {
        assertTrue(row("I.25").marksTarget(3) && title("I.25").contains("Enti Locali"));
        assertTrue(row("I.29").marksTarget(3));
    }

    @Test
    void column4OtherPublicAdministrationsEvidenceAndCounterEvidence() {
        assertTrue(row("I.15").marksTarget(4));
        assertTrue(row("I.25").marksTarget(4) && title("I.25").contains("INPS, MEF, Ministero dell’Interno"));
        tables.matrix().forEach(r -> assertFalse(targets(r.intervention()).equals(List.of(4)), r.intervention()));
        assertFalse(row("I.27").marksTarget(4));
        assertTrue(title("I.27").contains("Regioni"));
    }

    @Test
    void column5CittadiniIsTheOnlyTargetOfTheCitizenOrientedServices() {
        assertEquals(List.of(5), targets("I.11"));
        assertTrue(title("I.11").startsWith("Sviluppare servizi digitali orientati ai cittadini"));
        assertTrue(title("I.4").contains("l’accesso di cittadini e imprese"));
        for (String code : List.of("I.1", "I.2", "I.3", "I.4", "I.7", "I.9")) {
            assertEquals(List.of(5, 6), targets(code), code);
        }
    }

    @Test
    void column6ImpreseEvidenceAndCounterEvidence() {
        assertTrue(row("I.21").marksTarget(6) && !row("I.21").marksTarget(5));
        assertTrue(title("I.21").contains("mondo pubblico e privato"));
        assertFalse(row("I.8").marksTarget(6));
    }

    @Test
    void columns7And8AreMarkedWhereTheNeutralLabelsSayAndTogetherAloneInI27() {
        assertEquals(List.of("I.6", "I.10", "I.12", "I.21", "I.22", "I.25", "I.26", "I.27", "I.30"), marking(7));
        assertEquals(List.of("I.10", "I.17", "I.18", "I.19", "I.27"), marking(8));
        assertEquals(List.of(7, 8), targets("I.27"));
        for (String code : List.of("I.17", "I.18", "I.19")) {
            assertEquals(List.of(1, 2, 8), targets(code), code);
        }
        assertTrue(title("I.27").contains("Centri di Ricerca, Istituti di alta specializzazione, Regioni"));
    }

    @Test
    void onlyColumnsWithoutAConfidentMatchGetANeutralLabel() {
        List<TargetGroup> groups = tables.targetGroups();
        for (TargetGroup group : groups) {
            boolean neutral = group.label().contains("etichetta non disponibile nella fonte");
            assertEquals(group.notation() >= 7, neutral, "column " + group.notation());
            assertTrue(group.labelDerivation().startsWith(neutral ? "Etichetta neutra" : "Etichetta interpretata"));
        }
    }

    static MatrixRow row(String code) {
        return tables.matrix().stream().filter(r -> r.intervention().equals(code)).findFirst().orElseThrow();
    }

    static List<Integer> targets(String code) {
        return IntStream.rangeClosed(1, 8).filter(row(code)::marksTarget).boxed().toList();
    }

    static List<String> marking(int target) {
        return tables.matrix().stream().filter(r -> r.marksTarget(target)).map(MatrixRow::intervention).toList();
    }

    static String title(String code) {
        return tables.interventions().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().title();
    }
}
