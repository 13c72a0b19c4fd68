package org.regiolod.web.api;

import org.apache.jena.graph.Node;
import org.regiolod.web.api.ApiModel.Intervention;
import org.regiolod.web.api.ApiReader.PageRequest;
import org.regiolod.web.api.ApiReader.Slice;
import org.regiolod.web.api.Rows.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every intervention of one data version, read once through the same query files a request used
 * to run (the page query and the detail query, with their parameter rows left UNDEF, so over all
 * items): a list is then a filter and a slice of the page query's rows in Java, and an item a map
 * look-up. The filters do in Java what the page query's FILTERs say (see interventions-page.rq);
 * ApiListBytesTest and InterventionReadModelTest hold the answers to the queries' own.
 */
final class InterventionReadModel {
    /** One row of the page query over all interventions, in its ORDER BY order. */
    private record Listed(String intervention, String plan) {}

    /** What the filters look at, per intervention: lines, target groups, and words (lower case). */
    private record Facets(Set<String> lines, Set<String> targetGroups, List<String> words) {
        static final Facets NONE = new Facets(Set.of(), Set.of(), List.of());
    }

    private final List<Listed> listed;
    /** Positions in {@link #listed} of each plan's rows, in order: the plan filter without a scan. */
    private final Map<String, int[]> rowsOfPlan;
    private final Map<String, Intervention> byUri;
    private final Map<String, Facets> facets;

    private InterventionReadModel(List<Listed> listed, Map<String, Intervention> byUri, Map<String, Facets> facets) {
        this.listed = listed;
        this.byUri = byUri;
        this.facets = facets;
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) positions.computeIfAbsent(listed.get(i).plan(), k -> new ArrayList<>()).add(i);
        this.rowsOfPlan = new HashMap<>();
        positions.forEach((plan, p) -> rowsOfPlan.put(plan, p.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Builds the model from the page query's rows (all of them, in order) and the detail query's
     * rows grouped by intervention; {@code records} makes the API's records of those groups.
     */
    static InterventionReadModel of(List<Row> pageRows, Map<String, List<Row>> detailRows,
                                    Map<String, Intervention> records) {
        List<Listed> listed = new ArrayList<>(pageRows.size());
        for (Row r : pageRows) listed.add(new Listed(r.uri("intervention"), r.uri("plan")));
        Map<String, Facets> facets = new HashMap<>();
        detailRows.forEach((uri, rows) -> facets.put(uri, facets(rows)));
        return new InterventionReadModel(List.copyOf(listed), Map.copyOf(records), facets);
    }

    /**
     * The lines and target groups (rows with ?relation) and the words the text filter searches:
     * every identifier, title and description (the field rows' ?code, ?label, ?description).
     */
    private static Facets facets(List<Row> rows) {
        Set<String> lines = new HashSet<>(), groups = new HashSet<>();
        Set<String> words = new LinkedHashSet<>();
        for (Row r : rows) {
            String relation = r.text("relation");
            String target = r.uri("target");
            if ("line".equals(relation) && target != null) lines.add(target);
            else if ("targetGroup".equals(relation) && target != null) groups.add(target);
            else if (relation == null) {
                for (String var : List.of("code", "label", "description")) {
                    String w = r.text(var);
                    // As the query's LCASE (String.toLowerCase() in ARQ).
                    if (w != null) words.add(w.toLowerCase());
                }
            }
        }
        return new Facets(Set.copyOf(lines), Set.copyOf(groups), List.copyOf(words));
    }

    /** The intervention with this URI, as the item endpoint answers it. */
    Optional<Intervention> intervention(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    /**
     * The page of the interventions matching the filters (plan, line, targetGroup: IRIs; text: a
     * literal), as the page query with those parameters would give it, and the number of its rows.
     */
    Slice<Intervention> interventions(Map<String, Node> filters, PageRequest page) {
        Node plan = filters.get("plan"), line = filters.get("line"), group = filters.get("targetGroup"), text = filters.get("text");
        String needle = text == null ? null : text.getLiteralLexicalForm().toLowerCase();
        int[] candidates = plan == null ? null : rowsOfPlan.getOrDefault(plan.isURI() ? plan.getURI() : "", new int[0]);
        int count = candidates == null ? listed.size() : candidates.length;
        long from = page.offset(), to = page.offset() + page.limit();
        long total = 0;
        List<String> uris = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Listed row = listed.get(candidates == null ? c : candidates[c]);
            if (!matches(row.intervention(), line, group, needle)) continue;
            // The page query's rows may repeat an item (two codes): a page shows it once, the total counts rows.
            if (total >= from && total < to && !uris.contains(row.intervention())) uris.add(row.intervention());
            total++;
        }
        List<Intervention> items = new ArrayList<>(uris.size());
        for (String uri : uris) {
            Intervention i = byUri.get(uri);
            if (i != null) items.add(i);
        }
        return new Slice<>(items, total);
    }

    private boolean matches(String intervention, Node line, Node group, String needle) {
        if (line == null && group == null && needle == null) return true;
        Facets f = facets.getOrDefault(intervention, Facets.NONE);
        if (line != null && !(line.isURI() && f.lines().contains(line.getURI()))) return false;
        if (group != null && !(group.isURI() && f.targetGroups().contains(group.getURI()))) return false;
        if (needle != null) {
            for (String w : f.words()) if (w.contains(needle)) return true;
            return false;
        }
        return true;
    }

    /** How many interventions the model holds (for the notes' figures and tests). */
    int size() { return byUri.size(); }
}
