package org.regiolod.source;

import org.regiolod.rdf.TableMappers;
import org.regiolod.source.generate.ScaleGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Datasets are read side by side, but errors are reported as a reader going folder by folder meets
 * them: the first broken dataset in folder order, and a duplicate id before the broken table of the
 * dataset that repeats it.
 */
class DataTreeTest {
    @TempDir Path dir;
    List<Path> manifests;
    /** The plans' manifests (they have an interventions table), in folder order. */
    List<Path> plans;

    @BeforeEach
    void generate() throws IOException {
        new ScaleGenerator().generate(new ScaleGenerator.Spec(3, 1, 4, 1), dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            manifests = walk.filter(p -> p.getFileName().toString().equals(DataTree.MANIFEST)).sorted().toList();
        }
        plans = manifests.stream().filter(m -> Files.exists(m.resolveSibling("interventions.csv"))).toList();
        assertEquals(3, plans.size(), "one plan per region: " + manifests);
    }

    @Test
    void readsEveryDatasetInFolderOrder() {
        List<DatasetSource> read = new DataTree().read(dir, TableMappers.standard().kinds());
        assertEquals(manifests, read.stream().map(DatasetSource::manifestFile).toList());
    }

    @Test
    void ofTwoBrokenTablesTheOneInTheEarlierFolderIsReported() throws IOException {
        Path earlier = breakInterventions(plans.get(1)), later = breakInterventions(plans.get(2));
        for (int i = 0; i < 5; i++) { // the datasets race each other: the answer must not depend on which ends first
            InputError e = assertThrows(InputError.class, () -> new DataTree().read(dir, TableMappers.standard().kinds()));
            assertEquals(earlier, e.file(), "not " + later);
        }
    }

    @Test
    void aDuplicateIdIsReportedBeforeTheBrokenTableOfTheDatasetThatRepeatsIt() throws IOException {
        Path first = plans.get(1), repeat = plans.get(2);
        String id = Files.readAllLines(first).stream().filter(l -> l.startsWith("id: ")).findFirst().orElseThrow();
        List<String> lines = Files.readAllLines(repeat).stream().map(l -> l.startsWith("id: ") ? id : l).toList();
        Files.write(repeat, lines);
        breakInterventions(repeat);
        InputError e = assertThrows(InputError.class, () -> new DataTree().read(dir, TableMappers.standard().kinds()));
        assertEquals(repeat, e.file());
        assertEquals(true, e.problem().contains("is already used by"), e.problem());
    }

    /** Appends an unclosed quote to the dataset's interventions table (generated plans have one). */
    private static Path breakInterventions(Path manifest) throws IOException {
        Path csv = manifest.resolveSibling("interventions.csv");
        Files.writeString(csv, "\"I.99,never closed\n", StandardOpenOption.APPEND);
        return csv;
    }
}
