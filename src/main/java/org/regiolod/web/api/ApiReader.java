package org.regiolod.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdfconnection.RDFConnection;
import org.regiolod.web.api.ApiModel.Act;
import org.regiolod.web.api.ApiModel.Intervention;
import org.regiolod.web.api.ApiModel.Line;
import org.regiolod.web.api.ApiModel.Matrix;
import org.regiolod.web.api.ApiModel.MatrixCell;
import org.regiolod.web.api.ApiModel.MatrixColumn;
import org.regiolod.web.api.ApiModel.MatrixRow;
import org.regiolod.web.api.ApiModel.Organisation;
import org.regiolod.web.api.ApiModel.Plan;
import org.regiolod.web.api.ApiModel.Ref;
import org.regiolod.web.api.ApiModel.Region;
import org.regiolod.web.api.ApiModel.SearchHit;
import org.regiolod.web.api.ApiModel.Source;
import org.regiolod.web.api.ApiModel.TargetGroup;
import org.regiolod.web.api.Rows.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads the API's representations from one version of the data, through the query files of
 * {@code queries/api/}. Every method runs inside the caller's read transaction and returns
 * plain objects (nothing lazy escapes).
 */
final class ApiReader {
    /** A page of items and how many there are in all. */
    record Slice<T>(List<T> items, long total) {}

    /** Which page a client asks for. */
    record PageRequest(int limit, long offset) {}

    private static final Queries Q = new Queries();

    /** The query files, parsed once (a file that does not parse fails the server at start). */
    static final class Queries {
        final ApiQuery plansPage = ApiQuery.load("plans-page"), plans = ApiQuery.load("plans"),
                planLinks = ApiQuery.load("plan-links"),
                interventionsPage = ApiQuery.load("interventions-page"), interventions = ApiQuery.load("interventions"),
                linesPage = ApiQuery.load("lines-page"), lines = ApiQuery.load("lines"), lineLinks = ApiQuery.load("line-links"),
                targetGroupsPage = ApiQuery.load("target-groups-page"), targetGroups = ApiQuery.load("target-groups"),
                targetGroupLinks = ApiQuery.load("target-group-links"),
                organisationsPage = ApiQuery.load("organisations-page"), organisations = ApiQuery.load("organisations"),
                organisationLinks = ApiQuery.load("organisation-links"),
                matrixRows = ApiQuery.load("matrix-rows"), matrixColumns = ApiQuery.load("matrix-columns"),
                matrixCells = ApiQuery.load("matrix-cells"),
                search = ApiQuery.load("search"),
                agreementsPage = ApiQuery.load("agreements-page"), agreements = ApiQuery.load("agreements"),
                agreementLinks = ApiQuery.load("agreement-links"), agreementBudget = ApiQuery.load("agreement-budget"),
                agreementActivities = ApiQuery.load("agreement-activities"), agreementTargets = ApiQuery.load("agreement-targets"),
                statisticsPage = ApiQuery.load("statistics-page"), statistics = ApiQuery.load("statistics");

        List<ApiQuery> all() {
            return List.of(plansPage, plans, planLinks, interventionsPage, interventions,
                    linesPage, lines, lineLinks, targetGroupsPage, targetGroups, targetGroupLinks,
                    organisationsPage, organisations, organisationLinks, matrixRows, matrixColumns, matrixCells, search,
                    agreementsPage, agreements, agreementLinks, agreementBudget, agreementActivities, agreementTargets,
                    statisticsPage, statistics);
        }
    }

    static Queries queries() { return Q; }

    /** Natural order of codes (what follows the id's last '/'): I.2 before I.10, 2 before 10. */
    private static final Comparator<Ref> BY_CODE_THEN_URI = Comparator
            .comparing((Ref r) -> r.id() == null ? "" : r.id().substring(r.id().lastIndexOf('/') + 1), Comparator.comparingInt(String::length).thenComparing(s -> s))
            .thenComparing(Ref::uri);

