package org.regiolod.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.regiolod.source.generate.ScaleGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The benchmark suite: for each size (a factor of the base), generate the tables, measure the
 * in-process stages, then the servers; write {@code report.json} and {@code report.md}.
 */
public final class BenchSuite {

    /** The run's settings. The base (1×) is about the size of the shipped data/. */
    public record Settings(Path out, List<Integer> factors, int baseInterventions, long seed,
                           int connections, Duration warmup, Duration duration, boolean serve,
                           List<Integer> serveFactors, boolean warmUpPass, boolean serveCommandStartup) {
        /** Serve rows at every size, after an unmeasured warm-up pass. */
        public Settings(Path out, List<Integer> factors, int baseInterventions, long seed, int connections,
                        Duration warmup, Duration duration, boolean serve) {
            this(out, factors, baseInterventions, seed, connections, warmup, duration, serve, factors, true, true);
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;

    public BenchSuite(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** The generator options of a size: 2 plans at 1×, 2×factor plans over up to 20 regions. */
    public static ScaleGenerator.Spec spec(int factor, int interventions, long seed) {
        int plans = 2 * factor;
        int regions = Math.min(20, plans);
        return new ScaleGenerator.Spec(regions, (plans + regions - 1) / regions, interventions, seed);
    }

    public BenchReport run() {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Path out = settings.out();
        Path work = out.resolve("work");
        List<BenchReport.Size> sizes = new ArrayList<>();
        List<StageRow> stages = new ArrayList<>();
        List<ServeRow> serve = new ArrayList<>();
        List<StartupRow> startup = new ArrayList<>();
        LoadGenerator load = new LoadGenerator(settings.connections(), settings.warmup(), settings.duration());
        OurServer ours = new OurServer();
        try {
            deleteTree(work);
            if (settings.warmUpPass()) warmUp(work);
            for (int factor : settings.factors()) {
                String label = factor + "×";
                ScaleGenerator.Spec spec = spec(factor, settings.baseInterventions(), settings.seed());
                Path data = work.resolve("data-" + factor);
                Path stageDir = Files.createDirectories(work.resolve("stages-" + factor));
                progress.accept(label + ": generating " + spec);
                new ScaleGenerator().generate(spec, data);
                progress.accept(label + ": build, validation, load");
                InProcessStages.Output o = new InProcessStages().run(label, data, stageDir);
                stages.addAll(o.rows());
                sizes.add(new BenchReport.Size(label, factor, spec.regions(), spec.plansPerRegion(), spec.interventionsPerPlan(), spec.seed(), o.triples()));
                o.rows().forEach(r -> progress.accept(String.format("  %s: %.0f triples/s%s", r.stage(), r.triplesPerSecond(),
                        r.ratio() == null ? "" : String.format(" (%.2f× %s)", r.ratio(), r.anchor()))));
                if (settings.serve() && settings.serveFactors().contains(factor)) {
                    progress.accept(label + ": serve rows");
                    Sample sample = new Sample(InProcessStages.BASE, plans(spec), spec.interventionsPerPlan());
                    ServeBench.Output s = new ServeBench(load, out.resolve("logs"), ours, settings.serveCommandStartup()).run(label, o, sample);
                    serve.addAll(s.rows());
                    startup.addAll(s.startup());
                    s.rows().stream().filter(ServeRow::measured).forEach(r -> progress.accept(String.format("  %s, %s: %.0f req/s, p99 %.2f ms",
                            r.endpoint(), r.variant(), r.requestsPerSecond(), r.p99Millis())));
                }
                deleteTree(stageDir.resolve("tdb-raw"));
                Files.deleteIfExists(o.quads());
                // A report after each size: a run cut short still leaves its figures.
                write(new BenchReport(started.toString(), (System.nanoTime() - t0) / 1e9, machine(), sizes, stages, serve,
                        startup, Targets.check(sizes, stages, serve), Notes.standard()), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TargetCheck> targets = Targets.check(sizes, stages, serve);
        BenchReport report = new BenchReport(started.toString(), (System.nanoTime() - t0) / 1e9, machine(), sizes,
                stages, serve, startup, targets, Notes.standard());
        write(report, out);
        return report;
    }

    /** One unmeasured pass at the smallest size, so that the first measured size does not pay for class loading and JIT. */
    private void warmUp(Path work) throws IOException {
        ScaleGenerator.Spec spec = spec(1, Math.min(5, settings.baseInterventions()), settings.seed());
        Path data = work.resolve("warm-up");
        progress.accept("warm-up: one unmeasured pass at " + spec);
        new ScaleGenerator().generate(spec, data);
        new InProcessStages().run("warm-up", data, Files.createDirectories(work.resolve("warm-up-stages")));
        deleteTree(work.resolve("warm-up-stages"));
    }

    static List<String> plans(ScaleGenerator.Spec spec) {
        List<String> plans = new ArrayList<>();
        for (int k = 1; k <= spec.plansPerRegion(); k++) {
            for (String slug : ScaleGenerator.regionSlugs(spec.regions())) plans.add("piano-" + slug + "-" + k);
        }
        return plans;
    }

    static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("jena", org.apache.jena.Jena.VERSION);
        m.put("load average at start", String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return m;
    }

    static void write(BenchReport report, Path out) {
        try {
            Files.createDirectories(out);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            json.writeValue(out.resolve("report.json").toFile(), report);
            Files.writeString(out.resolve("report.md"), MarkdownReport.render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out, e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
