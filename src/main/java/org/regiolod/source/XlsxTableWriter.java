package org.regiolod.source;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes tables into one .xlsx workbook, a sheet per table (named after its kind), header row
 * first and bold-free: the shape {@link XlsxTableReader} reads back. Cells are text, so codes
 * such as "1" or "I.10" keep their exact spelling.
 */
public final class XlsxTableWriter {
    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

    /** Adds a sheet; the first row is the header. */
    public XlsxTableWriter sheet(String name, List<List<String>> rows) {
        sheets.put(name, rows);
        return this;
    }

    public XlsxTableWriter sheet(Table table) {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(table.header());
        for (Row r : table.rows()) rows.add(table.header().stream().map(r::get).toList());
        return sheet(table.kind(), rows);
    }

    public void write(Path file) {
        try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            for (var e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                int r = 0;
                for (List<String> row : e.getValue()) {
                    var xr = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        Cell cell = xr.createCell(c);
                        cell.setCellValue(row.get(c));
                    }
                }
            }
            wb.write(os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
