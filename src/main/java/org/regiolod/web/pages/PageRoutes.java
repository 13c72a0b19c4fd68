package org.regiolod.web.pages;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.regiolod.rdf.Prefixes;
import org.regiolod.store.PublishedData;
import org.regiolod.web.Routes;
import org.regiolod.web.pages.Views.OntologyView;
import org.regiolod.web.pages.Views.PlanSummary;
import org.regiolod.web.pages.Views.PlanView;
import org.regiolod.web.pages.Views.RegionPlans;
import org.regiolod.web.pages.Views.ResourceView;
import org.regiolod.web.pages.Views.SearchPage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The pages of the data: identifiers {@code /id/...} answer 303 to their documents {@code /doc/...},
 * served by content negotiation as HTML or RDF; the home page, the ontology's documentation at
 * {@code /onto/}, search at {@code /cerca}, {@code sitemap.xml}, {@code robots.txt} and the static
 * assets under {@code /static/}. See docs/uris.md.
 */
public final class PageRoutes implements Routes {
    private static final int MAX_QUERY_LENGTH = 200;
    private static final String NATIONAL = "Livello nazionale";
    private static final List<DocFormat> OFFERED = List.of(DocFormat.values());

    private final Supplier<PublishedData> data;
    private final AcceptNegotiator negotiator = new AcceptNegotiator(OFFERED);
    private final PageRenderer renderer = new PageRenderer();
    /** Per resource asked for: its description and its page or documents (the formats asked for). */
    private final PageCache cache = new PageCache(3000);
    private final StaticAssets assets = new StaticAssets("static/");

    public PageRoutes(Supplier<PublishedData> data) {
        this.data = data;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/", this::home);
        config.routes.get("/id/<rest>", this::identifier);
        config.routes.get("/doc/<rest>", this::document);
        // HEAD answers as GET would (Jetty sends the headers only).
        config.routes.head("/", this::home);
        config.routes.head("/id/<rest>", this::identifier);
        config.routes.head("/doc/<rest>", this::document);
        config.routes.get("/onto/", this::ontology);
        config.routes.get("/onto/<term>", this::ontologyTerm);
        config.routes.get("/cerca", this::search);
        config.routes.get("/sitemap.xml", this::sitemap);
        config.routes.get("/robots.txt", this::robots);
        config.routes.get("/static/<path>", assets::serve);
        config.routes.error(404, "html", this::notFoundPage);
    }

    // ---- identifiers and documents -------------------------------------------------------------

    /** {@code /id/x} names the thing; its description lives at {@code /doc/x}. */
    private void identifier(Context ctx) {
        String rest = rawRest(ctx, "/id/");
        String query = ctx.req().getQueryString();
        ctx.header("Location", "/doc/" + rest + (query == null ? "" : "?" + query));
        ctx.header("Vary", "Accept");
        ctx.status(HttpStatus.SEE_OTHER);
    }

    private void document(Context ctx) {
        PublishedData d = data.get();
        Site site = site(d);
        String rest = rawRest(ctx, "/doc/");
        Optional<DocFormat> explicit = DocFormat.bySuffix(ctx.queryParam("format"));
        if (ctx.queryParam("format") != null && explicit.isEmpty()) {
            notAcceptable(ctx, rest);
            return;
        }
        String iri = null;
        Model description = null;
        // A known suffix (/doc/x.ttl) asks for a format, unless the name itself ends that way.
        int dot = rest.lastIndexOf('.');
        if (dot > rest.lastIndexOf('/')) {
            Optional<DocFormat> bySuffix = DocFormat.bySuffix(rest.substring(dot + 1));
            if (bySuffix.isPresent()) {
                String candidate = site.paths.iriOf(rest.substring(0, dot));
                Model m = describe(d, candidate);
                if (!m.isEmpty()) {
                    iri = candidate;
                    description = m;
                    if (explicit.isEmpty()) explicit = bySuffix;
                    rest = rest.substring(0, dot);
                }
            }
        }
        if (description == null) {
            iri = site.paths.iriOf(rest);
            description = describe(d, iri);
        }
        if (description.isEmpty()) {
            notFound(ctx);
            return;
        }
        Optional<DocFormat> format = explicit.isPresent() ? explicit : negotiator.choose(ctx.header("Accept"));
        ctx.header("Vary", "Accept");
        ctx.header("Link", alternates("/doc/" + rest));
        if (format.isEmpty()) {
            notAcceptable(ctx, rest);
            return;
        }
        DocFormat f = format.get();
        String etag = "\"" + d.version() + "-" + f.suffix() + "-" + Integer.toHexString(iri.hashCode()) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Content-Location", "/doc/" + rest + "." + f.suffix());
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(f.contentType());
        // Kept as the UTF-8 bytes sent (the content type says utf-8): encoding an 8 KB page on
        // every answer was a tenth of a cached page's CPU.
        final String resourceIri = iri;
        final Model m = description;
        ctx.result(cache.get(d.version(), f.suffix() + " " + iri, () -> utf8(f.isRdf()
                ? serialise(m, f)
                : renderResource(d, site, resourceIri, m))));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Model describe(PublishedData d, String iri) {
        return cache.get(d.version(), "describe " + iri, () -> {
            var q = PageQueries.bind("describe", Map.of("r", PageQueries.iri(iri)));
            return d.read(conn -> conn.queryConstruct(q));
        });
    }

    private String renderResource(PublishedData d, Site site, String iri, Model m) {
        ResourceView view = site.views.view(iri, m);
        boolean plan = m.contains(m.createResource(iri), RDF.type, m.createResource(LocalPaths.ONTOLOGY_NS + "Plan"))
                || m.contains(m.createResource(iri), RDF.type, m.createResource(LocalPaths.ONTOLOGY_NS + "Programme"));
        if (plan) {
            PlanViews pv = new PlanViews(site.paths);
            var matrix = d.read(conn -> pv.matrix(conn, iri));
            var byLine = pv.chart("grafico-linee", "Interventi per linea strategica", matrix.lines(), matrix.rows(), true);
            var byTarget = pv.chart("grafico-destinatari", "Interventi per destinatario potenziale", matrix.targets(), matrix.rows(), false);
            return renderer.render("plan.jte", Map.of("page", new PlanView(view, matrix, byLine, byTarget)));
        }
        return renderer.render("resource.jte", Map.of("page", view));
    }

    private static String serialise(Model m, DocFormat f) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(Prefixes.STANDARD);
        out.add(m);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, out, f.lang());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String alternates(String docPath) {
        return java.util.Arrays.stream(DocFormat.values())
                .map(f -> "<" + docPath + "." + f.suffix() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"")
                .collect(Collectors.joining(", "));
    }

