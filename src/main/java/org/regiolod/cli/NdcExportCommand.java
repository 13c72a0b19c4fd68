package org.regiolod.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.store.ndc.NdcExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ndc-export", mixinStandardHelpOptions = true,
        description = {"Writes the ontology and the controlled vocabularies in the repository layout that the",
                "National Data Catalog (schema.gov.it) harvests, and checks them with the NDC rules.",
                "Exit code 0: written and valid; 1: an asset breaks the NDC rules; 2: bad input."})
public final class NdcExportCommand implements Callable<Integer> {
    static final String RULES = "/vendor/ndc/";

    @Parameters(paramLabel = "DIR", description = "Folder to write the repository into (must not exist or be empty).")
    Path dir;

    @Option(names = "--data", defaultValue = "data", description = "Folder of the input tables (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--base-uri", defaultValue = "http://localhost:8080/", description = "Base of the data's URIs (default: ${DEFAULT-VALUE}).")
    String baseUri;

    @Option(names = "--modified", description = "Modification date of the vocabularies, YYYY-MM-DD (default: today).")
    LocalDate modified;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
            throw new IllegalArgumentException(dir + " is not empty: ndc-export writes a whole repository layout into a new folder");
        }
        BuildResult build = BuildPipeline.builder().data(data).baseUri(baseUri).build().run();
        if (!build.validation().conforms()) {
            err.println("the data does not validate: run 'build' to see the violations");
            return Main.VIOLATIONS;
        }
        String version = Main.class.getPackage().getImplementationVersion();
        var exported = new NdcExporter(build, modified == null ? LocalDate.now() : modified, version == null ? "dev" : version).export(dir);
        int violations = 0;
        for (String o : exported.ontologies()) {
            violations += check(dir.resolve("assets/ontologies/" + o + "/latest/" + o + ".ttl"),
                    List.of("Ontologie-rules.shacl", "Ontologie-rules-prefixes.ttl"), err);
        }
        for (String v : exported.vocabularies()) {
            violations += check(dir.resolve("assets/controlled-vocabularies/" + v + "/latest/" + v + ".ttl"),
                    List.of("VocabolariControllati-rules.shacl"), err);
        }
        out.printf("wrote %d ontology and %d controlled vocabularies to %s; NDC rules: %d violations%n",
                exported.ontologies().size(), exported.vocabularies().size(), dir, violations);
        return violations == 0 ? Main.OK : Main.VIOLATIONS;
    }

    private static int check(Path asset, List<String> rules, PrintWriter err) throws Exception {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (String r : rules) {
            try (InputStream in = NdcExportCommand.class.getResourceAsStream(RULES + r)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
            }
        }
        Graph data = GraphFactory.createDefaultGraph();
        RDFParser.source(asset).parse(data);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), data);
        report.getEntries().forEach(e -> err.println(asset.getFileName() + ": " + e.message() + " (" + e.resultPath() + ")"));
        return report.getEntries().size();
    }
}