    private final RDFConnection conn;
    private final Ids ids;
    private final Totals totals;
    private final String version;
    private final PlanInterventionsCache planInterventions;

    /**
     * Reads the data version {@code version} through {@code conn}; list totals are kept in {@code totals},
     * the interventions of each plan asked for in {@code planInterventions}.
     */
    ApiReader(RDFConnection conn, Ids ids, Totals totals, String version, PlanInterventionsCache planInterventions) {
        this.conn = conn;
        this.ids = ids;
        this.totals = totals;
        this.version = version;
        this.planInterventions = planInterventions;
    }

    // ---- plans ----

    Slice<Plan> plans(PageRequest page) {
        return paged(Q.plansPage, Map.of(), "plan", page, this::plansOf);
    }

    Optional<Plan> plan(Node plan) {
        return plansOf(List.of(plan.getURI())).stream().findFirst();
    }

    private List<Plan> plansOf(List<String> uris) {
        Map<String, List<Row>> rows = details(Q.plans, "plan", uris);
        Map<String, List<Row>> links = details(Q.planLinks, "plan", uris);
        List<Plan> out = new ArrayList<>();
        for (String uri : uris) {
            List<Row> r = rows.get(uri);
            if (r == null) continue;
            List<Row> l = links.getOrDefault(uri, List.of());
            String description = Rows.first(r, "description");
            if (description == null) description = Rows.first(r, "datasetDescription");
            List<Act> acts = acts(relation(l, "approvedBy"));
            out.add(new Plan(ids.id(uri), uri, Rows.first(r, "code"), Rows.first(r, "label"), description,
                    Rows.anyTrue(r, "programme") ? "programme" : "plan",
                    year(Rows.first(r, "start")), year(Rows.first(r, "end")),
                    region(Rows.first(r, "region")), ref(r, "publisher", "publisherLabel"),
                    refs(relation(l, "implements")), refs(relation(l, "implementedBy")),
                    refs(relation(l, "alignsWith")), refs(relation(l, "revises")), acts,
                    Rows.groupBy(relation(l, "line"), "target").size(),
                    Rows.groupBy(relation(l, "intervention"), "target").size(),
                    Rows.groupBy(relation(l, "targetGroup"), "target").size(),
                    source(r)));
        }
        return out;
    }

    // ---- interventions ----

    /**
     * Filters: plan, line, targetGroup (IRIs) and text (a literal); any may be absent. A list of one
     * plan is read from that plan's kept interventions; any other list runs the page query.
     */
    Slice<Intervention> interventions(Map<String, Node> filters, PageRequest page) {
        Node plan = filters.get("plan");
        if (plan != null && plan.isURI()) {
            PlanInterventions kept = planInterventions(plan);
            return kept == null ? new Slice<>(List.of(), 0) : kept.interventions(filters, page);
        }
        return paged(Q.interventionsPage, filters, "intervention", page, this::interventionsOf);
    }

    /**
     * The intervention {@code intervention}, whose id names the plan {@code plan}: looked up in that
     * plan's kept interventions; if not there (an IRI whose plan segment is not its plan, or no
     * such intervention), its detail query decides, as for any item.
     */
    Optional<Intervention> intervention(Node plan, Node intervention) {
        PlanInterventions kept = planInterventions(plan);
        Optional<Intervention> found = kept == null ? Optional.empty() : kept.intervention(intervention.getURI());
        return found.isPresent() ? found : interventionsOf(List.of(intervention.getURI())).stream().findFirst();
    }

    /**
     * The plan's interventions in this version, kept or read now: the page query with the plan
     * bound (all rows, in order) and the detail query for those interventions. Null if it has none.
     */
    PlanInterventions planInterventions(Node plan) {
        return planInterventions.get(version, plan.getURI(), () -> {
            List<Row> pageRows = Rows.select(conn, Q.interventionsPage.bind(Map.of("plan", plan)));
            if (pageRows.isEmpty()) return null;
            List<String> uris = pageRows.stream().map(r -> r.uri("intervention")).distinct().toList();
            Map<String, List<Row>> detailRows = details(Q.interventions, "intervention", uris);
            Map<String, Intervention> records = new HashMap<>();
            detailRows.forEach((uri, rows) -> interventionOf(uri, rows).ifPresent(i -> records.put(uri, i)));
            return PlanInterventions.of(pageRows, detailRows, records);
        });
    }

