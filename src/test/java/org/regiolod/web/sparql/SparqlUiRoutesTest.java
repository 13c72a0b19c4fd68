package org.regiolod.web.sparql;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.regiolod.TestPublished;
import org.regiolod.web.guard.SecurityHeadersFilter;
import org.regiolod.web.examples.ExampleQueries;
import org.regiolod.web.examples.ExampleQuery;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPARQL page served alone on loopback, read as a browser and as a program would. */
class SparqlUiRoutesTest {
    static Javalin app;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @BeforeAll
    static void start() {
        SparqlUiRoutes routes = new SparqlUiRoutes(TestPublished::data);
        // Under the site's own Content-Security-Policy (no inline script or style), as served.
        app = Javalin.create(cfg -> {
            cfg.routes.before(ctx -> ctx.header("Content-Security-Policy", SecurityHeadersFilter.DEFAULT_POLICY));
            routes.register(cfg);
        }).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBrowserGetsTheItalianPageWithEveryExampleAsPlainHtml() throws Exception {
        HttpResponse<String> r = get("/sparql", BROWSER_ACCEPT);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(r.body(), base + "/sparql");
        assertEquals("it", page.selectFirst("html").attr("lang"));
        assertEquals("/sparql", page.getElementById("yasgui").attr("data-endpoint").replace(TestPublished.BASE.replaceAll("/$", ""), ""),
                "the editor points at the same-origin endpoint");

        List<ExampleQuery> examples = ExampleQueries.load();
        List<Element> items = page.select("#esempi li.esempio");
        assertEquals(examples.size(), items.size());
        for (int i = 0; i < examples.size(); i++) {
            ExampleQuery q = examples.get(i);
            Element li = items.get(i);
            assertEquals(q.title(), li.selectFirst(".esempio-titolo").text());
            assertEquals(q.description(), li.selectFirst(".esempio-descrizione").text());
            assertEquals(q.sparql(), li.selectFirst(".esempio-query").wholeText(), "the query text survives HTML escaping");
            // The plain links run exactly this query on the endpoint, in the format they say.
            Element csv = li.selectFirst("a[type=text/csv]");
            URI link = URI.create(csv.absUrl("href"));
            assertEquals("/sparql", link.getPath());
            String query = link.getRawQuery().replaceFirst("^query=", "").replaceFirst("&format=csv$", "");
            assertEquals(q.sparql(), URLDecoder.decode(query, StandardCharsets.UTF_8));
            HttpResponse<String> text = get(li.selectFirst("a[type=application/sparql-query]").attr("href"), null);
            assertEquals(200, text.statusCode());
            assertEquals(q.sparql(), text.body());
        }
    }

    @Test
    void thePageHasNoInlineScriptAndItsAssetsComeFromThisServer() throws Exception {
        Document page = Jsoup.parse(get("/sparql", BROWSER_ACCEPT).body(), base + "/sparql");
        for (Element script : page.select("script")) {
            assertFalse(script.attr("src").isEmpty(), "no inline script (CSP): " + script);
            assertTrue(script.attr("src").startsWith("/static/"), "served from this origin: " + script.attr("src"));
        }
        assertTrue(page.select("[style], [onclick], [onload]").isEmpty(), "no inline style or handler attributes");
        List<String> assets = new java.util.ArrayList<>();
        page.select("script[src]").forEach(e -> assets.add(e.attr("src")));
        page.select("link[rel=stylesheet]").forEach(e -> assets.add(e.attr("href")));
        assertTrue(assets.contains("/static/yasgui/yasgui.min.js"));
        for (String asset : assets) {
            HttpResponse<String> r = get(asset, null);
            assertEquals(200, r.statusCode(), asset);
            assertTrue(r.body().length() > 500, asset + " has content");
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith(asset.endsWith(".js") ? "text/javascript" : "text/css"), asset + ": " + type);
        }
        assertTrue(get("/static/yasgui/yasgui.min.js", null).body().contains("Yasqe"), "the bundle is YASGUI");
        assertEquals(404, get("/static/yasgui/../../web/sparql/pagina.html", null).statusCode());
    }

    @Test
    void programsAskingForResultsAreNotGivenThePage() throws Exception {
        // Without a proxy (embedded server) queries belong to Fuseki: the page never answers them.
        assertEquals(404, get("/sparql?query=ASK%7B%7D", BROWSER_ACCEPT).statusCode());
        assertEquals(404, get("/sparql", "application/sparql-results+json").statusCode());
        assertEquals(404, get("/sparql", null).statusCode());
        assertEquals(404, get("/esempi/nessuno.rq", null).statusCode());
    }

    @Test
    void aHeadlessBrowserRendersTheEditorWithTheFirstExampleUnderTheSitesCsp() throws Exception {
        java.nio.file.Path chromium = java.nio.file.Path.of("/usr/bin/chromium");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(chromium), "chromium is installed");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--virtual-time-budget=8000", "--dump-dom", base + "/sparql")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "chromium ends");
        Document rendered = Jsoup.parse(dom);
        assertNotNull(rendered.selectFirst("#yasgui .CodeMirror"), "YASGUI drew its editor");
        String firstTitle = ExampleQueries.load().get(0).title();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/sparql-page-rendered.html"), dom);
        assertEquals(firstTitle, rendered.select("#yasgui [role=tab] > span").text().strip(), "one tab, named after the first example");
        assertTrue(rendered.selectFirst("#yasgui .CodeMirror").text().contains("rlod:Intervention"), "holding its query");
        assertEquals(ExampleQueries.load().size(), rendered.select("button.esempio-apri").size(), "each example can be opened in the editor");
    }
}
