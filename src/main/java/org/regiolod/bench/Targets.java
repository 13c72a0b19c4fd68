package org.regiolod.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Checks the figures of a run against the targets of issue 8 (ratios, so noise on a shared machine cancels). */
final class Targets {
    static final double PAGES_VS_FUSEKI = 5.0;
    static final double REPEATED_VS_CEILING = 0.5;
    static final double SPARQL_REPEATED_VS_FUSEKI = 5.0;
    /** Per-triple cost at the largest size over the smallest: 1.0 is linear; 10% is left for noise. */
    static final double LINEAR = 0.9;

    private Targets() {}

    static List<TargetCheck> check(List<BenchReport.Size> sizes, List<StageRow> stages, List<ServeRow> serve) {
        List<TargetCheck> out = new ArrayList<>();
        for (StageRow s : stages) {
            if (s.target() == null) continue;
            out.add(new TargetCheck(s.stage() + " ≥ " + s.target() + "× " + s.anchor(), s.size(), s.ratio(), s.target(), s.met(), null));
        }
        for (BenchReport.Size size : sizes) {
            String label = size.label();
            Optional<ServeRow> ceiling = find(serve, label, "constant response", "ceiling");
            for (String endpoint : serve.stream().filter(r -> r.size().equals(label)).map(ServeRow::endpoint)
                    .filter(e -> !e.equals("constant response")).distinct().toList()) {
                Optional<ServeRow> ours = find(serve, label, endpoint, "ours");
                Optional<ServeRow> oursRepeated = find(serve, label, endpoint, "ours, repeated");
                Optional<ServeRow> raw = find(serve, label, endpoint, "raw Fuseki");
                Optional<ServeRow> rawRepeated = find(serve, label, endpoint, "raw Fuseki, repeated");
                if (endpoint.startsWith("/sparql")) {
                    out.add(ratio("repeated identical " + endpoint + " ≥ 5× raw Fuseki (repeated)", label,
                            oursRepeated, rawRepeated, SPARQL_REPEATED_VS_FUSEKI, false));
                } else {
                    out.add(ratio(endpoint + " ≥ 5× raw Fuseki, cache bypassed", label, ours, raw, PAGES_VS_FUSEKI, true));
                }
                out.add(ratio("repeated " + endpoint + " ≥ 0.5× constant ceiling", label, oursRepeated, ceiling, REPEATED_VS_CEILING, false));
            }
        }
        if (sizes.size() >= 2) {
            BenchReport.Size small = sizes.stream().min(Comparator.comparingLong(BenchReport.Size::triples)).orElseThrow();
            BenchReport.Size large = sizes.stream().max(Comparator.comparingLong(BenchReport.Size::triples)).orElseThrow();
            for (String stage : stages.stream().map(StageRow::stage).distinct().toList()) {
                Optional<StageRow> a = stages.stream().filter(s -> s.stage().equals(stage) && s.size().equals(small.label())).findFirst();
                Optional<StageRow> b = stages.stream().filter(s -> s.stage().equals(stage) && s.size().equals(large.label())).findFirst();
                if (a.isEmpty() || b.isEmpty()) continue;
                double r = b.get().triplesPerSecond() / a.get().triplesPerSecond();
                out.add(new TargetCheck(stage + ": cost per triple no worse than linear (rate at " + large.label()
                        + " / rate at " + small.label() + " ≥ " + LINEAR + ")", small.label() + "→" + large.label(), r, LINEAR, r >= LINEAR, null));
            }
        }
        return out;
    }

    private static Optional<ServeRow> find(List<ServeRow> rows, String size, String endpoint, String variant) {
        return rows.stream().filter(r -> r.size().equals(size) && r.endpoint().equals(endpoint) && r.variant().equals(variant)).findFirst();
    }

    private static TargetCheck ratio(String name, String size, Optional<ServeRow> ours, Optional<ServeRow> anchor,
                                     double goal, boolean p99NoWorse) {
        if (ours.isEmpty() || anchor.isEmpty() || !ours.get().measured() || !anchor.get().measured()) {
            String why = ours.map(ServeRow::na).orElse(null);
            if (why == null) why = anchor.map(ServeRow::na).orElse("not measured");
            return new TargetCheck(name, size, null, goal, null, why);
        }
        double r = ours.get().requestsPerSecond() / anchor.get().requestsPerSecond();
        boolean met = r >= goal;
        String note = null;
        if (p99NoWorse) {
            boolean p99 = ours.get().p99Millis() <= anchor.get().p99Millis();
            met &= p99;
            note = String.format("p99 %.2f ms vs %.2f ms: %s", ours.get().p99Millis(), anchor.get().p99Millis(), p99 ? "no worse" : "WORSE");
        }
        if (ours.get().errors() != null && ours.get().errors() > 0) {
            met = false;
            note = (note == null ? "" : note + "; ") + ours.get().errors() + " errors";
        }
        return new TargetCheck(name, size, r, goal, met, note);
    }
}
