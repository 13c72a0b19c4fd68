package org.regiolod.web.sparql;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.owasp.encoder.Encode;
import org.regiolod.store.PublishedData;
import org.regiolod.web.Routes;
import org.regiolod.web.examples.ExampleQueries;
import org.regiolod.web.examples.ExampleQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * SPARQL for people: {@code GET /sparql} from a browser is a page (in Italian) with the YASGUI
 * editor bundled in the jar, aimed at the same-origin endpoint, and the example queries as plain
 * HTML with links that run them (so the page is useful without JavaScript too).
 *
 * <p>Queries themselves are answered by the SPARQL endpoint in front of this part: embedded
 * Fuseki, or in front mode ({@code serve --sparql-endpoint}) a {@link SparqlProxy} to the external
 * store; both hand only browsers' landing requests to this page.
 */
public final class SparqlUiRoutes implements Routes {
    public static final String PATH = "/sparql";
    private static final AcceptList PAGE_OR_RESULTS = AcceptList.create(
            "text/html", "application/xhtml+xml",
            "application/sparql-results+json", "application/sparql-results+xml", "application/json",
            "text/csv", "text/tab-separated-values", "text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples");

    /** The bundled files, by their public path: nothing else under these folders is served. */
    private static final Map<String, String> ASSETS = Map.of(
            "/static/yasgui/yasgui.min.js", "text/javascript; charset=utf-8",
            "/static/yasgui/yasgui.min.css", "text/css; charset=utf-8",
            "/static/sparql-ui/sparql.js", "text/javascript; charset=utf-8",
            "/static/sparql-ui/sparql.css", "text/css; charset=utf-8");

    private final Supplier<PublishedData> data;
    private final List<ExampleQuery> examples = ExampleQueries.load();
    private final String pageTemplate = resource("/web/sparql/pagina.html");
    private final String exampleTemplate = resource("/web/sparql/esempio.html");

    public SparqlUiRoutes(Supplier<PublishedData> data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get(PATH, ctx -> {
            if (wantsPage(ctx)) page(ctx);
            else ctx.status(HttpStatus.NOT_FOUND).result("SPARQL queries are answered by the endpoint at " + PATH);
        });
        config.routes.get("/esempi/{file}", this::exampleText);
        ASSETS.forEach((path, type) -> config.routes.get(path, ctx -> asset(ctx, path, type)));
    }

    /** A browser opening the page: no query, and HTML preferred to any result format. */
    static boolean wantsPage(Context ctx) {
        if (ctx.queryParam("query") != null || ctx.queryParam("update") != null) return false;
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) return false;
        MediaType best = AcceptList.match(new AcceptList(accept), PAGE_OR_RESULTS);
        return best != null && best.getSubType().contains("html");
    }

    private void page(Context ctx) {
        StringBuilder items = new StringBuilder();
        for (ExampleQuery q : examples) {
            String link = PATH + "?query=" + Encode.forUriComponent(q.sparql());
            items.append(exampleTemplate
                    .replace("{{nome}}", Encode.forHtmlAttribute(q.name()))
                    .replace("{{titolo}}", Encode.forHtml(q.title()))
                    .replace("{{descrizione}}", Encode.forHtml(q.description()))
                    .replace("{{link}}", Encode.forHtmlAttribute(link))
                    .replace("{{query}}", Encode.forHtml(q.sparql())));
        }
        String endpoint = data.get().baseUri() + PATH.substring(1);
        ctx.contentType("text/html; charset=utf-8")
                .header("Vary", "Accept")
                .header("Cache-Control", "public, max-age=300")
                .result(pageTemplate
                        .replace("{{endpoint}}", Encode.forHtmlAttribute(endpoint))
                        .replace("{{esempi}}", items));
    }

    /** {@code /esempi/<name>.rq}: the text of one example query, as a file people can save. */
    private void exampleText(Context ctx) {
        String file = ctx.pathParam("file");
        examples.stream().filter(q -> file.equals(q.name() + ".rq")).findFirst().ifPresentOrElse(
                q -> ctx.contentType("application/sparql-query; charset=utf-8")
                        .header("Cache-Control", "public, max-age=300").result(q.sparql()),
                () -> ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8")
                        .result("no example query named " + file + "; the list is at " + PATH));
    }

    private static void asset(Context ctx, String path, String type) {
        InputStream in = SparqlUiRoutes.class.getResourceAsStream(path);
        if (in == null) {
            ctx.status(HttpStatus.NOT_FOUND).result(path + " is not in this build (run the Maven build, which bundles it)");
            return;
        }
        ctx.contentType(type).header("Cache-Control", "public, max-age=86400").result(in);
    }

    private static String resource(String name) {
        try (InputStream in = SparqlUiRoutes.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
