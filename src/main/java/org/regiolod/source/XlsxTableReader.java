package org.regiolod.source;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one sheet of an .xlsx workbook as a table: first row the header, then one row per data
 * row. Cells are read as the text they show (a number 1 is "1", not "1.0"; a date is written
 * YYYY-MM-DD). Formulas are refused: a published fact must be a value someone typed, not the
 * result of a computation we would have to trust (and formula cells are an injection vector).
 * Not thread-safe (POI's {@code DataFormatter}): one reader per thread.
 */
public final class XlsxTableReader {
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public Table read(String kind, Path file, String sheetName) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
                throw InputError.inFile(file, "the workbook has no sheet '" + sheetName + "'",
                        "the sheets are " + names + "; name the sheet after the table kind, or write file.xlsx#Sheet in dataset.yaml");
            }
            return read(kind, file, sheet);
        } catch (NoSuchFileException e) {
            throw InputError.inFile(file, "the file does not exist", "create it, or fix its name in dataset.yaml");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputError ie) throw ie;
            throw InputError.inFile(file, "is not a readable .xlsx workbook: " + e.getMessage(),
                    "save it from the spreadsheet as 'Excel workbook (.xlsx)'");
        }
    }

    private Table read(String kind, Path file, Sheet sheet) {
        String name = sheet.getSheetName();
        var headerRow = sheet.getRow(sheet.getFirstRowNum());
        if (headerRow == null || sheet.getPhysicalNumberOfRows() == 0) {
            throw new InputError(file, name, 0, null, "the sheet is empty", "the first row must be the header row of a '" + kind + "' table");
        }
        List<String> header = new ArrayList<>();
        Map<String, String> letters = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < headerRow.getLastCellNum(); c++) {
            String h = text(file, name, headerRow.getCell(c)).strip();
            if (h.isEmpty()) {
                boolean restEmpty = true;
                for (int d = c; d < headerRow.getLastCellNum(); d++) restEmpty &= text(file, name, headerRow.getCell(d)).isBlank();
                if (restEmpty) break;
                throw new InputError(file, name, headerRow.getRowNum() + 1, columnLetter(c), "the header has an empty column name",
                        "give every column a name from the table's format (docs/tables.md)");
            }
            if (!seen.add(h)) {
                throw new InputError(file, name, headerRow.getRowNum() + 1, columnLetter(c) + " ('" + h + "')",
                        "the column appears twice in the header", "remove one of them");
            }
            header.add(h);
            letters.put(h, columnLetter(c));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row == null) continue;
            Map<String, String> cells = new LinkedHashMap<>();
            boolean blank = true;
            for (int c = 0; c < Math.max(header.size(), row.getLastCellNum()); c++) {
                String v = text(file, name, row.getCell(c));
                if (c >= header.size()) {
                    if (!v.isBlank()) {
                        throw new InputError(file, name, r + 1, columnLetter(c), "a value outside the table's columns",
                                "every value belongs under a header; remove it or add the column");
                    }
                    continue;
                }
                cells.put(header.get(c), v);
                blank &= v.isBlank();
            }
            if (!blank) rows.add(new Row(file, r + 1, cells, name, letters));
        }
        return new Table(kind, file, name, List.copyOf(header), List.copyOf(rows));
    }

    private String text(Path file, String sheet, Cell cell) {
        if (cell == null) return "";
        if (cell.getCellType() == CellType.FORMULA) {
            throw new InputError(file, sheet, cell.getRowIndex() + 1, columnLetter(cell.getColumnIndex()),
                    "the cell holds a formula (=" + cell.getCellFormula() + ")",
                    "replace formulas with their values (copy, then paste values only)");
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String value = formatter.formatCellValue(cell);
        CellRules.Problem p = CellRules.check(value);
        if (p != null) {
            throw new InputError(file, sheet, cell.getRowIndex() + 1, columnLetter(cell.getColumnIndex()), p.what(), p.fix());
        }
        return value;
    }

    static String columnLetter(int index) {
        return CellReference.convertNumToColString(index);
    }

}
