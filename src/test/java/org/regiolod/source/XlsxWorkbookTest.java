package org.regiolod.source;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.TestData;
import org.regiolod.cli.CliRun;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan given as an .xlsx workbook builds to the same graph as the same plan given as CSV. */
class XlsxWorkbookTest {
    static final String PTTD = "lombardia/pttd-2021-2023/";
    static final Map<String, String> TABLES = Map.of(
            "interventions", "interventions.csv", "target_groups", "target-groups.csv", "matrix", "matrix.csv");

    @TempDir Path tmp;
    Path data, workbook;

    @BeforeEach
    void workbookInsteadOfCsv() throws IOException {
        data = TestData.copyOfData(tmp);
        Path folder = data.resolve(PTTD);
        XlsxTableWriter writer = new XlsxTableWriter();
        CsvTableReader csv = new CsvTableReader();
        TABLES.forEach((kind, file) -> writer.sheet(csv.read(kind, folder.resolve(file))));
        workbook = folder.resolve("pttd.xlsx");
        writer.write(workbook);
        String manifest = Files.readString(folder.resolve("dataset.yaml"));
        for (var t : TABLES.entrySet()) {
            manifest = manifest.replace(t.getKey() + ": " + t.getValue(), t.getKey() + ": pttd.xlsx");
            Files.delete(folder.resolve(t.getValue()));
        }
        Files.writeString(folder.resolve("dataset.yaml"), manifest);
    }

    @Test
    void csvAndXlsxBuildToIsomorphicGraphs() {
        Graph fromCsv = union(BuildPipeline.builder().data(TestData.DATA).baseUri("http://example.org/").build().run());
        Graph fromXlsx = union(BuildPipeline.builder().data(data).baseUri("http://example.org/").build().run());
        assertEquals(fromCsv.size(), fromXlsx.size());
        assertTrue(fromCsv.isIsomorphicWith(fromXlsx));
    }

    @Test
    void aWrongCellIsReportedWithSheetRowAndColumn() throws IOException {
        editCell("matrix", 2, 2, "x"); // row 3 (I.2), column C (line:2)
        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("pttd.xlsx, sheet 'matrix', row 3, column C ('line:2'): cell is 'x'"), run::toString);
        assertTrue(Files.notExists(tmp.resolve("site")));
    }

    @Test
    void formulasAreRefused() throws IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
            wb.getSheet("interventions").getRow(1).getCell(1).setCellFormula("HYPERLINK(\"http://example.org\",\"x\")");
            try (OutputStream os = Files.newOutputStream(workbook)) { wb.write(os); }
        }
        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("sheet 'interventions', row 2, column B: the cell holds a formula"), run::toString);
    }

    @Test
    void aMissingSheetIsNamed() throws IOException {
        String m = Files.readString(data.resolve(PTTD + "dataset.yaml")).replace("matrix: pttd.xlsx", "matrix: pttd.xlsx#Matrice");
        Files.writeString(data.resolve(PTTD + "dataset.yaml"), m);
        CliRun run = CliRun.of("build", "--data", data.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no sheet 'Matrice'"), run::toString);
    }

    private void editCell(String sheet, int row, int col, String value) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
            wb.getSheet(sheet).getRow(row).getCell(col).setCellValue(value);
            try (OutputStream os = Files.newOutputStream(workbook)) { wb.write(os); }
        }
    }

    static Graph union(BuildResult r) {
        Graph g = GraphFactory.createDefaultGraph();
        r.dataset().executeRead(() -> r.dataset().listModelNames().forEachRemaining(n ->
                r.dataset().getNamedModel(n).getGraph().find().forEachRemaining(g::add)));
        return g;
    }
}
