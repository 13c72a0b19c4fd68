package org.regiolod.source.extract;

import java.util.List;

/**
 * One row of the Allegato 1 matrix: which LIS (in the order of §2) and which potential target
 * columns (by position) the intervention marks. {@code seedLine} is where the cells were read.
 */
public record MatrixRow(String intervention, List<Boolean> lines, List<Boolean> targets, int seedLine) {

    public MatrixRow {
        lines = List.copyOf(lines);
        targets = List.copyOf(targets);
    }

    /** Whether the LIS with 1-based position {@code code} is marked. */
    public boolean marksLine(int code) {
        return lines.get(code - 1);
    }

    /** Whether the target column with 1-based position {@code notation} is marked. */
    public boolean marksTarget(int notation) {
        return targets.get(notation - 1);
    }
}