    private void notAcceptable(Context ctx, String rest) {
        ctx.status(HttpStatus.NOT_ACCEPTABLE);
        ctx.contentType("text/plain; charset=utf-8");
        StringBuilder sb = new StringBuilder("406 Not Acceptable: this document is available as\n");
        for (DocFormat f : DocFormat.values()) {
            sb.append("  ").append(f.mediaType()).append("  (").append(f.label()).append(", /doc/").append(rest)
                    .append('.').append(f.suffix()).append(" or ?format=").append(f.suffix()).append(")\n");
        }
        ctx.result(sb.toString());
    }

    private void notFound(Context ctx) {
        ctx.status(HttpStatus.NOT_FOUND);
        renderNotFound(ctx);
    }

    private void notFoundPage(Context ctx) {
        String body = ctx.result();
        if (body == null || body.isEmpty() || body.startsWith("Endpoint ") || body.equals("Not Found")) renderNotFound(ctx);
    }

    private void renderNotFound(Context ctx) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(renderer.render("notfound.jte", Map.of("path", ctx.path())));
    }

    // ---- home, ontology, search, sitemap ------------------------------------------------------

    private void home(Context ctx) {
        PublishedData d = data.get();
        Site site = site(d);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(cache.get(d.version(), "home", () -> {
            Map<String, List<PlanSummary>> byRegion = new LinkedHashMap<>();
            d.read(conn -> {
                conn.querySelect(PageQueries.get("plans"), row -> {
                    String plan = row.getResource("plan").getURI();
                    String region = row.contains("regionLabel") ? row.getLiteral("regionLabel").getString() : NATIONAL;
                    String label = row.contains("label") ? row.getLiteral("label").getString() : TermLabels.localName(plan);
                    String notation = row.contains("notation") ? row.getLiteral("notation").getString() : "";
                    String publisher = row.contains("publisherLabel") ? row.getLiteral("publisherLabel").getString() : "";
                    int n = row.getLiteral("interventions").getInt();
                    byRegion.computeIfAbsent(region, k -> new ArrayList<>())
                            .add(new PlanSummary(label, site.paths.pageOf(plan).orElse(plan), notation, publisher, n));
                });
                return null;
            });
            // Regions first, the national plans after them.
            List<String> names = new ArrayList<>(byRegion.keySet());
            if (names.remove(NATIONAL)) names.add(NATIONAL);
            List<RegionPlans> regions = new ArrayList<>();
            for (String name : names) regions.add(new RegionPlans("regione-" + regions.size(), name, byRegion.get(name)));
            return renderer.render("home.jte", Map.of("regions", regions,
                    "catalog", site.paths.pageOf(d.baseUri() + "id/catalogo").orElseThrow()));
        }));
    }

    private void ontology(Context ctx) {
        Optional<DocFormat> format = DocFormat.bySuffix(ctx.queryParam("format"))
                .or(() -> negotiator.choose(ctx.header("Accept")));
        ctx.header("Vary", "Accept");
        ctx.header("Link", alternates("/onto/regiolod"));
        if (format.isEmpty()) {
            notAcceptable(ctx, "../onto/regiolod");
            return;
        }
        sendOntology(ctx, format.get());
    }

    private void ontologyTerm(Context ctx) {
        String term = ctx.pathParam("term");
        if (term.equals("context.jsonld")) {
            ctx.contentType("application/ld+json");
            ctx.result(assets.read("ontology/regiolod.context.jsonld").orElseThrow());
            return;
        }
        if (term.startsWith("regiolod.")) {
            Optional<DocFormat> f = DocFormat.bySuffix(term.substring("regiolod.".length()));
            if (f.isPresent()) {
                sendOntology(ctx, f.get());
                return;
            }
        }
        if (!term.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            notFound(ctx);
            return;
        }
        // A term's slash IRI lands on its entry of the documentation page.
        ctx.header("Location", "/onto/#" + term);
        ctx.status(HttpStatus.SEE_OTHER);
    }

    private void sendOntology(Context ctx, DocFormat f) {
        PublishedData d = data.get();
        Site site = site(d);
        Model onto = cache.get(d.version(), "ontology-model", () -> {
            var q = PageQueries.bind("ontology-graph", Map.of("ontology", PageQueries.iri(LocalPaths.ONTOLOGY)));
            return d.read(conn -> conn.queryConstruct(q));
        });
        ctx.contentType(f.contentType());
        if (f.isRdf()) {
            ctx.result(cache.get(d.version(), "ontology " + f, () -> serialise(onto, f)));
            return;
        }
        ctx.result(cache.get(d.version(), "ontology html", () -> {
            var q = PageQueries.bind("ontology-examples",
                    Map.of("ns", PageQueries.literal(LocalPaths.ONTOLOGY_NS), "base", PageQueries.literal(d.baseUri())));
            Map<String, String> examples = new HashMap<>();
            d.read(conn -> {
                conn.querySelect(q, row -> {
                    if (row.contains("example")) examples.put(row.getResource("term").getURI(), row.getResource("example").getURI());
                });
                return null;
            });
            OntologyView view = new OntologyViews(site.views).view(onto, examples);
            return renderer.render("ontology.jte", Map.of("page", view));
        }));
    }

    private void search(Context ctx) {
        PublishedData d = data.get();
        Site site = site(d);
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        boolean tooLong = q.length() > MAX_QUERY_LENGTH;
        SearchIndex index = cache.get(d.version(), "search-index", () -> new SearchIndex(d, site.paths));
        var hits = tooLong ? List.<Views.SearchHit>of() : index.search(q);
        if (tooLong) ctx.status(HttpStatus.BAD_REQUEST);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(renderer.render("search.jte", Map.of("page", new SearchPage(tooLong ? q.substring(0, MAX_QUERY_LENGTH) : q, hits, tooLong))));
    }

    private void sitemap(Context ctx) {
        PublishedData d = data.get();
        ctx.contentType("application/xml; charset=utf-8");
        ctx.result(cache.get(d.version(), "sitemap", () -> {
            var q = PageQueries.bind("sitemap", Map.of("base", PageQueries.literal(d.baseUri())));
            List<String> urls = new ArrayList<>();
            urls.add(d.baseUri());
            urls.add(d.baseUri() + "onto/");
            d.read(conn -> {
                conn.querySelect(q, row -> {
                    String iri = row.getResource("r").getURI();
                    if (iri.startsWith(d.baseUri() + "id/")) urls.add(d.baseUri() + "doc/" + iri.substring((d.baseUri() + "id/").length()));
                });
                return null;
            });
            return renderer.render("sitemap.jte", Map.of("urls", urls, "lastmod", d.publishedAt().toString().substring(0, 10)));
        }));
    }

    private void robots(Context ctx) {
        PublishedData d = data.get();
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result("User-agent: *\nAllow: /\nDisallow: /sparql\nDisallow: /cerca\nSitemap: " + d.baseUri() + "sitemap.xml\n");
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The path after a prefix, still percent-encoded as the client sent it. */
    private static String rawRest(Context ctx, String prefix) {
        String uri = ctx.req().getRequestURI();
        String ctxPath = ctx.req().getContextPath();
        if (ctxPath != null && !ctxPath.isEmpty() && uri.startsWith(ctxPath)) uri = uri.substring(ctxPath.length());
        return uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
    }

    /** What the pages of one data version need, built once per version. */
    private record Site(LocalPaths paths, ResourceViews views) {}

    private Site site(PublishedData d) {
        return cache.get(d.version(), "site", () -> {
            LocalPaths paths = new LocalPaths(d.baseUri());
            Map<String, String> labels = new HashMap<>();
            d.read(conn -> {
                conn.querySelect(PageQueries.get("term-labels"),
                        row -> labels.putIfAbsent(row.getResource("term").getURI(), row.getLiteral("label").getString()));
                return null;
            });
            return new Site(paths, new ResourceViews(paths, new TermLabels(labels)));
        });
    }
}
