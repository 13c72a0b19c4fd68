package org.regiolod.cli;

import org.regiolod.source.generate.ScaleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a data folder of synthetic plans shaped like the real tables (for benchmarks):",
                "per region a programme with its lines, acts and governance, per plan its interventions, target",
                "groups, matrix, decalogue, project kinds and acronyms. The same options give the same bytes.",
                "Size: about 13 triples per intervention plus ~300 per plan; e.g. --regions 20 --plans-per-region 20",
                "--interventions-per-plan 1000 gives over 5 million triples. Build it with 'build --data DIR'."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (must be empty, new, or written by generate before).")
    Path out;

    @Option(names = "--regions", defaultValue = "2", description = "Regions (default: ${DEFAULT-VALUE}; past 20 the names repeat with a number).")
    int regions;

    @Option(names = "--plans-per-region", defaultValue = "1", description = "Plans per region (default: ${DEFAULT-VALUE}).")
    int plans;

    @Option(names = "--interventions-per-plan", defaultValue = "30", description = "Interventions per plan (default: ${DEFAULT-VALUE}).")
    int interventions;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ScaleGenerator.Spec s = new ScaleGenerator.Spec(regions, plans, interventions, seed);
        if (!prepare(out, err)) return Main.BAD_INPUT;
        long start = System.nanoTime();
        ScaleGenerator.Summary sum = new ScaleGenerator().generate(s, out);
        spec.commandLine().getOut().printf("generated %d datasets, %d interventions, %d files in %d ms -> %s%n",
                sum.datasets(), sum.interventions(), sum.files(), (System.nanoTime() - start) / 1_000_000, out);
        return Main.OK;
    }

    /** Refuses to mix generated tables into a folder of real ones; clears a previous generated tree. */
    static boolean prepare(Path out, java.io.PrintWriter err) {
        try {
            if (!Files.exists(out)) return true;
            if (!Files.isDirectory(out)) {
                err.println("error: " + out + " is a file; pass a folder with --out DIR");
                return false;
            }
            try (Stream<Path> list = Files.list(out)) {
                if (list.findAny().isEmpty()) return true;
            }
            if (!Files.exists(out.resolve(ScaleGenerator.MARKER))) {
                err.println("error: " + out + " is not empty and was not written by 'generate'; pass a new or empty folder");
                return false;
            }
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(out)) Files.delete(p);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + out + ": " + e.getMessage(), e);
        }
    }
}
