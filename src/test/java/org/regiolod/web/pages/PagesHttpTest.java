package org.regiolod.web.pages;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;
import org.regiolod.store.PublishedData;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages over real HTTP on 127.0.0.1, reading the project's data built into TDB2. */
class PagesHttpTest {
    private static PublishedData data;
    private static PagesServer server;
    /** One resource of each type in the data, as /id/... paths. */
    private static List<String> samples;

    @BeforeAll
    static void start() {
        data = TestPublished.data();
        server = new PagesServer(data);
        samples = data.read(conn -> {
            List<String> out = new ArrayList<>();
            ParameterizedSparqlString q = new ParameterizedSparqlString(
                    "SELECT ?type (MIN(STR(?r)) AS ?sample) WHERE { ?r a ?type FILTER(STRSTARTS(STR(?r), ?prefix)) } GROUP BY ?type");
            q.setLiteral("prefix", data.baseUri() + "id/");
            conn.querySelect(q.asQuery(), row -> out.add(row.getLiteral("sample").getString().substring(data.baseUri().length() - 1)));
            return out.stream().distinct().sorted().toList();
        });
        assertTrue(samples.size() >= 10, "samples of many types: " + samples);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyIdentifierAnswers303ToItsDocument() {
        for (String id : samples) {
            HttpResponse<String> r = server.get(id, "Accept", "text/turtle");
            assertEquals(303, r.statusCode(), id);
            assertEquals("/doc/" + id.substring("/id/".length()), r.headers().firstValue("Location").orElseThrow(), id);
        }
        HttpResponse<String> withFormat = server.get("/id/piano/pttd-2021-2023?format=ttl");
        assertEquals("/doc/piano/pttd-2021-2023?format=ttl", withFormat.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void eachRdfFormatParsesToTheResourcesDescription() {
        for (String id : samples) {
            String doc = "/doc/" + id.substring("/id/".length());
            String iri = data.baseUri() + id.substring(1);
            Model expected = triplesAbout(iri);
            assertFalse(expected.isEmpty(), iri);
            for (DocFormat f : DocFormat.values()) {
                if (!f.isRdf()) continue;
                HttpResponse<String> r = server.get(doc, "Accept", f.mediaType());
                assertEquals(200, r.statusCode(), doc + " as " + f);
                assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(f.mediaType()), doc + " " + f);
                assertTrue(r.headers().firstValue("Vary").orElseThrow().contains("Accept"));
                String link = r.headers().firstValue("Link").orElseThrow();
                for (DocFormat other : DocFormat.values()) {
                    assertTrue(link.contains("<" + doc + "." + other.suffix() + ">; rel=\"alternate\"; type=\"" + other.mediaType() + "\""),
                            doc + " Link names " + other + ": " + link);
                }
                Model got = parse(r.body(), f.lang(), iri);
                Model missing = expected.difference(got);
                assertTrue(missing.isEmpty(), doc + " as " + f + " lacks " + missing);
            }
        }
    }

    @Test
    void htmlIsTheDefaultAndQValuesAreHonoured() {
        String doc = "/doc/intervento/pttd-2021-2023/I.22";
        assertEquals("text/html", type(server.get(doc)));
        assertEquals("text/html", type(server.get(doc, "Accept", "*/*")));
        assertEquals("text/html", type(server.get(doc, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
        assertEquals("application/rdf+xml", type(server.get(doc, "Accept", "text/turtle;q=0.5, application/rdf+xml")));
        assertEquals("text/turtle", type(server.get(doc, "Accept", "text/html;q=0.1, text/turtle")));
        assertEquals("application/ld+json", type(server.get(doc, "Accept", "application/*")));
        assertEquals("text/turtle", type(server.get(doc, "Accept", "text/html;q=0, */*;q=0.5")));
        assertEquals("application/n-triples", type(server.get(doc, "Accept", "application/n-triples, text/turtle;q=0.9")));
    }

    @Test
    void aSuffixOrFormatParameterChoosesTheFormatWhateverTheAcceptHeader() {
        HttpResponse<String> ttl = server.get("/doc/linea/psstd-2018/5.ttl", "Accept", "text/html");
        assertEquals(200, ttl.statusCode());
        assertEquals("text/turtle", type(ttl));
        assertFalse(parse(ttl.body(), Lang.TURTLE, data.baseUri()).isEmpty());
        assertEquals("application/n-triples", type(server.get("/doc/linea/psstd-2018/5?format=nt", "Accept", "text/html")));
        assertEquals("application/ld+json", type(server.get("/doc/linea/psstd-2018/5.jsonld")));
        assertEquals("text/html", type(server.get("/doc/linea/psstd-2018/5.html", "Accept", "text/turtle")));
        // A code with a dot (I.22) is a name, not a suffix.
        assertEquals(200, server.get("/doc/intervento/pttd-2021-2023/I.22", "Accept", "text/turtle").statusCode());
        assertEquals("text/turtle", type(server.get("/doc/intervento/pttd-2021-2023/I.22.ttl")));
    }

    @Test
    void unsupportedFormatsGet406ListingWhatIsAvailable() {
        for (HttpResponse<String> r : List.of(
                server.get("/doc/piano/pttd-2021-2023", "Accept", "image/png"),
                server.get("/doc/piano/pttd-2021-2023?format=docx"))) {
            assertEquals(406, r.statusCode());
            for (DocFormat f : DocFormat.values()) assertTrue(r.body().contains(f.mediaType()), r.body());
        }
    }

    @Test
    void unknownResourcesGetAHelpful404() {
        HttpResponse<String> r = server.get("/doc/piano/non-esiste");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("action=\"/cerca\""), "404 page has a search box");
        assertTrue(r.body().contains("href=\"/\""), "404 page links home");
        assertEquals(303, server.get("/id/piano/non-esiste").statusCode());
        assertEquals(404, server.get("/non-esiste/affatto", "Accept", "text/html").statusCode());
    }

    @Test
    void aLinePageListsTheInterventionsThatImplementIt() {
        String line = data.baseUri() + "id/linea/psstd-2018/5";
        Set<String> implementing = select("""
                PREFIX rlod: <https://w3id.org/regiolod/onto/>
                SELECT ?x WHERE { ?x rlod:implementsLine ?r }""", line);
        assertFalse(implementing.isEmpty());
        String html = server.get("/doc/linea/psstd-2018/5").body();
        assertTrue(html.contains("Interventi che attuano questa linea"));
        for (String i : implementing) assertTrue(html.contains("href=\"/doc/" + i.substring((data.baseUri() + "id/").length()) + "\""), i);
    }

    @Test
    void anOrganisationPageListsWhatItPublishes() {
        String org = data.baseUri() + "id/organizzazione/regione-lombardia";
        Set<String> published = select("PREFIX dct: <http://purl.org/dc/terms/> SELECT ?x WHERE { ?x dct:publisher ?r }", org);
        assertFalse(published.isEmpty());
        String html = server.get("/doc/organizzazione/regione-lombardia").body();
        for (String p : published) {
            if (p.startsWith(data.baseUri() + "id/")) assertTrue(html.contains("href=\"/doc/" + p.substring((data.baseUri() + "id/").length()) + "\""), p);
        }
    }

    @Test
    void aConceptSchemePageListsItsConcepts() {
        String scheme = data.baseUri() + "id/schema/linee-psstd-2018";
        Set<String> concepts = select("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?x WHERE { ?x skos:inScheme ?r }", scheme);
        assertEquals(10, concepts.size());
        String html = server.get("/doc/schema/linee-psstd-2018").body();
        assertTrue(html.contains("Concetti del vocabolario"));
        for (String c : concepts) assertTrue(html.contains("href=\"/doc/" + c.substring((data.baseUri() + "id/").length()) + "\""), c);
    }

    @Test
    void thePlanPageShowsTheMatrixAsInTheData() {
        int marks = data.read(conn -> {
            int[] n = {0};
            conn.querySelect("""
                    PREFIX rlod: <https://w3id.org/regiolod/onto/>
                    SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/id/piano/pttd-2021-2023> rlod:hasIntervention ?i .
                      { ?i rlod:implementsLine ?c } UNION { ?i rlod:hasPotentialTarget ?c } }""",
                    row -> n[0] = row.getLiteral("n").getInt());
            return n[0];
        });
        String html = server.get("/doc/piano/pttd-2021-2023").body();
        String table = html.substring(html.indexOf("<table class=\"table table-sm table-bordered matrice\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertEquals(marks, count(table, "<span class=\"visually-hidden\">sì</span>"), "one mark per link in the data");
        assertEquals(30, count(table, "<tr><th scope=\"row\">"), "one row per intervention");
        assertTrue(html.contains("<svg role=\"img\""), "the chart is an SVG image");
        assertTrue(html.contains("<desc id=\"grafico-linee-desc\">"), "with a text alternative");
    }

    @Test
    void searchFindsItalianWordFormsAndIgnoresQuerySyntax() {
        Set<String> withCittadini = data.read(conn -> {
            Set<String> out = new TreeSet<>();
            conn.querySelect("""
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?r WHERE { ?r rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), "cittadini")) }""",
                    row -> out.add(row.getResource("r").getURI()));
            return out;
        });
        assertFalse(withCittadini.isEmpty());
        String html = server.get("/cerca?q=cittadino").body();
        long found = withCittadini.stream()
                .filter(i -> html.contains("href=\"/doc/" + i.substring((data.baseUri() + "id/").length()) + "\"")).count();
        assertTrue(found >= 1, "singular «cittadino» finds resources labelled «cittadini»");
        for (String hostile : List.of("%22%29+OR+*%3A*", "title%3A%5B*+TO+*%5D", "%3Cscript%3E")) {
            HttpResponse<String> r = server.get("/cerca?q=" + hostile);
            assertEquals(200, r.statusCode(), hostile);
            assertFalse(r.body().contains("<script>"), hostile);
        }
        assertEquals(400, server.get("/cerca?q=" + "a".repeat(500)).statusCode());
    }

    @Test
    void theOntologyIsDocumentedAtOntoAndServedAsTurtle() throws Exception {
        Model onto = RDFParser.source("ontology/regiolod.ttl").toModel();
        String html = server.get("/onto/").body();
        List<Resource> terms = new ArrayList<>();
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            terms.addAll(onto.listSubjectsWithProperty(RDF.type, kind).toList());
        }
        int checked = 0;
        for (Resource t : terms) {
            if (!t.getURI().startsWith(LocalPaths.ONTOLOGY_NS)) continue;
            String name = t.getURI().substring(LocalPaths.ONTOLOGY_NS.length());
            assertTrue(html.contains("id=\"" + name + "\""), "documented: " + name);
            HttpResponse<String> term = server.get("/onto/" + name);
            assertEquals(303, term.statusCode());
            assertEquals("/onto/#" + name, term.headers().firstValue("Location").orElseThrow());
            checked++;
        }
        assertTrue(checked > 20);
        assertTrue(html.contains("lang=\"en\""), "English labels marked as such");
        HttpResponse<String> ttl = server.get("/onto/", "Accept", "text/turtle");
        assertEquals("text/turtle", type(ttl));
        Model served = parse(ttl.body(), Lang.TURTLE, LocalPaths.ONTOLOGY_NS);
        assertTrue(onto.difference(served).isEmpty(), "the served ontology holds every triple of ontology/regiolod.ttl");
        assertEquals("text/turtle", type(server.get("/onto/regiolod.ttl")));
        assertEquals(200, server.get("/onto/context.jsonld").statusCode());
    }

    @Test
    void sitemapListsEveryDocumentAndRobotsPointsToIt() throws Exception {
        HttpResponse<String> r = server.get("/sitemap.xml");
        assertEquals(200, r.statusCode());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        var locs = doc.getElementsByTagName("loc");
        Set<String> urls = new TreeSet<>();
        for (int i = 0; i < locs.getLength(); i++) urls.add(locs.item(i).getTextContent());
        for (String id : samples) assertTrue(urls.contains(data.baseUri() + "doc/" + id.substring("/id/".length())), id);
        String robots = server.get("/robots.txt").body();
        assertTrue(robots.contains("Sitemap: " + data.baseUri() + "sitemap.xml"));
    }

    @Test
    void staticAssetsComeFromTheJarWithLongCachingAndNoTraversal() {
        HttpResponse<String> css = server.get("/static/bootstrap-italia/css/bootstrap-italia.min.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").orElseThrow().contains("max-age=31536000"));
        assertEquals(200, server.get("/static/bootstrap-italia/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2").statusCode());
        for (String evil : List.of("/static/../pages/labels.properties", "/static/%2e%2e/pages/labels.properties",
                "/static/bootstrap-italia/..%2F..%2Fpages/labels.properties", "/static/..%5Cpages%5Clabels.properties",
                "/static//etc/passwd")) {
            HttpResponse<String> r = server.get(evil);
            assertNotEquals(200, r.statusCode(), evil);
            assertFalse(r.body().contains("vedi anche"), evil);
        }
    }

    private static Set<String> select(String query, String r) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        q.setIri("r", r);
        return data.read(conn -> {
            Set<String> out = new TreeSet<>();
            conn.querySelect(q.asQuery(), row -> out.add(row.getResource("x").getURI()));
            return out;
        });
    }

    /** The triples with the resource as subject, read straight from the data. */
    private static Model triplesAbout(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("CONSTRUCT { ?r ?p ?o } WHERE { ?r ?p ?o }");
        q.setIri("r", iri);
        return data.read(conn -> conn.queryConstruct(q.asQuery()));
    }

    static Model parse(String body, Lang lang, String base) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).base(base).parse(m);
        return m;
    }

    static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
