package org.regiolod.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.regiolod.parallel.Workers;
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

    /**
     * How many pieces the shapes with targets are dealt into. Each piece pays for a report of its own
     * (Jena builds it as a graph, with the shapes' prefixes: 4.6% of a warm 1× build with one piece per
     * shape), so not one per shape; eight still keep two cores busy when one piece holds a costly shape
     * (at 100× three of our 34 shapes take 68% of the time).
     */
    static final int PIECES = 8;

    private final Shapes shapes;
    /** The shapes with targets, dealt in turn into the pieces in the order of their IRIs (or blank-node labels). */
    private final List<List<Shape>> pieces;

    private ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        List<Shape> targetShapes = shapes.getTargetShapes().stream()
                .sorted(Comparator.comparing(s -> s.getShapeNode().toString())).toList();
        List<List<Shape>> dealt = new ArrayList<>();
        for (int i = 0; i < Math.min(PIECES, targetShapes.size()); i++) dealt.add(new ArrayList<>());
        for (int i = 0; i < targetShapes.size(); i++) dealt.get(i % dealt.size()).add(targetShapes.get(i));
        this.pieces = dealt.stream().map(List::copyOf).toList();
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
     * The shapes with targets are validated in pieces, on every core ({@link Workers}): shapes are
     * independent and only read the data. The findings are those of Jena's {@code ShaclValidator}
     * over all shapes at once, in the order of the pieces.
     */
    public ValidationOutcome validate(Graph data) {
        List<Callable<Collection<ReportEntry>>> work = new ArrayList<>();
        for (List<Shape> piece : pieces) work.add(() -> validate(piece, data));
        List<ReportEntry> entries = new ArrayList<>();
        for (Collection<ReportEntry> found : Workers.all(work)) entries.addAll(found);
        return new ValidationOutcome(entries, data);
    }

    /** What {@code ValidationProc.plainValidation} does for all shapes, for some, with a context of their own. */
    private Collection<ReportEntry> validate(List<Shape> piece, Graph data) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : piece) {
            for (Node focus : VLib.focusNodes(data, shape)) VLib.validateShape(context, data, shape, focus);
        }
        return context.generateReport().getEntries();
    }
}
