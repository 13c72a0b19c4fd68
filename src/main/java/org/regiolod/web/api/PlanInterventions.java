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
 * The interventions of one plan in one data version, read through the same query files a list
 * request runs, with the plan bound: the page query's rows (in its ORDER BY order) and the detail
 * query's rows for those interventions, kept as records. A list of the plan, with or without line,
 * target group and text filters, is then a filter and a slice of those rows in Java, and an item
 * of the plan a map look-up; Jackson still writes every answer. The filters do in Java what the
 * page query's FILTERs say (see interventions-page.rq); PlanInterventionsTest holds the answers to
 * the query's own.
 */
final class PlanInterventions {
    /** What the filters look at, per intervention: lines, target groups, and words (lower case). */
    private record Facets(Set<String> lines, Set<String> targetGroups, List<String> words) {
        static final Facets NONE = new Facets(Set.of(), Set.of(), List.of());
    }

    /** The page query's ?intervention per row, in order (an item with two codes has two rows). */
    private final List<String> listed;
    private final Map<String, Intervention> byUri;
    private final Map<String, Facets> facets;

    private PlanInterventions(List<String> listed, Map<String, Intervention> byUri, Map<String, Facets> facets) {
        this.listed = listed;
        this.byUri = byUri;
        this.facets = facets;
    }

    /**
     * Builds the plan's interventions from the page query's rows (plan bound, all of them, in order)
     * and the detail query's rows grouped by intervention; {@code records} are the API's records of
     * those groups.
     */
    static PlanInterventions of(List<Row> pageRows, Map<String, List<Row>> detailRows, Map<String, Intervention> records) {
        List<String> listed = new ArrayList<>(pageRows.size());
        for (Row r : pageRows) listed.add(r.uri("intervention"));
        Map<String, Facets> facets = new HashMap<>();
        detailRows.forEach((uri, rows) -> facets.put(uri, facets(rows)));
        return new PlanInterventions(List.copyOf(listed), Map.copyOf(records), Map.copyOf(facets));
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

    /** The plan's intervention with this URI, as the item endpoint answers it; empty if the plan has none such. */
    Optional<Intervention> intervention(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    /**
     * The page of the plan's interventions matching the other filters (line, targetGroup: IRIs;
     * text: a literal), as the page query with the plan and those parameters bound would give it,
     * and the number of its rows. The "plan" filter, if present, is this plan and is not looked at.
     */
    Slice<Intervention> interventions(Map<String, Node> filters, PageRequest page) {
        Node line = filters.get("line"), group = filters.get("targetGroup"), text = filters.get("text");
        String needle = text == null ? null : text.getLiteralLexicalForm().toLowerCase();
        long from = page.offset(), to = page.offset() + page.limit();
        long total = 0;
        List<String> uris = new ArrayList<>();
        for (String uri : listed) {
            if (!matches(uri, line, group, needle)) continue;
            // The page query's rows may repeat an item (two codes): a page shows it once, the total counts rows.
            if (total >= from && total < to && !uris.contains(uri)) uris.add(uri);
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

    /** How many interventions are kept (the cache's weight; tests). */
    int size() { return byUri.size(); }
}
