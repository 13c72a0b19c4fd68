package org.regiolod.source.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Derives the tables of Regione Lombardia's PTTD 2021-23 (and the PSSTD 2018 lines it
 * implements) from the plain-text seed 001. Fails with a {@link SeedLayoutException} rather than
 * guess when the text is not laid out as expected.
 */
public final class PttdExtractor {

    /** The seed this extractor was written for (see seeds/ and SOURCES.md). */
    public static final String SEED_FILE = "001_2fa8cf5aac9b5062.txt";

    public PttdTables extract(Path seedFile) {
        SeedText seed = SeedText.read(seedFile);
        List<StrategicLine> lines = new PsstdLinesExtractor().extract(seed);
        List<Intervention> interventions = new InterventionsExtractor().extract(seed);
        List<MatrixRow> matrix = new AllegatoMatrixExtractor().extract(seed, interventions.size());
        for (int i = 0; i < matrix.size(); i++) {
            // Both sections are numbered I.1..I.n in order; this guards the pairing.
            if (!matrix.get(i).intervention().equals(interventions.get(i).code())) {
                throw seed.error(matrix.get(i).seedLine(), "Allegato 1 row " + matrix.get(i).intervention()
                        + " does not match §3 intervention " + interventions.get(i).code());
            }
        }
        List<TargetGroup> targets = TargetGroupLabels.load(AllegatoMatrixExtractor.TARGET_COLUMNS);
        AgidPlanExtractor.Result agid = new AgidPlanExtractor().extract(seed);
        GovernanceExtractor.Result governance = new GovernanceExtractor().extract(seed);
        List<Acronym> acronyms = new AcronymsExtractor().extract(seed);
        SourceNotes notes = SourceNotes.load();
        Map<String, String> acronymNotes = new java.util.HashMap<>();
        for (Acronym a : acronyms) {
            String note = notes.noteFor("acronyms", a.acronym(), a.expansion());
            if (!note.isEmpty()) {
                acronymNotes.put(a.acronym(), note);
            }
        }
        notes.requireAllUsed();
        return new PttdTables(lines, interventions, targets, matrix, agid.areas(), agid.objectives(),
                new DecalogoExtractor().extract(seed), new ProjectKindsExtractor().extract(seed),
                governance.bodies(), governance.functions(), acronyms, acronymNotes);
    }

    /** Extracts everything first, then writes: a layout error leaves the data folder untouched. */
    public Map<String, CsvTable> extractInto(Path seedsDir, Path dataDir) {
        Map<String, CsvTable> tables = extract(seedsDir.resolve(SEED_FILE)).csvTables();
        CsvTableWriter writer = new CsvTableWriter();
        tables.forEach((relative, table) -> writer.write(dataDir.resolve(relative), table));
        return tables;
    }
}
