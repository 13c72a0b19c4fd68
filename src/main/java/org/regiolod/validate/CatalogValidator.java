package org.regiolod.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.validation.ReportEntry;
import org.regiolod.parallel.Workers;
import org.regiolod.rdf.catalog.EuTables;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Validates a DCAT-AP_IT catalog graph in every build, in separate passes (the EU files reuse
 * shape IRIs, so they are not merged into one shapes graph):
 * <ol>
 * <li>DCAT-AP 3.0.1 core shapes, range shapes and recommended shapes (warnings) on the catalog alone;</li>
 * <li>DCAT-AP 3.0.1 controlled-vocabulary shapes, with the EU code lists the catalog uses added to
 *     the data graph (they check {@code skos:inScheme} there);</li>
 * <li>our DCAT-AP_IT shapes ({@code shapes/dcat-ap_it.ttl}), written from the profile's mandatory
 *     properties since AgID publishes none; they check codes against the same EU tables.</li>
 * </ol>
 */
public final class CatalogValidator {
    private static final String DCAT_AP = "/vendor/dcat-ap-3.0.1/html-shacl/";
    public static final String DCAT_AP_IT_SHAPES = "/shapes/dcat-ap_it.ttl";

    /** One pass: its name, the outcome, and how long it took. */
    public record Pass(String name, ValidationOutcome outcome, long millis) {}

    private record Stage(String name, ShapesValidator shapes, boolean withEuTables) {}

    private static volatile List<Stage> stages;

    /**
     * Runs the passes side by side ({@link Workers}): they only read the catalog. A pass's time is
     * its own wall-clock time, so the times of passes that overlapped add up to more than the whole.
     */
    public List<Pass> validate(Graph catalog) {
        Graph withTables = EuTables.withTablesFor(catalog); // the catalog plus its EU tables, for the passes that check codes
        List<Callable<Pass>> pieces = new ArrayList<>();
        for (Stage s : stages()) {
            pieces.add(() -> {
                long t = System.nanoTime();
                ValidationOutcome o = s.shapes().validate(s.withEuTables() ? withTables : catalog);
                return new Pass(s.name(), new ValidationOutcome(o.entries(), catalog), (System.nanoTime() - t) / 1_000_000);
            });
        }
        return Workers.all(pieces);
    }

    /** All passes' findings as one outcome (the build reports and stops on it like on the domain shapes). */
    public static ValidationOutcome merged(List<Pass> passes, ValidationOutcome first, Graph labels) {
        List<ReportEntry> all = new ArrayList<>();
        if (first != null) all.addAll(first.entries());
        for (Pass p : passes) all.addAll(p.outcome().entries());
        return new ValidationOutcome(all, labels);
    }

    /** The shapes are parsed once per JVM: they never change while it runs. */
    private static List<Stage> stages() {
        if (stages == null) {
            synchronized (CatalogValidator.class) {
                if (stages == null) {
                    stages = List.of(
                            new Stage("DCAT-AP 3.0.1 shapes", ShapesValidator.fromResources(List.of(DCAT_AP + "shapes.ttl")), false),
                            new Stage("DCAT-AP 3.0.1 ranges", ShapesValidator.fromResources(List.of(DCAT_AP + "range.ttl")), false),
                            new Stage("DCAT-AP 3.0.1 recommended", ShapesValidator.fromResources(List.of(DCAT_AP + "shapes_recommended.ttl")), false),
                            new Stage("DCAT-AP 3.0.1 controlled vocabularies",
                                    ShapesValidator.fromResources(List.of(DCAT_AP + "mdr-vocabularies.shape.ttl")), true),
                            new Stage("DCAT-AP_IT (RegioLOD shapes)", ShapesValidator.fromResources(List.of(DCAT_AP_IT_SHAPES)), true));
                }
            }
        }
        return stages;
    }
}