    private List<Intervention> interventionsOf(List<String> uris) {
        Map<String, List<Row>> rows = details(Q.interventions, "intervention", uris);
        List<Intervention> out = new ArrayList<>();
        for (String uri : uris) interventionOf(uri, rows.getOrDefault(uri, List.of())).ifPresent(out::add);
        return out;
    }

    /** The record of one intervention from its rows of the detail query; empty when it has no fields (no title). */
    Optional<Intervention> interventionOf(String uri, List<Row> l) {
        // One query gives the fields and the links (rows with ?relation) of every item.
        List<Row> r = fields(l);
        if (r.isEmpty()) return Optional.empty();
        return Optional.of(new Intervention(ids.id(uri), uri, Rows.first(r, "code"), Rows.first(r, "label"),
                Rows.first(r, "description"), ref(r, "plan", "planLabel"),
                refs(relation(l, "line")), refs(relation(l, "targetGroup")), source(r)));
    }

    // ---- lines ----

    Slice<Line> lines(Node plan, PageRequest page) {
        return paged(Q.linesPage, Map.of("plan", plan), "line", page, this::linesOf);
    }

    private List<Line> linesOf(List<String> uris) {
        Map<String, List<Row>> rows = details(Q.lines, "line", uris);
        Map<String, List<Row>> links = details(Q.lineLinks, "line", uris);
        List<Line> out = new ArrayList<>();
        for (String uri : uris) {
            List<Row> r = rows.get(uri);
            if (r == null) continue;
            out.add(new Line(ids.id(uri), uri, Rows.first(r, "code"), Rows.first(r, "label"),
                    Rows.first(r, "description"), ref(r, "plan", "planLabel"),
                    refs(links.getOrDefault(uri, List.of())), source(r)));
        }
        return out;
    }

    // ---- target groups ----

    Slice<TargetGroup> targetGroups(Map<String, Node> filters, PageRequest page) {
        return paged(Q.targetGroupsPage, filters, "targetGroup", page, this::targetGroupsOf);
    }

    Optional<TargetGroup> targetGroup(Node targetGroup) {
        return targetGroupsOf(List.of(targetGroup.getURI())).stream().findFirst();
    }

    private List<TargetGroup> targetGroupsOf(List<String> uris) {
        Map<String, List<Row>> rows = details(Q.targetGroups, "targetGroup", uris);
        Map<String, List<Row>> links = details(Q.targetGroupLinks, "targetGroup", uris);
        List<TargetGroup> out = new ArrayList<>();
        for (String uri : uris) {
            List<Row> r = rows.get(uri);
            if (r == null) continue;
            out.add(new TargetGroup(ids.id(uri), uri, Rows.first(r, "code"), Rows.first(r, "label"),
                    Rows.first(r, "description"), Rows.anyTrue(r, "interpreted"), Rows.first(r, "derivation"),
                    ref(r, "plan", "planLabel"), refs(links.getOrDefault(uri, List.of())), source(r)));
        }
        return out;
    }

    // ---- organisations ----

    Slice<Organisation> organisations(PageRequest page) {
        return paged(Q.organisationsPage, Map.of(), "organisation", page, this::organisationsOf);
    }

    Optional<Organisation> organisation(Node organisation) {
        return organisationsOf(List.of(organisation.getURI())).stream().findFirst();
    }

