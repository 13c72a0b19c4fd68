package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Everything the extractor derives from seed 001, and how it is laid out as CSV tables. */
public record PttdTables(List<StrategicLine> lines, List<Intervention> interventions,
                         List<TargetGroup> targetGroups, List<MatrixRow> matrix,
                         List<AgidMacroArea> agidMacroAreas, List<AgidObjective> agidObjectives,
                         List<Guideline> decalogue, List<ProjectKind> projectKinds,
                         List<GovernanceBody> governanceBodies, List<GovernanceFunction> governanceFunctions,
                         List<Acronym> acronyms, Map<String, String> acronymNotes) {

    public static final String PSSTD_DIR = "lombardia/psstd-2018";
    public static final String PTTD_DIR = "lombardia/pttd-2021-2023";
    /** AgID's plan as the PTTD cites it: a distinct dataset, though its source is seed 001 too. */
    public static final String AGID_PLAN_DIR = "agid/piano-triennale-2020-2022";

    /** The tables by path relative to the data folder, in a fixed order. */
    public Map<String, CsvTable> csvTables() {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        tables.put(PSSTD_DIR + "/lines.csv", table(List.of("code", "title", "description", "source_location"),
                lines, l -> List.of(l.code(), l.title(), "", l.sourceLocation())));
        tables.put(PSSTD_DIR + "/governance-bodies.csv", table(List.of("code", "name", "text", "source_location"),
                governanceBodies, b -> List.of(b.code(), b.name(), b.text(), b.sourceLocation())));
        tables.put(PSSTD_DIR + "/governance-functions.csv", table(List.of("code", "body", "text", "source_location"),
                governanceFunctions, f -> List.of(f.code(), f.body(), f.text(), f.sourceLocation())));
        tables.put(PTTD_DIR + "/interventions.csv", table(List.of("code", "title", "source_location"),
                interventions, i -> List.of(i.code(), i.title(), i.sourceLocation())));
        tables.put(PTTD_DIR + "/target-groups.csv", table(
                List.of("notation", "label", "label_is_interpretation", "label_derivation", "source_location"),
                targetGroups, t -> List.of(String.valueOf(t.notation()), t.label(),
                        String.valueOf(t.labelIsInterpretation()),
                        t.labelIsInterpretation() ? t.labelDerivation() : "", t.sourceLocation())));
        tables.put(PTTD_DIR + "/matrix.csv", matrixTable());
        tables.put(PTTD_DIR + "/decalogue.csv", table(List.of("code", "text", "source_location"),
                decalogue, g -> List.of(g.code(), g.text(), g.sourceLocation())));
        tables.put(PTTD_DIR + "/project-kinds.csv", table(List.of("code", "label", "definition", "source_location"),
                projectKinds, k -> List.of(k.code(), k.label(), k.definition(), k.sourceLocation())));
        tables.put(PTTD_DIR + "/acronyms.csv", table(List.of("acronym", "expansion", "note", "source_location"),
                acronyms, a -> List.of(a.acronym(), a.expansion(), acronymNotes.getOrDefault(a.acronym(), ""),
                        a.sourceLocation())));
        tables.put(AGID_PLAN_DIR + "/macro-areas.csv", table(List.of("code", "title", "source_location"),
                agidMacroAreas, a -> List.of(a.code(), a.title(), a.sourceLocation())));
        tables.put(AGID_PLAN_DIR + "/objectives.csv", table(
                List.of("code", "macro_area", "number", "title", "source_location"),
                agidObjectives, o -> List.of(o.code(), o.macroArea(), o.number(), o.title(), o.sourceLocation())));
        return tables;
    }

    private static <T> CsvTable table(List<String> header, List<T> rows, Function<T, List<String>> cells) {
        return new CsvTable(header, rows.stream().map(cells).toList());
    }

    /** Where the matrix is in the seed; recorded on every row so each link has its place. */
    static final String MATRIX_LOCATION = "Allegato 1";

    private CsvTable matrixTable() {
        List<String> header = new ArrayList<>(List.of("intervention"));
        lines.forEach(l -> header.add("line:" + l.code()));
        targetGroups.forEach(t -> header.add("target:" + t.notation()));
        header.add("source_location");
        List<List<String>> rows = new ArrayList<>();
        for (MatrixRow row : matrix) {
            List<String> cells = new ArrayList<>(List.of(row.intervention()));
            row.lines().forEach(marked -> cells.add(marked ? "X" : ""));
            row.targets().forEach(marked -> cells.add(marked ? "X" : ""));
            cells.add(MATRIX_LOCATION);
            rows.add(cells);
        }
        return new CsvTable(header, rows);
    }
}
