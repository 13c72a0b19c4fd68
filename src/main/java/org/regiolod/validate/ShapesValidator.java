package org.regiolod.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.regiolod.source.InputError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Validates a graph against SHACL shapes: ours (shipped in the jar) or files the user gives. */
public final class ShapesValidator {
    /** Our domain shapes, copied from shapes/ into the jar at build time. */
    public static final List<String> STANDARD_SHAPES = List.of("/shapes/regiolod.ttl");

    private final Shapes shapes;

    private ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * Our shapes, parsed once per JVM and shared: they are read-only while validating, and parsing
     * them again was 13% of a warm 1× build.
     */
    public static ShapesValidator standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ShapesValidator INSTANCE = fromResources(STANDARD_SHAPES);
    }

    /** Turtle shapes shipped in the jar, by classpath name, read into one shapes graph. */
    public static ShapesValidator fromResources(List<String> resources) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String resource : resources) {
            try (InputStream in = ShapesValidator.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("shapes missing from the classpath: " + resource);
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ShapesValidator(g);
    }

    public static ShapesValidator fromFiles(List<Path> files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : files) {
            try {
                RDFParser.source(f).parse(g);
            } catch (RiotException e) {
                throw InputError.inFile(f, "the shapes file cannot be parsed: " + e.getMessage(), "check its RDF syntax");
            }
        }
        return new ShapesValidator(g);
    }

    public ValidationOutcome validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return new ValidationOutcome(report, data);
    }
}