    private List<Organisation> organisationsOf(List<String> uris) {
        Map<String, List<Row>> rows = details(Q.organisations, "organisation", uris);
        Map<String, List<Row>> links = details(Q.organisationLinks, "organisation", uris);
        List<Organisation> out = new ArrayList<>();
        for (String uri : uris) {
            List<Row> r = rows.get(uri);
            if (r == null) continue;
            List<Row> l = links.getOrDefault(uri, List.of());
            String ipa = Rows.first(r, "ipaCode");
            // The organisations table has three kinds: public and private are typed (COV), an association is neither.
            String kind = Rows.anyTrue(r, "public") ? "public" : Rows.anyTrue(r, "private") ? "private" : "association";
            out.add(new Organisation(ids.id(uri), uri, ipa, Rows.first(r, "label"), Rows.first(r, "description"),
                    Rows.first(r, "acronym"), kind, ipa, region(Rows.first(r, "region")), Rows.first(r, "homepage"),
                    refs(relation(l, "plan")), refs(relation(l, "act")), source(r)));
        }
        return out;
    }

    // ---- matrix ----

    /** The plan's matrix, or empty when the plan has no interventions. */
    Optional<Matrix> matrix(Node plan, Ref planRef) {
        List<MatrixRow> rows = new ArrayList<>();
        Map<String, Integer> rowIndex = new HashMap<>();
        for (Row r : Rows.select(conn, Q.matrixRows.bind(Map.of("plan", plan)))) {
            String uri = r.uri("intervention");
            if (rowIndex.containsKey(uri)) continue;
            rowIndex.put(uri, rows.size());
            rows.add(new MatrixRow(ids.id(uri), uri, r.text("code"), r.text("label")));
        }
        if (rows.isEmpty()) return Optional.empty();
        List<MatrixColumn> columns = new ArrayList<>();
        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        for (Row c : Rows.select(conn, Q.matrixColumns.bind(Map.of("plan", plan)))) {
            String uri = c.uri("column");
            if (columnIndex.containsKey(uri)) continue;
            columnIndex.put(uri, columns.size());
            columns.add(new MatrixColumn(c.text("kind"), ids.id(uri), uri, c.text("code"), c.text("label"),
                    ref(List.of(c), "owner", "ownerLabel")));
        }
        List<MatrixCell> cells = new ArrayList<>();
        for (Row c : Rows.select(conn, Q.matrixCells.bind(Map.of("plan", plan)))) {
            Integer row = rowIndex.get(c.uri("intervention")), column = columnIndex.get(c.uri("column"));
            if (row != null && column != null) cells.add(new MatrixCell(row, column));
        }
        cells.sort(Comparator.comparingInt(MatrixCell::row).thenComparingInt(MatrixCell::column));
        return Optional.of(new Matrix(planRef, rows, columns, cells));
    }

    // ---- agreements ----

    Slice<ApiModel.Agreement> agreements(PageRequest page) {
        return paged(Q.agreementsPage, Map.of(), "agreement", page, this::agreementsOf);
    }

    Optional<ApiModel.Agreement> agreement(Node agreement) {
        return agreementsOf(List.of(agreement.getURI())).stream().findFirst();
    }

    private List<ApiModel.Agreement> agreementsOf(List<String> uris) {
        Map<String, List<Row>> rows = details(Q.agreements, "agreement", uris);
        Map<String, List<Row>> links = details(Q.agreementLinks, "agreement", uris);
        Map<String, List<Row>> budgets = details(Q.agreementBudget, "agreement", uris);
        Map<String, List<Row>> activities = details(Q.agreementActivities, "agreement", uris);
        Map<String, List<Row>> targets = details(Q.agreementTargets, "agreement", uris);
        List<ApiModel.Agreement> out = new ArrayList<>();
        for (String uri : uris) {
            List<Row> r = rows.get(uri);
            if (r == null) continue;
            List<Row> l = links.getOrDefault(uri, List.of());
            List<ApiModel.Signatory> signatories = new ArrayList<>();
            Rows.groupBy(relation(l, "signatory"), "target").forEach((s, sr) -> signatories.add(
                    new ApiModel.Signatory(ids.id(s), s, Rows.first(sr, "targetLabel"), ref(sr, "party", "partyLabel"))));
            signatories.sort(Comparator.comparing(ApiModel.Signatory::uri));
            out.add(new ApiModel.Agreement(ids.id(uri), uri, Rows.first(r, "code"), Rows.first(r, "label"),
                    Rows.first(r, "description"), Rows.first(r, "validFrom"), Rows.first(r, "validUntil"),
                    Rows.first(r, "validFromCondition"), refs(relation(l, "party")), signatories,
                    refs(relation(l, "supports")), refs(relation(l, "renews")), refs(relation(l, "implementsAgreement")),
                    acts(relation(l, "approvedBy")), refs(relation(l, "activityPlan")),
                    budget(budgets.getOrDefault(uri, List.of())),
                    activities(activities.getOrDefault(uri, List.of()), targets.getOrDefault(uri, List.of())),
                    source(r)));
        }
        return out;
    }

