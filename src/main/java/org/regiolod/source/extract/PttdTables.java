package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the extractor derives from seed 001, and how it is laid out as CSV tables. */
public record PttdTables(List<StrategicLine> lines, List<Intervention> interventions,
                         List<TargetGroup> targetGroups, List<MatrixRow> matrix) {

    public static final String PSSTD_DIR = "lombardia/psstd-2018";
    public static final String PTTD_DIR = "lombardia/pttd-2021-2023";

    /** The tables by path relative to the data folder, in a fixed order. */
    public Map<String, CsvTable> csvTables() {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        tables.put(PSSTD_DIR + "/lines.csv", linesTable());
        tables.put(PTTD_DIR + "/interventions.csv", interventionsTable());
        tables.put(PTTD_DIR + "/target-groups.csv", targetGroupsTable());
        tables.put(PTTD_DIR + "/matrix.csv", matrixTable());
        return tables;
    }

    private CsvTable linesTable() {
        return new CsvTable(List.of("code", "title", "description", "source_location"),
                lines.stream().map(l -> List.of(l.code(), l.title(), "", l.sourceLocation())).toList());
    }

    private CsvTable interventionsTable() {
        return new CsvTable(List.of("code", "title", "source_location"),
                interventions.stream().map(i -> List.of(i.code(), i.title(), i.sourceLocation())).toList());
    }

    private CsvTable targetGroupsTable() {
        return new CsvTable(
                List.of("notation", "label", "label_is_interpretation", "label_derivation", "source_location"),
                targetGroups.stream().map(t -> List.of(String.valueOf(t.notation()), t.label(),
                        String.valueOf(t.labelIsInterpretation()),
                        t.labelIsInterpretation() ? t.labelDerivation() : "", t.sourceLocation())).toList());
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
