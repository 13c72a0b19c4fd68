package org.regiolod.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Times two pieces of work in turns, as JMH would time one: warm-up rounds first (not kept) for at
 * least a given time, then measured rounds, each round running ours then the anchor, so that both
 * see the same machine at the same moment. Rounds stop early once a time budget is spent, after at
 * least two measured rounds. The best time of each side is the figure (the least disturbed run on a
 * shared machine); the medians are kept to show the spread.
 */
record Interleaved(List<Double> ours, List<Double> anchor, int warmUpRounds) {

    /**
     * @param warmUpRounds  at least this many warm-up rounds …
     * @param warmUpSeconds … and until this much time has passed (small inputs need many rounds to warm the JIT)
     */
    static Interleaved time(Runnable ours, Runnable anchor, int warmUpRounds, double warmUpSeconds, int rounds, double budgetSeconds) {
        long start = System.nanoTime();
        int warm = 0;
        while ((warm < warmUpRounds || elapsed(start) < warmUpSeconds) && elapsed(start) < budgetSeconds / 2) {
            ours.run();
            anchor.run();
            warm++;
        }
        List<Double> a = new ArrayList<>(), b = new ArrayList<>();
        while (a.size() < rounds && (a.size() < 2 || elapsed(start) < budgetSeconds)) {
            a.add(Stopwatch.time(ours));
            b.add(Stopwatch.time(anchor));
        }
        return new Interleaved(List.copyOf(a), List.copyOf(b), warm);
    }

    double bestOurs() { return best(ours); }
    double bestAnchor() { return best(anchor); }
    double medianOurs() { return median(ours); }
    double medianAnchor() { return median(anchor); }

    /** How the figures were taken, for the row's anchor column. */
    String describe() {
        return String.format(java.util.Locale.ROOT, "best of %d after %d warm-up rounds, interleaved; medians %.3f s ours, %.3f s anchor",
                ours.size(), warmUpRounds, medianOurs(), medianAnchor());
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double best(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double median(List<Double> l) {
        double[] s = l.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
