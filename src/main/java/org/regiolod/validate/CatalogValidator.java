package org.regiolod.validate;

import org.apache.jena.graph.Graph;
import org.regiolod.rdf.catalog.EuTables;

import java.util.ArrayList;
import java.util.List;

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

    public List<Pass> validate(Graph catalog) {
        List<Pass> out = new ArrayList<>();
        Graph withTables = null; // the catalog plus its EU tables: one copy for the passes that need it
        for (Stage s : stages()) {
            long t = System.nanoTime();
            if (s.withEuTables() && withTables == null) withTables = EuTables.withTablesFor(catalog);
            Graph data = s.withEuTables() ? withTables : catalog;
            ValidationOutcome o = s.shapes().validate(data);
            out.add(new Pass(s.name(), new ValidationOutcome(o.report(), catalog), (System.nanoTime() - t) / 1_000_000));
        }
        return out;
    }

    /** All passes' findings as one outcome (the build reports and stops on it like on the domain shapes). */
    public static ValidationOutcome merged(List<Pass> passes, ValidationOutcome first, Graph labels) {
        var b = org.apache.jena.shacl.ValidationReport.create();
        if (first != null) first.report().getEntries().forEach(b::addReportEntry);
        for (Pass p : passes) p.outcome().report().getEntries().forEach(b::addReportEntry);
        return new ValidationOutcome(b.build(), labels);
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
