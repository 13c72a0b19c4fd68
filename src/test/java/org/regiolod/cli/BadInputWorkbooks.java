package org.regiolod.cli;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.regiolod.source.CsvTableReader;
import org.regiolod.source.XlsxTableWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the workbook cases of the bad-input corpus ({@code src/test/resources/bad-input/xlsx-*}):
 * the PTTD's tables as one .xlsx, each case broken in one way. The .xlsx files are committed;
 * run this to make them again after the data changes:
 * {@code java -cp target/test-classes:target/classes:<deps> org.regiolod.cli.BadInputWorkbooks src/test/resources/bad-input}
 */
public final class BadInputWorkbooks {
    static final String PTTD = "lombardia/pttd-2021-2023/";
    static final String PSSTD = "lombardia/psstd-2018/";
    static final Map<String, String> PTTD_TABLES = Map.of(
            "interventions", "interventions.csv", "target_groups", "target-groups.csv", "matrix", "matrix.csv");

    private final Path corpus;
    private final Path data = Path.of("data");

    BadInputWorkbooks(Path corpus) { this.corpus = corpus; }

    public static void main(String[] args) throws IOException {
        new BadInputWorkbooks(Path.of(args[0])).writeAll();
    }

    void writeAll() throws IOException {
        pttd("xlsx-truncated", "a workbook cut off halfway (interrupted upload)", "", "not a readable .xlsx workbook",
                f -> truncate(f, Files.size(f) / 2));
        pttd("xlsx-formula", "a cell holding a formula instead of a value", "sheet 'interventions', row 2, column B", "formula",
                f -> edit(f, wb -> wb.getSheet("interventions").getRow(1).getCell(1)
                        .setCellFormula("HYPERLINK(\"http://evil.example/\",\"clic\")")));
        pttd("xlsx-bad-cell", "a matrix cell other than X", "sheet 'matrix', row 3, column C ('line:2')", "cell is 'x'",
                f -> edit(f, wb -> wb.getSheet("matrix").getRow(2).getCell(2).setCellValue("x")));
        pttd("xlsx-duplicate-key", "the same intervention code on two rows", "sheet 'interventions', row 3, column A ('code')", "defined twice",
                f -> edit(f, wb -> wb.getSheet("interventions").getRow(2).getCell(0).setCellValue("I.1")));
        pttd("xlsx-value-outside-columns", "a note typed to the right of the table", "sheet 'interventions', row 5, column E", "outside the table's columns",
                f -> edit(f, wb -> wb.getSheet("interventions").getRow(4).createCell(4).setCellValue("nota a margine")));
        pttd("xlsx-empty-sheet", "the sheet of a table is empty", "sheet 'target_groups'", "the sheet is empty",
                f -> edit(f, wb -> {
                    int i = wb.getSheetIndex("target_groups");
                    wb.removeSheetAt(i);
                    wb.createSheet("target_groups");
                }));
        pttd("xlsx-missing-sheet", "the workbook has no sheet for a table", "", "has no sheet 'matrix'",
                f -> edit(f, wb -> wb.setSheetName(wb.getSheetIndex("matrix"), "Matrice")));
        pttd("xlsx-csv-renamed", "a CSV file saved under an .xlsx name", "", "not a readable .xlsx workbook",
                f -> Files.copy(data.resolve(PTTD + "interventions.csv"), f, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
        acts();
    }

    /** The PTTD's interventions, target groups and matrix as pttd.xlsx, broken by {@code breakage}. */
    private void pttd(String name, String what, String place, String says, Breakage breakage) throws IOException {
        Path dir = fresh(name);
        Path folder = Files.createDirectories(dir.resolve("data/" + PTTD));
        XlsxTableWriter writer = new XlsxTableWriter();
        CsvTableReader csv = new CsvTableReader();
        for (String kind : List.of("interventions", "target_groups", "matrix")) {
            writer.sheet(csv.read(kind, data.resolve(PTTD + PTTD_TABLES.get(kind))));
        }
        Path book = folder.resolve("pttd.xlsx");
        writer.write(book);
        breakage.apply(book);
        String manifest = Files.readString(data.resolve(PTTD + "dataset.yaml"));
        for (var t : PTTD_TABLES.entrySet()) {
            manifest = manifest.replace(t.getKey() + ": " + t.getValue(), t.getKey() + ": pttd.xlsx");
        }
        Files.writeString(folder.resolve("dataset.yaml"), manifest);
        expected(dir, what, PTTD_TABLES.values().stream().sorted().map(f -> PTTD + f).toList(),
                PTTD + "pttd.xlsx", place, says);
    }

    /** The PSSTD's acts as a workbook whose date cell holds text, not a date. */
    private void acts() throws IOException {
        Path dir = fresh("xlsx-date-as-text");
        Path folder = Files.createDirectories(dir.resolve("data/" + PSSTD));
        Path book = folder.resolve("acts.xlsx");
        new XlsxTableWriter().sheet(new CsvTableReader().read("acts", data.resolve(PSSTD + "acts.csv"))).write(book);
        edit(book, wb -> wb.getSheet("acts").getRow(1).getCell(3).setCellValue("17/12/2018"));
        Files.writeString(folder.resolve("dataset.yaml"),
                Files.readString(data.resolve(PSSTD + "dataset.yaml")).replace("acts: acts.csv", "acts: acts.xlsx"));
        expected(dir, "a date typed as text 17/12/2018 in a workbook", List.of(PSSTD + "acts.csv"),
                PSSTD + "acts.xlsx", "sheet 'acts', row 2, column D ('date')", "is not a date");
    }

    private Path fresh(String name) throws IOException {
        Path dir = corpus.resolve(name);
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        return Files.createDirectories(dir);
    }

    private static void expected(Path dir, String what, List<String> delete, String file, String place, String says) throws IOException {
        StringBuilder y = new StringBuilder("# ").append(what).append(" (written by BadInputWorkbooks)\n")
                .append("command: build\n")
                .append("delete: [").append(String.join(", ", delete)).append("]\n")
                .append("exit: 2\n")
                .append("file: \"").append(file).append("\"\n");
        if (!place.isEmpty()) y.append("place: \"").append(place).append("\"\n");
        y.append("says: \"").append(says).append("\"\n");
        Files.writeString(dir.resolve("expected.yaml"), y);
    }

    interface Breakage { void apply(Path workbook) throws IOException; }

    private static void truncate(Path f, long size) throws IOException {
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, (int) size));
    }

    private static void edit(Path f, Consumer<Workbook> change) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(f); Workbook wb = WorkbookFactory.create(in)) {
            change.accept(wb);
            var os = new java.io.ByteArrayOutputStream();
            wb.write(os);
            bytes = os.toByteArray();
        }
        try (OutputStream os = Files.newOutputStream(f)) { os.write(bytes); }
    }
}
