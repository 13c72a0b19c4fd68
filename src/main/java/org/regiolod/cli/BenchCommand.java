package org.regiolod.cli;

import org.regiolod.bench.BenchReport;
import org.regiolod.bench.BenchSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs the benchmark suite (docs/benchmarks.md): generated data at each size, build, validation",
                "and load beside the raw Jena engines, the servers under load beside raw Fuseki and a constant",
                "response, start-up and memory. Writes report.md and report.json to --out.",
                "The defaults took 20 minutes on 2 shared cores (load average 30)."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "target/bench", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--sizes", defaultValue = "1,10,100", split = ",", description = "Factors of the base size (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--base-interventions", defaultValue = "30", description = "Interventions per plan (default: ${DEFAULT-VALUE}; 2 plans at 1×).")
    int baseInterventions;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--connections", defaultValue = "8", description = "Concurrent connections of the load generator (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--warmup", defaultValue = "PT1S", description = "Warm-up per serve row, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--duration", defaultValue = "PT3S", description = "Measured time per serve row, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration duration;

    // Named by its positive form: picocli derives --no-serve from it (an option named --no-serve
    // with default true was never switched off by --no-serve).
    @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the serve rows (default); --no-serve skips them.")
    boolean serve;

    @Option(names = "--serve-sizes", split = ",", description = "Factors at which to run the serve rows (default: every size).")
    List<Integer> serveSizes;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) throw new IllegalArgumentException("--sizes takes factors ≥ 1, e.g. 1,10,100");
        BenchReport r = new BenchSuite(new BenchSuite.Settings(out, sizes, baseInterventions, seed, connections, warmup, duration, serve,
                        serveSizes == null ? sizes : serveSizes, true, true),
                msg -> { err.println("[bench] " + msg); err.flush(); }).run();
        long missed = r.targets().stream().filter(t -> Boolean.FALSE.equals(t.met())).count();
        spec.commandLine().getOut().printf("benchmark done in %.0f s: %d targets met, %d missed, %d not measurable -> %s%n",
                r.seconds(), r.targets().stream().filter(t -> Boolean.TRUE.equals(t.met())).count(), missed,
                r.targets().stream().filter(t -> t.met() == null).count(), out.resolve("report.md"));
        return Main.OK;
    }
}
