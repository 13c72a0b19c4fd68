package org.regiolod.bench;

import java.util.List;
import java.util.Locale;

/** Renders a {@link BenchReport} as the tables of {@code report.md}. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(BenchReport r) {
        StringBuilder b = new StringBuilder();
        b.append("# RegioLOD benchmark report\n\n");
        b.append("Started ").append(r.started()).append(", took ").append(f(r.seconds(), 0)).append(" s. ");
        b.append("Machine: ");
        r.machine().forEach((k, v) -> b.append(k).append(' ').append(v).append("; "));
        b.append("\n\n## Sizes\n\n| size | regions | plans/region | interventions/plan | seed | triples |\n|---|---:|---:|---:|---:|---:|\n");
        for (BenchReport.Size s : r.sizes()) {
            b.append(row(s.label(), s.regions(), s.plansPerRegion(), s.interventionsPerPlan(), s.seed(), s.triples()));
        }
        b.append("\n## Build, validation, load (in process; wall clock)\n\n");
        b.append("| stage | size | triples | s | triples/s | anchor | anchor s | anchor triples/s | ratio | target | met |\n");
        b.append("|---|---|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
        for (StageRow s : r.stages()) {
            b.append(row(s.stage(), s.size(), s.triples(), f(s.seconds(), 2), f(s.triplesPerSecond(), 0),
                    s.anchor() == null ? "—" : s.anchor(), s.anchor() == null ? "—" : f(s.anchorSeconds(), 2),
                    s.anchor() == null ? "—" : f(s.anchorTriplesPerSecond(), 0), s.ratio() == null ? "—" : f(s.ratio(), 2) + "×",
                    s.target() == null ? "—" : "≥ " + s.target() + "×", yes(s.met())));
        }
        b.append("\n## Serve (loopback, closed loop)\n\n");
        b.append("| size | endpoint | variant | requests | errors | req/s | p50 ms | p99 ms | note |\n|---|---|---|---:|---:|---:|---:|---:|---|\n");
        for (ServeRow s : r.serve()) {
            b.append(row(s.size(), s.endpoint(), s.variant(), n(s.requests()), n(s.errors()), s.requestsPerSecond() == null ? "n/a" : f(s.requestsPerSecond(), 0),
                    s.p50Millis() == null ? "n/a" : f(s.p50Millis(), 2), s.p99Millis() == null ? "n/a" : f(s.p99Millis(), 2),
                    s.na() == null ? "" : s.na()));
        }
        b.append("\n## Start-up and memory\n\n| size | server | command → first answer (s) | RSS at rest (MiB) | RSS under load (MiB) | note |\n|---|---|---:|---:|---:|---|\n");
        for (StartupRow s : r.startup()) {
            b.append(row(s.size(), s.server(), s.startupSeconds() == null ? "n/a" : f(s.startupSeconds(), 2),
                    s.rssAtRestMiB() == null ? "n/a" : f(s.rssAtRestMiB(), 0), s.rssUnderLoadMiB() == null ? "n/a" : f(s.rssUnderLoadMiB(), 0),
                    s.na() == null ? "" : s.na()));
        }
        b.append("\n## Targets (issue 8)\n\n| target | size | ratio | goal | met | note |\n|---|---|---:|---:|---|---|\n");
        for (TargetCheck t : r.targets()) {
            b.append(row(t.target(), t.size(), t.ratio() == null ? "n/a" : f(t.ratio(), 2) + "×", f(t.goal(), 1) + "×",
                    yes(t.met()), t.note() == null ? "" : t.note()));
        }
        if (!r.notes().isEmpty()) {
            b.append("\n## Notes\n\n");
            for (String n : r.notes()) b.append("- ").append(n).append('\n');
        }
        return b.toString();
    }

    private static String yes(Boolean met) { return met == null ? "n/a" : met ? "yes" : "**no**"; }

    private static String n(Long v) { return v == null ? "n/a" : String.valueOf(v); }

    private static String f(double v, int decimals) { return String.format(Locale.ROOT, "%,." + decimals + "f", v); }

    private static String row(Object... cells) {
        StringBuilder b = new StringBuilder("|");
        for (Object c : List.of(cells)) b.append(' ').append(String.valueOf(c).replace("|", "\\|")).append(" |");
        return b.append('\n').toString();
    }
}
