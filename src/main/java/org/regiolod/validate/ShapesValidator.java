package org.regiolod.validate;

import org.regiolod.parallel.Workers;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.regiolod.source.InputError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/** Validates a graph against SHACL shapes: ours (shipped in the jar) or files the user gives. */
public final class ShapesValidator {
    /** Our domain shapes, copied from shapes/ into the jar at build time. */
    public static final List<String> STANDARD_SHAPES = List.of("/shapes/regiolod.ttl");

    private final Shapes shapes;
    /** The shapes with targets, in the order of their IRIs (or blank-node labels): the order of the findings. */
    private final List<Shape> targetShapes;

    private ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.targetShapes = shapes.getTargetShapes().stream()
                .sorted(Comparator.comparing(s -> s.getShapeNode().toString())).toList();
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

    /**
     * Every shape with targets is validated as its own piece, on every core ({@link Workers}): the
     * shapes are independent and only read the data. The findings are those of Jena's
     * {@code ShaclValidator} over all shapes at once, in the order of the shapes.
     */
    public ValidationOutcome validate(Graph data) {
        List<Callable<Collection<ReportEntry>>> pieces = new ArrayList<>();
        for (Shape shape : targetShapes) pieces.add(() -> validate(shape, data));
        List<ReportEntry> entries = new ArrayList<>();
        for (Collection<ReportEntry> found : Workers.all(pieces)) entries.addAll(found);
        return new ValidationOutcome(entries, data);
    }

    /** What {@code ValidationProc.plainValidation} does for one shape, with a context of its own. */
    private Collection<ReportEntry> validate(Shape shape, Graph data) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Node focus : VLib.focusNodes(data, shape)) VLib.validateShape(context, data, shape, focus);
        return context.generateReport().getEntries();
    }
}
