package org.regiolod.cli;

import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.store.DumpWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Converts every dataset under the data folder to RDF, validates it with SHACL and writes",
                "the dumps (Turtle, N-Triples, JSON-LD, RDF/XML per dataset; N-Quads of everything).",
                "Nothing is written unless validation passes; the previous output stays until then."})
public final class BuildCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "data", description = "Folder of the input tables (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "target/site", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-uri", defaultValue = "http://localhost:8080/",
            description = "Base of the data's URIs (default: ${DEFAULT-VALUE}).")
    String baseUri;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    boolean quiet;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        long start = System.nanoTime();
        BuildResult result = BuildPipeline.builder()
                .data(data).baseUri(baseUri)
                .progress(msg -> { if (!quiet) { err.println("[build] " + msg); err.flush(); } })
                .build().run();
        return report(result, out, err, outw, start);
    }

    /** Prints the validation outcome and writes the dumps when the build conforms. */
    static int report(BuildResult result, Path out, PrintWriter err, PrintWriter outw, long start) {
        var v = result.validation();
        for (String line : v.warnings().size() <= 10 ? v.describe(v.warnings(), 10) : v.summarize(v.warnings())) err.println(line);
        DumpWriter writer = new DumpWriter();
        if (!v.conforms()) {
            for (String line : v.describe(v.violations(), 50)) err.println(line);
            Path report = writer.writeFailedReport(result, out);
            err.printf("build failed: %d SHACL violations (%d warnings); nothing was written to %s%nfull report: %s%n",
                    v.violations().size(), v.warnings().size(), out, report);
            return Main.VIOLATIONS;
        }
        writer.write(result, out);
        outw.printf("built %d triples in %d graphs, 0 violations, %d warnings, in %d ms -> %s%n",
                result.triples(), result.dumpNames().size(), v.warnings().size(),
                (System.nanoTime() - start) / 1_000_000, out);
        return Main.OK;
    }
}
