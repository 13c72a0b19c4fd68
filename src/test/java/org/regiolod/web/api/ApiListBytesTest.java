package org.regiolod.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regiolod.TestPublished;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interventions list, byte for byte, is the JSON that independent SPARQL over the published
 * data says it should be: which items, in which order, with every field, the total and the links.
 * Asked twice, since the second answer takes its total from the kept count.
 */
class ApiListBytesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String P = """
            PREFIX rlod: <https://w3id.org/regiolod/onto/> PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    private static ApiTestServer server;

    @BeforeAll
    static void start() {
        server = ApiTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=20&offset=0", "limit=20&offset=20", "plan=pttd-2021-2023&limit=20&offset=20",
            "line=psstd-2018/7&limit=20&offset=0", "targetGroup=pttd-2021-2023/5&limit=3&offset=3",
            "q=dati&limit=5&offset=5", "q=dati&plan=pttd-2021-2023&limit=100&offset=0", "plan=no-such-plan&limit=20&offset=0"})
    void theListIsWhatTheDataSays(String query) throws Exception {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (String p : query.split("&")) params.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        int limit = Integer.parseInt(params.get("limit"));
        long offset = Long.parseLong(params.get("offset"));

        List<String> matching = matching(params);
        assertTrue(!matching.isEmpty() || query.contains("no-such"), "the filter selects something: " + query);
        ArrayNode items = JSON.createArrayNode();
        for (String uri : matching.subList((int) Math.min(offset, matching.size()), (int) Math.min(offset + limit, matching.size()))) {
            items.add(intervention(uri));
        }
        long total = matching.size();
        String filters = query.replaceAll("&?(limit|offset)=[^&]*", "").replaceFirst("^&", "");
        String base = "/api/v1/interventions?" + (filters.isEmpty() ? "" : encoded(filters) + "&");
        long last = total == 0 ? 0 : ((total - 1) / limit) * limit;
        ObjectNode links = JSON.createObjectNode();
        links.put("self", base + "limit=" + limit + "&offset=" + offset);
        links.put("first", base + "limit=" + limit + "&offset=0");
        links.put("prev", offset > 0 ? base + "limit=" + limit + "&offset=" + Math.max(0, Math.min(offset, total) - limit) : null);
        links.put("next", offset + limit < total ? base + "limit=" + limit + "&offset=" + (offset + limit) : null);
        links.put("last", base + "limit=" + limit + "&offset=" + last);
        ObjectNode page = JSON.createObjectNode();
        page.set("items", items);
        page.put("total", total);
        page.put("limit", limit);
        page.put("offset", offset);
        page.set("links", links);
        String expected = JSON.writeValueAsString(page);

        for (int time = 1; time <= 2; time++) {
            HttpResponse<String> r = server.get("/api/v1/interventions?" + query);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(expected, r.body(), query + ", asked " + time + " time(s)");
        }
        for (String uri : matching.subList(0, Math.min(3, matching.size()))) {
            String id = uri.substring((TestPublished.BASE + "id/intervento/").length());
            assertEquals(JSON.writeValueAsString(intervention(uri)), server.get("/api/v1/interventions/" + id).body(), id);
        }
    }

    /** The interventions the filters select, in plan order, then by code length and code. */
    private static List<String> matching(Map<String, String> params) {
        record Item(String uri, String plan, String code) {}
        List<Item> items = new ArrayList<>();
        read("SELECT ?i ?p ?c { ?i a rlod:Intervention ; rlod:isInterventionOf ?p ; dct:identifier ?c }",
                row -> items.add(new Item(uri(row.get("i")), uri(row.get("p")), row.getLiteral("c").getLexicalForm())));
        TreeSet<String> lines = related("rlod:implementsLine", "linea", params.get("line"));
        TreeSet<String> groups = related("rlod:hasPotentialTarget", "destinatario", params.get("targetGroup"));
        String text = params.get("q");
        return items.stream()
                .filter(i -> params.get("plan") == null || i.plan().equals(TestPublished.BASE + "id/piano/" + params.get("plan")))
                .filter(i -> lines == null || lines.contains(i.uri()))
                .filter(i -> groups == null || groups.contains(i.uri()))
                .filter(i -> text == null || words(i.uri()).stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))))
                .sorted(Comparator.comparing(Item::plan).thenComparingInt(i -> i.code().length()).thenComparing(Item::code))
                .map(Item::uri).distinct().toList();
    }

    /** The interventions linked to the item with this id by the property, or null when there is no such filter. */
    private static TreeSet<String> related(String property, String type, String id) {
        if (id == null) return null;
        TreeSet<String> out = new TreeSet<>();
        read("SELECT ?i { ?i " + property + " <" + TestPublished.BASE + "id/" + type + "/" + id + "> }", row -> out.add(uri(row.get("i"))));
        return out;
    }

    private static List<String> words(String uri) {
        List<String> out = new ArrayList<>();
        read("SELECT ?w { <" + uri + "> dct:identifier|dct:title|dct:description ?w }", row -> out.add(row.getLiteral("w").getLexicalForm()));
        return out;
    }

    /** An intervention as the API's contract describes it, from the data. */
    private static ObjectNode intervention(String uri) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id(uri));
        o.put("uri", uri);
        o.put("code", one("SELECT ?v { <" + uri + "> dct:identifier ?v }"));
        o.put("label", one("SELECT ?v { <" + uri + "> dct:title ?v }"));
        o.put("description", one("SELECT ?v { <" + uri + "> dct:description ?v }"));
        String plan = one("SELECT ?v { <" + uri + "> rlod:isInterventionOf ?v }");
        o.set("plan", plan == null ? null : ref(plan, one("SELECT ?v { <" + plan + "> dct:title ?v }")));
        o.set("lines", refs("SELECT ?t ?l { <" + uri + "> rlod:implementsLine ?t OPTIONAL { ?t skos:prefLabel ?l } }"));
        o.set("targetGroups", refs("SELECT ?t ?l { <" + uri + "> rlod:hasPotentialTarget ?t OPTIONAL { ?t skos:prefLabel ?l } }"));
        String document = one("SELECT ?v { <" + uri + "> prov:wasDerivedFrom ?v }");
        TreeSet<String> locations = new TreeSet<>();
        read("SELECT ?v { <" + uri + "> rlod:sourceLocation ?v }", row -> locations.add(row.getLiteral("v").getLexicalForm()));
        if (document == null && locations.isEmpty()) {
            o.putNull("source");
        } else {
            ObjectNode source = o.putObject("source");
            source.set("document", document == null ? null : ref(document, one("SELECT ?v { <" + document + "> dct:title ?v }")));
            ArrayNode l = source.putArray("locations");
            locations.forEach(l::add);
        }
        return o;
    }

    /** Related items in natural order of the code their id ends with (I.2 before I.10), then by URI. */
    private static ArrayNode refs(String select) {
        Map<String, String> labels = new TreeMap<>();
        read(select, row -> labels.put(uri(row.get("t")), row.get("l") == null ? null : row.getLiteral("l").getLexicalForm()));
        ArrayNode out = JSON.createArrayNode();
        labels.keySet().stream()
                .sorted(Comparator.comparing((String u) -> id(u).substring(id(u).lastIndexOf('/') + 1),
                        Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).thenComparing(u -> u))
                .forEach(u -> out.add(ref(u, labels.get(u))));
        return out;
    }

    private static ObjectNode ref(String uri, String label) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id(uri));
        r.put("uri", uri);
        r.put("label", label);
        return r;
    }

    /** {base}id/{type}/{id} -> {id} */
    private static String id(String uri) {
        String rest = uri.substring((TestPublished.BASE + "id/").length());
        return rest.substring(rest.indexOf('/') + 1);
    }

    /** The single value of the query's variable, or null when there is none. */
    private static String one(String select) {
        List<String> out = new ArrayList<>();
        read(select, row -> {
            RDFNode v = row.get("v");
            out.add(v.isLiteral() ? v.asLiteral().getLexicalForm() : v.asResource().getURI());
        });
        assertTrue(out.size() <= 1, "more than one value: " + select);
        return out.isEmpty() ? null : out.get(0);
    }

    private static String uri(RDFNode n) {
        return n.asResource().getURI();
    }

    /** The parameters as ApiRoutes writes them in links (each value URL-encoded, spaces as %20). */
    private static String encoded(String filters) {
        List<String> out = new ArrayList<>();
        for (String p : filters.split("&")) {
            String k = p.substring(0, p.indexOf('=')), v = URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8);
            out.add(k + "=" + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("&", out);
    }

    private static void read(String select, Consumer<QuerySolution> row) {
        TestPublished.data().read(conn -> {
            conn.querySelect(P + select, row);
            return null;
        });
    }
}
