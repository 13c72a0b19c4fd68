package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Registry;
import org.regiolod.rdf.TableMapper;
import org.regiolod.rdf.TableSchema;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.InputError;
import org.regiolod.source.Manifest;
import org.regiolod.source.Row;
import org.regiolod.source.Table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan's matrix in its source shape: one row per intervention, one column per line
 * ({@code line:<code>}) and per target group ({@code target:<notation>}), cells {@code X} or
 * empty. Each X becomes a link from the intervention to the line or group.
 */
public final class MatrixMapper implements TableMapper {
    static final String LINE = "line:";
    static final String TARGET = "target:";

    @Override public String kind() { return "matrix"; }

    @Override public TableSchema schema() {
        return new TableSchema(List.of("intervention"), List.of("source_location", "source"), List.of(LINE, TARGET));
    }

    @Override public void map(Table table, MappingContext ctx) {
        if (table.rows().isEmpty()) return;
        String planId = ctx.planId(table.rows().get(0));
        String programme = implementedProgramme(table, ctx);
        checkColumns(table, ctx, planId, programme);
        Set<String> seen = new HashSet<>();
        for (Row row : table.rows()) {
            String code = row.required("intervention");
            ctx.registry().require(Registry.interventionsOf(planId), code, row, "intervention");
            if (!seen.add(code)) {
                throw row.error("intervention", "'" + code + "' has a second row in the matrix", "merge the two rows into one");
            }
            Resource intervention = ctx.resource(ctx.uris().intervention(planId, code));
            for (String col : table.header()) {
                boolean isLine = col.startsWith(LINE), isTarget = col.startsWith(TARGET);
                if (!isLine && !isTarget) continue;
                String cell = row.get(col);
                if (cell.isEmpty()) continue;
                if (!cell.equals("X")) {
                    throw row.error(col, "cell is '" + cell + "'", "a matrix cell is X (linked) or empty (not linked)");
                }
                if (isLine) {
                    intervention.addProperty(Vocab.implementsLine,
                            ctx.resource(ctx.uris().line(programme, col.substring(LINE.length()))));
                } else {
                    intervention.addProperty(Vocab.hasPotentialTarget,
                            ctx.resource(ctx.uris().targetGroup(planId, col.substring(TARGET.length()))));
                }
            }
            if (row.has("source_location")) intervention.addProperty(Vocab.sourceLocation, row.get("source_location"));
        }
    }

    /** The line columns name lines of the one programme that the plan implements. */
    private static String implementedProgramme(Table table, MappingContext ctx) {
        Manifest.Plan plan = ctx.dataset().manifest().plan();
        boolean hasLineColumns = table.header().stream().anyMatch(c -> c.startsWith(LINE));
        List<String> withLines = plan.implementsPlans().stream()
                .filter(p -> !ctx.registry().keys(Registry.linesOf(p)).isEmpty()).toList();
        if (!ctx.registry().keys(Registry.linesOf(ctx.dataset().id())).isEmpty()) {
            withLines = new java.util.ArrayList<>(withLines);
            withLines.add(0, ctx.dataset().id()); // a plan may define its own lines
        }
        if (!hasLineColumns) return null;
        if (withLines.size() != 1) {
            throw table.headerError(null,
                    "the matrix has line columns, but the plan implements " + withLines.size() + " programmes with lines " + withLines,
                    "the plan must define its own lines or implement exactly one programme that has them (plan.implements_plans)");
        }
        return withLines.get(0);
    }

    private static void checkColumns(Table table, MappingContext ctx, String planId, String programme) {
        for (String col : table.header()) {
            if (col.startsWith(LINE)) {
                String code = col.substring(LINE.length());
                if (!ctx.registry().has(Registry.linesOf(programme), code)) {
                    throw table.headerError(col, "line '" + code + "' does not exist in programme '" + programme + "'",
                            "the lines are " + ctx.registry().keys(Registry.linesOf(programme)));
                }
            } else if (col.startsWith(TARGET)) {
                String notation = col.substring(TARGET.length());
                if (!ctx.registry().has(Registry.targetGroupsOf(planId), notation)) {
                    throw table.headerError(col, "target group '" + notation + "' does not exist in the plan's target_groups table",
                            "the target groups are " + ctx.registry().keys(Registry.targetGroupsOf(planId)));
                }
            }
        }
    }
}
