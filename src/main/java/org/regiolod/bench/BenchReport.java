package org.regiolod.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one run of the suite measured (written as {@code report.json}; {@code report.md} is
 * the same in tables).
 *
 * @param sizes  each size: label, generator options, triples
 * @param notes  the bottlenecks found and how the figures were taken
 */
public record BenchReport(String started, double seconds, Map<String, String> machine, List<Size> sizes,
                          List<StageRow> stages, List<ServeRow> serve, List<StartupRow> startup,
                          List<TargetCheck> targets, List<String> notes) {

    /** A size of the run: {@code factor}× the base. */
    public record Size(String label, int factor, int regions, int plansPerRegion, int interventionsPerPlan,
                       long seed, long triples) {}
}
