package org.regiolod.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.regiolod.source.RdfFileReader;
import org.regiolod.validate.ShapesValidator;
import org.regiolod.validate.ValidationOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates RDF files (Turtle, N-Triples, JSON-LD, RDF/XML, N-Quads, TriG; by extension)",
                "against RegioLOD's shapes or the shapes given with --shapes.",
                "Exit code 0: conforms (warnings printed); 1: violations; 2: unreadable input."})
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes to use instead of RegioLOD's (repeatable).")
    List<Path> shapes;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the full SHACL report as Turtle to FILE.")
    Path reportFile;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files to validate together.")
    List<Path> files;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Graph data = GraphFactory.createDefaultGraph();
        RdfFileReader reader = new RdfFileReader();
        for (Path f : files) reader.readInto(f, data);
        ShapesValidator validator = shapes == null || shapes.isEmpty()
                ? ShapesValidator.standard() : ShapesValidator.fromFiles(shapes);
        ValidationOutcome v = validator.validate(data);
        for (String line : v.warnings().size() <= 10 ? v.describe(v.warnings(), 10) : v.summarize(v.warnings())) err.println(line);
        for (String line : v.describe(v.violations(), 100)) err.println(line);
        if (reportFile != null) {
            try (var os = Files.newOutputStream(reportFile)) {
                org.apache.jena.riot.RDFDataMgr.write(os, v.report().getModel(), org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
            }
        }
        spec.commandLine().getOut().printf("%s: %d triples, %d violations, %d warnings%n",
                v.conforms() ? "conforms" : "does not conform", data.size(), v.violations().size(), v.warnings().size());
        return v.conforms() ? Main.OK : Main.VIOLATIONS;
    }
}
