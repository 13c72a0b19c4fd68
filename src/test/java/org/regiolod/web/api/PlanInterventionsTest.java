package org.regiolod.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;
import org.regiolod.store.LocalData;
import org.regiolod.store.PublishedData;
import org.regiolod.web.api.ApiModel.Intervention;
import org.regiolod.web.api.ApiReader.PageRequest;
import org.regiolod.web.api.ApiReader.Slice;
import org.regiolod.web.api.Rows.Row;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan's kept interventions answer what the query files answer when run per request with the
 * parameters bound (as the API did before): the same page rows for the plan and every combination
 * of the plan with other filters, the same record for every item; lists without a plan run the
 * page query itself; and a new data version gets new entries, so the answers follow the data.
 */
class PlanInterventionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiReader.Queries Q = ApiReader.queries();

    @Test
    void everyFilterAndCombinationGivesThePageQuerysRows() {
        PublishedData data = TestPublished.data();
        Ids ids = new Ids(data.baseUri());
        data.read(conn -> {
            PlanInterventionsCache cache = new PlanInterventionsCache();
            ApiReader reader = new ApiReader(conn, ids, new Totals(), data.version(), cache);
            List<Row> all = Rows.select(conn, Q.interventionsPage.template());
            Set<Node> plans = new LinkedHashSet<>(), lines = new LinkedHashSet<>(), groups = new LinkedHashSet<>();
            for (Row r : all) plans.add(r.node("plan"));
            for (Row r : Rows.select(conn, Q.interventions.template())) {
                if ("line".equals(r.text("relation"))) lines.add(r.node("target"));
                if ("targetGroup".equals(r.text("relation"))) groups.add(r.node("target"));
            }
            assertTrue(!plans.isEmpty() && lines.size() > 1 && groups.size() > 1,
                    "the test data has plans, lines and target groups: " + plans.size() + ", " + lines.size() + ", " + groups.size());
            List<Node> texts = new ArrayList<>();
            // The text filter ignores case, in the needle and in the words; "zzz-none" matches nothing.
            for (String t : List.of("dati", "DATI", "Digitale", "i.1", "zzz-none")) texts.add(NodeFactory.createLiteralString(t));

            List<Map<String, Node>> cases = new ArrayList<>();
            // Without a plan: the page query's own path.
            cases.add(Map.of());
            for (Node l : lines) cases.add(Map.of("line", l));
            for (Node g : groups) cases.add(Map.of("targetGroup", g));
            for (Node t : texts) cases.add(Map.of("text", t));
            for (Node l : lines) for (Node g : groups) cases.add(Map.of("line", l, "targetGroup", g));
            // With a plan: the plan's kept interventions, alone and with every other filter and combination.
            for (Node p : plans) {
                cases.add(Map.of("plan", p));
                for (Node l : lines) cases.add(Map.of("plan", p, "line", l));
                for (Node g : groups) cases.add(Map.of("plan", p, "targetGroup", g));
                for (Node t : texts) cases.add(Map.of("plan", p, "text", t));
                for (Node l : lines) for (Node g : groups) cases.add(Map.of("plan", p, "line", l, "targetGroup", g));
                for (Node l : lines) cases.add(Map.of("plan", p, "line", l, "text", texts.get(0)));
                for (Node g : groups) cases.add(Map.of("plan", p, "targetGroup", g, "text", texts.get(0)));
                for (Node l : lines) for (Node g : groups) cases.add(Map.of("plan", p, "line", l, "targetGroup", g, "text", texts.get(0)));
            }
            cases.add(Map.of("plan", NodeFactory.createURI(data.baseUri() + "id/piano/no-such-plan")));
            cases.add(Map.of("plan", NodeFactory.createURI(data.baseUri() + "id/piano/no-such-plan"), "text", texts.get(0)));

            int nonEmpty = 0, withPlanNonEmpty = 0;
            for (Map<String, Node> filters : cases) {
                List<String> expected = new ArrayList<>();
                for (Row r : Rows.select(conn, Q.interventionsPage.bind(filters))) expected.add(r.uri("intervention"));
                if (!expected.isEmpty()) {
                    nonEmpty++;
                    if (filters.containsKey("plan") && filters.size() > 1) withPlanNonEmpty++;
                }
                Slice<Intervention> everything = reader.interventions(filters, new PageRequest(Integer.MAX_VALUE, 0));
                assertEquals(expected.size(), everything.total(), "total for " + filters);
                assertEquals(new ArrayList<>(new LinkedHashSet<>(expected)), everything.items().stream().map(Intervention::uri).toList(),
                        "items for " + filters);
                // A page in the middle is the same slice of the query's rows.
                Slice<Intervention> page = reader.interventions(filters, new PageRequest(3, 2));
                List<String> slice = expected.subList(Math.min(2, expected.size()), Math.min(5, expected.size()));
                assertEquals(new ArrayList<>(new LinkedHashSet<>(slice)), page.items().stream().map(Intervention::uri).toList(),
                        "page for " + filters);
                assertEquals(expected.size(), page.total(), "page total for " + filters);
            }
            assertTrue(nonEmpty > cases.size() / 4, "most cases select something: " + nonEmpty + " of " + cases.size());
            assertTrue(withPlanNonEmpty > 0, "some combinations of a plan and another filter select something");
            // Each published plan is kept once; the unknown plan is not kept.
            assertEquals(plans.size(), cache.plans());
            return null;
        });
    }

    @Test
    void everyItemIsTheRecordOfItsOwnDetailQuery() {
        PublishedData data = TestPublished.data();
        Ids ids = new Ids(data.baseUri());
        data.read(conn -> {
            ApiReader reader = new ApiReader(conn, ids, new Totals(), data.version(), new PlanInterventionsCache());
            Map<String, Node> planOf = new HashMap<>();
            for (Row r : Rows.select(conn, Q.interventionsPage.template())) planOf.put(r.uri("intervention"), r.node("plan"));
            assertFalse(planOf.isEmpty());
            int kept = 0;
            for (Map.Entry<String, Node> e : planOf.entrySet()) {
                String uri = e.getKey();
                List<Row> rows = Rows.select(conn, Q.interventions.bind(Map.of("intervention", NodeFactory.createURI(uri))));
                Optional<Intervention> expected = reader.interventionOf(uri, rows);
                PlanInterventions plan = reader.planInterventions(e.getValue());
                assertEquals(expected, plan.intervention(uri), uri);
                assertEquals(expected, reader.intervention(e.getValue(), NodeFactory.createURI(uri)), uri);
                if (expected.isPresent()) kept++;
            }
            assertTrue(kept > 0);
            // An intervention asked under another plan's id is still found (through its detail query); an unknown one is not.
            Node otherPlan = NodeFactory.createURI(data.baseUri() + "id/piano/no-such-plan");
            String some = planOf.keySet().iterator().next();
            assertEquals(reader.interventionOf(some, Rows.select(conn, Q.interventions.bind(Map.of("intervention", NodeFactory.createURI(some))))),
                    reader.intervention(otherPlan, NodeFactory.createURI(some)));
            assertTrue(reader.intervention(planOf.values().iterator().next(), NodeFactory.createURI(data.baseUri() + "id/intervento/no-such/I.1")).isEmpty());
            return null;
        });
    }

    @Test
    void aNewDataVersionGetsNewEntriesAndNewAnswers() throws Exception {
        // A copy of the test data in its own store, so the test can change it and publish a new version.
        Dataset tdb = TDB2Factory.createDataset();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Dataset source = ((LocalData) TestPublished.data()).dataset();
        Txn.executeWrite(tdb, () -> source.executeRead(() ->
                source.listModelNames().forEachRemaining(n -> tdb.addNamedModel(n, source.getNamedModel(n)))));
        AtomicReference<PublishedData> current = new AtomicReference<>(
                new LocalData(tdb, TestPublished.BASE, "v1", Instant.parse("2026-01-01T00:00:00Z")));
        try (ApiTestServer server = ApiTestServer.start(new ApiRoutes(current::get))) {
            JsonNode list = JSON.readTree(server.get("/api/v1/interventions?limit=1").body());
            JsonNode first = list.path("items").get(0);
            String uri = first.path("uri").asText(), id = first.path("id").asText();
            String plan = id.substring(0, id.indexOf('/'));
            String item = server.get("/api/v1/interventions/" + id).body();
            assertEquals(first, JSON.readTree(item));
            long total = list.path("total").asLong();
            // The plan's list (kept per version and plan) is read before the change, so v1's entry exists.
            long planTotal = JSON.readTree(server.get("/api/v1/interventions?plan=" + plan + "&limit=1").body()).path("total").asLong();
            assertEquals(0, JSON.readTree(server.get("/api/v1/interventions?plan=" + plan + "&q=intervento%20nuovo").body()).path("total").asLong());

            // Version 2: the item has a new title, and one more intervention exists in its plan.
            Txn.executeWrite(tdb, () -> {
                Property title = tdb.getDefaultModel().createProperty("http://purl.org/dc/terms/title");
                // The named graph that holds the intervention (the default graph is their union).
                List<String> names = new ArrayList<>();
                tdb.listNames().forEachRemaining(names::add);
                String graph = names.stream().filter(n -> tdb.getNamedModel(n).contains(
                        tdb.getNamedModel(n).createResource(uri), title)).findFirst().orElseThrow();
                Model m = tdb.getNamedModel(graph);
                Resource i = m.createResource(uri);
                m.removeAll(i, title, null);
                m.add(i, title, m.createLiteral("Titolo della versione due", "it"));
                Resource extra = m.createResource(uri + "-bis");
                Property of = m.createProperty("https://w3id.org/regiolod/onto/isInterventionOf");
                extra.addProperty(org.apache.jena.vocabulary.RDF.type, m.createResource("https://w3id.org/regiolod/onto/Intervention"))
                        .addProperty(of, i.getPropertyResourceValue(of))
                        .addProperty(m.createProperty("http://purl.org/dc/terms/identifier"), "ZZ.99")
                        .addProperty(title, "Intervento nuovo");
            });
            current.set(new LocalData(tdb, TestPublished.BASE, "v2", Instant.parse("2026-01-02T00:00:00Z")));

            JsonNode changed = JSON.readTree(server.get("/api/v1/interventions/" + id).body());
            assertEquals("Titolo della versione due", changed.path("label").asText());
            assertNotEquals(JSON.readTree(item), changed);
            assertEquals(total + 1, JSON.readTree(server.get("/api/v1/interventions?limit=1").body()).path("total").asLong());
            assertEquals(planTotal + 1, JSON.readTree(server.get("/api/v1/interventions?plan=" + plan + "&limit=1").body()).path("total").asLong());
            for (String list2 : List.of("/api/v1/interventions?q=intervento%20nuovo&limit=100",
                    "/api/v1/interventions?plan=" + plan + "&q=intervento%20nuovo&limit=100")) {
                Map<String, Integer> seen = new HashMap<>();
                for (JsonNode i : JSON.readTree(server.get(list2).body()).path("items")) seen.merge(i.path("uri").asText(), 1, Integer::sum);
                assertEquals(Map.of(uri + "-bis", 1), seen, list2);
            }
            JsonNode inPlan = JSON.readTree(server.get("/api/v1/interventions?plan=" + plan + "&limit=100").body()).path("items");
            for (JsonNode i : inPlan) if (i.path("uri").asText().equals(uri)) assertEquals(changed, i);
        }
    }
}
