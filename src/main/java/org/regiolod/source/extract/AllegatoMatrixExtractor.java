package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Allegato 1 matrix ("Quadro degli interventi strategici 2021-2023"). Each intervention's
 * block starts with its code line ("I.7", possibly followed by the title) and holds exactly one
 * line of cells: 10 LIS columns then 8 "potenziali target" columns. A cell is {@code X}+U+00A0
 * (marked) or two U+00A0 (blank), cells separated by one space. Rows I.5, I.6, I.13 and I.15 carry
 * the cells at the end of the title line. The text extraction dropped the trailing no-break space
 * of each line, so the last cell may read {@code X} or a single U+00A0.
 */
public final class AllegatoMatrixExtractor {

    public static final int LINE_COLUMNS = PsstdLinesExtractor.LINE_COUNT;
    public static final int TARGET_COLUMNS = 8;
    static final int CELLS = LINE_COLUMNS + TARGET_COLUMNS;
    static final String ANNEX_HEADING = "Allegato 1 – Quadro degli interventi strategici 2021‐2023";

    private static final char NBSP = '\u00A0';
    private static final String MARKED = "X" + NBSP;
    private static final String BLANK = "" + NBSP + NBSP;
    /** Fewer cell-like tokens than this at a line's end is title text (e.g. a trailing U+00A0). */
    private static final int MIN_TOKENS_OF_A_CELL_LINE = 4;
    private static final Pattern CODE_LINE = Pattern.compile("^I\\.(\\d+)(?: .*)?$");

    public List<MatrixRow> extract(SeedText seed, int expectedRows) {
        int heading = seed.findExact(1, ANNEX_HEADING);
        List<MatrixRow> rows = new ArrayList<>();
        String current = null;
        int currentStart = -1;
        MatrixRow currentRow = null;
        for (int n = heading + 1; n <= seed.lineCount(); n++) {
            Matcher code = CODE_LINE.matcher(seed.normalized(n));
            if (code.matches()) {
                closeBlock(seed, current, currentStart, currentRow, rows);
                int expected = rows.size() + 1;
                if (Integer.parseInt(code.group(1)) != expected) {
                    throw seed.error(n, "expected the Allegato 1 row of I." + expected
                            + ", found '" + seed.normalized(n) + "'");
                }
                current = "I." + expected;
                currentStart = n;
                currentRow = null;
            }
            List<String> tokens = cellTokens(seed.line(n));
            if (tokens.size() < MIN_TOKENS_OF_A_CELL_LINE) {
                continue;
            }
            if (current == null) {
                throw seed.error(n, "a line of matrix cells before the first intervention row");
            }
            if (currentRow != null) {
                throw seed.error(n, "a second line of matrix cells for " + current
                        + " (the first is line " + currentRow.seedLine() + ")");
            }
            currentRow = parseCells(seed, n, current, tokens);
        }
        closeBlock(seed, current, currentStart, currentRow, rows);
        if (rows.size() != expectedRows) {
            throw seed.error(seed.lineCount(), "Allegato 1 has " + rows.size() + " intervention rows, expected "
                    + expectedRows);
        }
        return rows;
    }

    private static void closeBlock(SeedText seed, String code, int start, MatrixRow row, List<MatrixRow> rows) {
        if (code == null) {
            return;
        }
        if (row == null) {
            throw seed.error(start, "the Allegato 1 row of " + code + " has no line of " + CELLS
                    + " cells (X or blank)");
        }
        rows.add(row);
    }

    /**
     * The space-separated tokens of the line's trailing run of X, U+00A0 and space characters.
     * When text precedes the run, the run's first token is the title's own trailing U+00A0 and
     * is dropped.
     */
    static List<String> cellTokens(String raw) {
        int start = raw.length();
        while (start > 0 && isCellChar(raw.charAt(start - 1))) {
            start--;
        }
        String run = raw.substring(start);
        if (run.isBlank() && run.indexOf(NBSP) < 0 && run.indexOf('X') < 0) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>(List.of(run.split(" ", -1)));
        if (start > 0 && !tokens.isEmpty()) {
            tokens.remove(0);
        }
        return tokens;
    }

    private static boolean isCellChar(char c) {
        return c == 'X' || c == NBSP || c == ' ';
    }

    private static MatrixRow parseCells(SeedText seed, int n, String code, List<String> tokens) {
        if (tokens.size() != CELLS) {
            throw seed.error(n, "the Allegato 1 row of " + code + " has " + tokens.size() + " cells, expected "
                    + CELLS + " (" + LINE_COLUMNS + " LIS + " + TARGET_COLUMNS + " target)");
        }
        List<Boolean> marks = new ArrayList<>();
        for (int i = 0; i < CELLS; i++) {
            String cell = tokens.get(i);
            boolean last = i == CELLS - 1;
            if (cell.equals(MARKED) || (last && cell.equals("X"))) {
                marks.add(true);
            } else if (cell.equals(BLANK) || (last && cell.equals("" + NBSP))) {
                marks.add(false);
            } else {
                throw seed.error(n, "cell " + (i + 1) + " of the Allegato 1 row of " + code + " is '"
                        + cell.replace(NBSP, '⍽') + "' (⍽ = U+00A0), expected 'X⍽' or '⍽⍽'");
            }
        }
        return new MatrixRow(code, marks.subList(0, LINE_COLUMNS), marks.subList(LINE_COLUMNS, CELLS), n);
    }
}