    private ApiModel.Budget budget(List<Row> rows) {
        ApiModel.Amount total = null;
        List<ApiModel.Amount> shares = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : Rows.groupBy(rows, "amount").entrySet()) {
            List<Row> a = e.getValue();
            ApiModel.Amount amount = new ApiModel.Amount(ids.id(e.getKey()), e.getKey(), Rows.first(a, "code"),
                    Rows.first(a, "label"), decimal(Rows.first(a, "value")), Rows.first(a, "currency"),
                    year(Rows.first(a, "year")), Rows.first(a, "chapter"),
                    Rows.first(a, "vat") == null ? null : Rows.anyTrue(a, "vat"));
            if (e.getKey().equals(Rows.first(a, "total"))) total = amount;
            else shares.add(amount);
        }
        shares.sort(Comparator.comparing((ApiModel.Amount a) -> a.budgetYear() == null ? 0 : a.budgetYear())
                .thenComparing(ApiModel.Amount::uri));
        return total == null ? null : new ApiModel.Budget(total, shares);
    }

    private List<ApiModel.Activity> activities(List<Row> rows, List<Row> targetRows) {
        Map<String, List<ApiModel.Target>> targets = new HashMap<>();
        Rows.groupBy(targetRows, "indicator").forEach((indicator, tr) -> {
            List<ApiModel.Target> list = new ArrayList<>();
            Rows.groupBy(tr, "target").forEach((t, r) -> list.add(new ApiModel.Target(ids.id(t), t, Rows.first(r, "code"),
                    Rows.first(r, "label"), decimal(Rows.first(r, "value")), decimal(Rows.first(r, "minValue")),
                    decimal(Rows.first(r, "maxValue")), Rows.first(r, "unit"), comparator(Rows.first(r, "comparator")),
                    Rows.first(r, "measures"), Rows.anyTrue(r, "interpreted"), Rows.first(r, "note"))));
            list.sort(Comparator.comparing(ApiModel.Target::uri));
            targets.put(indicator, list);
        });
        List<ApiModel.Activity> out = new ArrayList<>();
        Rows.groupBy(rows, "activity").forEach((activity, r) -> {
            List<ApiModel.ActivityPart> outputs = new ArrayList<>();
            List<ApiModel.Indicator> indicators = new ArrayList<>();
            Rows.groupBy(r, "part").forEach((part, pr) -> {
                String kind = Rows.first(pr, "partKind");
                if ("output".equals(kind)) {
                    outputs.add(new ApiModel.ActivityPart(ids.id(part), part, Rows.first(pr, "partCode"),
                            Rows.first(pr, "partLabel"), Rows.anyTrue(pr, "interpreted"), Rows.first(pr, "note")));
                } else {
                    indicators.add(new ApiModel.Indicator(ids.id(part), part, Rows.first(pr, "partCode"),
                            Rows.first(pr, "partLabel"), Rows.anyTrue(pr, "interpreted"), Rows.first(pr, "note"),
                            targets.getOrDefault(part, List.of())));
                }
            });
            outputs.sort(Comparator.comparing(ApiModel.ActivityPart::code, NATURAL));
            indicators.sort(Comparator.comparing(ApiModel.Indicator::code, NATURAL));
            out.add(new ApiModel.Activity(ids.id(activity), activity, Rows.first(r, "activityCode"),
                    Rows.first(r, "activityLabel"), Rows.first(r, "activityDescription"), Rows.first(r, "activityKind"),
                    outputs, indicators));
        });
        out.sort(Comparator.comparing(ApiModel.Activity::code, NATURAL));
        return out;
    }

    // ---- statistics ----

    /** Filters: year (an xsd:gYear literal) and text; either may be absent. */
    Slice<ApiModel.Statistic> statistics(Map<String, Node> filters, PageRequest page) {
        return paged(Q.statisticsPage, filters, "statistic", page, this::statisticsOf);
    }

    Optional<ApiModel.Statistic> statistic(Node statistic) {
        return statisticsOf(List.of(statistic.getURI())).stream().findFirst();
    }

    private List<ApiModel.Statistic> statisticsOf(List<String> uris) {
        Map<String, List<Row>> rows = details(Q.statistics, "statistic", uris);
        List<ApiModel.Statistic> out = new ArrayList<>();
        for (String uri : uris) {
            List<Row> r = rows.get(uri);
            if (r == null) continue;
            String event = Rows.first(r, "event");
            out.add(new ApiModel.Statistic(ids.id(uri), uri, Rows.first(r, "code"), Rows.first(r, "label"),
                    Rows.first(r, "measures"), decimal(Rows.first(r, "value")), decimal(Rows.first(r, "minValue")),
                    decimal(Rows.first(r, "maxValue")), Rows.first(r, "unit"), Rows.first(r, "currency"),
                    comparator(Rows.first(r, "comparator")), year(Rows.first(r, "year")), Rows.first(r, "period"),
                    ref(r, "statedBy", "statedByLabel"),
                    event == null ? null : new ApiModel.Event(ids.id(event), event, Rows.first(r, "eventLabel"), Rows.first(r, "eventDate")),
                    Rows.first(r, "sourceText"), Rows.anyTrue(r, "interpreted"), Rows.first(r, "note"), source(r)));
        }
        return out;
    }

    // ---- search ----

    Slice<SearchHit> search(String text, String type, PageRequest page) {
        Map<String, Node> params = new HashMap<>();
        params.put("text", NodeFactory.createLiteralString(text));
        if (type != null) params.put("type", NodeFactory.createLiteralString(type));
        Query bound = Q.search.bind(params);
        long total = total(Q.search, params, bound);
        List<SearchHit> hits = new ArrayList<>();
        for (Row r : Rows.select(conn, ApiQuery.page(bound, page.limit(), page.offset()))) {
            String uri = r.uri("item");
            hits.add(new SearchHit(r.text("type"), ids.id(uri), uri, r.text("code"), r.text("label")));
        }
        return new Slice<>(hits, total);
    }

    // ---- shared ----

    private <T> Slice<T> paged(ApiQuery pageQuery, Map<String, Node> params, String itemVar, PageRequest page,
                               java.util.function.Function<List<String>, List<T>> details) {
        Query bound = pageQuery.bind(params);
        List<Row> rows = Rows.select(conn, ApiQuery.page(bound, page.limit(), page.offset()));
        // A page that is not full holds the last rows: the total is known without the count query
        // (one query less for every list that fits on a page). An empty page past the end still counts.
        long total = rows.size() < page.limit() && (page.offset() == 0 || !rows.isEmpty())
                ? page.offset() + rows.size() : total(pageQuery, params, bound);
        List<String> uris = new ArrayList<>();
        for (Row r : rows) {
            String uri = r.uri(itemVar);
            if (uri != null && !uris.contains(uri)) uris.add(uri);
        }
        return new Slice<>(uris.isEmpty() ? List.of() : details.apply(uris), total);
    }

    /** How many rows the bound query has in all: counted once per data version and parameters. */
    private long total(ApiQuery query, Map<String, Node> params, Query bound) {
        return totals.total(version, query.name(), params, () -> {
            List<Row> rows = Rows.select(conn, ApiQuery.count(bound));
            Node n = rows.isEmpty() ? null : rows.get(0).node("total");
            return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
        });
    }

    /** Runs a detail query for the given items (one VALUES row each) and groups its rows by item. */
    private Map<String, List<Row>> details(ApiQuery query, String itemVar, List<String> uris) {
        List<Map<String, Node>> rows = uris.stream().map(u -> Map.of(itemVar, NodeFactory.createURI(u))).toList();
        return Rows.groupBy(Rows.select(conn, query.bindRows(rows)), itemVar);
    }

    /** The rows of a fields-and-links query that hold the fields: those without a ?relation. */
    private static List<Row> fields(List<Row> rows) {
        return rows.stream().filter(r -> r.node("relation") == null).toList();
    }

    private static List<Row> relation(List<Row> rows, String relation) {
        return rows.stream().filter(r -> relation.equals(r.text("relation"))).toList();
    }

    /** The related items in the rows' ?target / ?targetLabel, one per URI, in natural code order. */
    private List<Ref> refs(List<Row> rows) {
        List<Ref> out = new ArrayList<>();
        Rows.groupBy(rows, "target").forEach((uri, r) -> out.add(new Ref(ids.id(uri), uri, Rows.first(r, "targetLabel"))));
        out.sort(BY_CODE_THEN_URI);
        return out;
    }

    private Ref ref(List<Row> rows, String var, String labelVar) {
        BiFunction<String, String, Ref> make = (uri, label) -> new Ref(ids.id(uri), uri, label);
        for (Row r : rows) {
            String uri = r.uri(var);
            if (uri != null) return make.apply(uri, Rows.first(rows.stream().filter(x -> uri.equals(x.uri(var))).toList(), labelVar));
        }
        return null;
    }

    private Source source(List<Row> rows) {
        Ref document = ref(rows, "document", "documentLabel");
        List<String> locations = new ArrayList<>(Rows.all(rows, "location"));
        locations.sort(Comparator.naturalOrder());
        return document == null && locations.isEmpty() ? null : new Source(document, locations);
    }

    private List<Act> acts(List<Row> rows) {
        List<Act> acts = new ArrayList<>();
        for (Map.Entry<String, List<Row>> act : Rows.groupBy(rows, "target").entrySet()) {
            List<Row> a = act.getValue();
            acts.add(new Act(ids.id(act.getKey()), act.getKey(), Rows.first(a, "targetCode"), Rows.first(a, "targetLabel"),
                    Rows.first(a, "actType"), Rows.first(a, "actNumber"), Rows.first(a, "date")));
        }
        acts.sort(Comparator.comparing((Act a) -> a.date() == null ? "" : a.date()).thenComparing(Act::uri));
        return acts;
    }

    /** Natural order of codes: S.2 before S.10. */
    private static final Comparator<String> NATURAL = Comparator.nullsLast(
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

    private static java.math.BigDecimal decimal(String lexical) {
        if (lexical == null) return null;
        try {
            return new java.math.BigDecimal(lexical);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** rlod:AtLeast -> atLeast: the comparator in the API's camelCase. */
    private static String comparator(String uri) {
        if (uri == null) return null;
        String local = uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
        return local.isEmpty() ? null : Character.toLowerCase(local.charAt(0)) + local.substring(1);
    }

    private static Integer year(String lexical) {
        if (lexical == null || !lexical.matches("-?\\d{4,}.*")) return null;
        return Integer.parseInt(lexical.replaceFirst("^(-?\\d{4,}).*$", "$1"));
    }

    private static Region region(String uri) {
        return uri == null ? null : new Region(uri.substring(uri.lastIndexOf('/') + 1), uri);
    }
}
