package org.regiolod.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.plugin.bundled.RateLimitPlugin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.regiolod.store.PublishedData;
import org.regiolod.web.Routes;
import org.regiolod.web.api.ApiModel.Links;
import org.regiolod.web.api.ApiModel.Page;
import org.regiolod.web.api.ApiModel.Plan;
import org.regiolod.web.api.ApiModel.Problem;
import org.regiolod.web.api.ApiModel.Ref;
import org.regiolod.web.api.ApiReader.PageRequest;
import org.regiolod.web.api.ApiReader.Slice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The REST API under {@code /api/v1}: plans, lines, interventions, target groups, matrix,
 * organisations, agreements (budget, activities, indicators), statistics and search as JSON, described by {@code /api/v1/openapi.json} (Swagger UI at
 * {@code /api/v1/docs}). Read-only; errors are RFC 9457 problems; responses carry an ETag made
 * from the data version, so a client revalidates with If-None-Match and gets 304.
 */
public final class ApiRoutes implements Routes {
    public static final String PREFIX = "/api/v1";
    static final String ALLOW = "GET, HEAD, OPTIONS";
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String CACHE_CONTROL = "public, max-age=60";
    static final String EXPOSED_HEADERS = "ETag, Link, Last-Modified, Retry-After";
    private static final List<String> SEARCH_TYPES = List.of("plan", "intervention", "line", "targetGroup", "organisation", "agreement", "statistic");
    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Settings: {@code requestsPerMinute} per client address, 0 for no limit of the API's own. */
    public record Options(int requestsPerMinute) {
        public static Options defaults() { return new Options(0); }
    }

    /** What an endpoint computes from a request and the current data (run inside one read transaction). */
    @FunctionalInterface
    private interface Work {
        Object run(Context ctx, Params params, ApiReader reader, Ids ids, PublishedData data);
    }

    private final Supplier<PublishedData> data;
    private final Options options;
    private final OpenApiDocument openApi = OpenApiDocument.load();
    private final Totals totals = new Totals();
    private final PlanInterventionsCache planInterventions = new PlanInterventionsCache();

    public ApiRoutes(Supplier<PublishedData> data) {
        this(data, Options.defaults());
    }

    public ApiRoutes(Supplier<PublishedData> data, Options options) {
        this.data = data;
        this.options = options;
        ApiReader.queries(); // parse every query file now: a broken one fails the server at start
    }

    @Override
    public void register(JavalinConfig config) {
        if (options.requestsPerMinute() > 0) {
            config.registerPlugin(new RateLimitPlugin(c -> c.setKeyFunction(Context::ip)));
        }
        json(config, "", Set.of(), this::index);
        config.routes.get(PREFIX + "/openapi.json", ctx -> guarded(ctx, () -> openApi.serve(ctx)));
        config.routes.head(PREFIX + "/openapi.json", ctx -> guarded(ctx, () -> openApi.serve(ctx)));
        SwaggerUi ui = new SwaggerUi();
        config.routes.get(PREFIX + "/docs", ctx -> guarded(ctx, () -> ui.page(ctx)));
        config.routes.get(PREFIX + "/docs/{asset}", ctx -> guarded(ctx, () -> ui.asset(ctx, ctx.pathParam("asset"))));
        for (String p : List.of("/openapi.json", "/docs", "/docs/{asset}")) readOnly(config, PREFIX + p, false);

        Set<String> paging = Set.of("limit", "offset");
        json(config, "/plans", paging, (ctx, p, r, ids, d) -> page(ctx, p, r.plans(p.page())));
        json(config, "/plans/{plan}", Set.of(), (ctx, p, r, ids, d) -> plan(ctx, r, ids));
        json(config, "/plans/{plan}/lines", paging, (ctx, p, r, ids, d) -> {
            Plan plan = plan(ctx, r, ids);
            return page(ctx, p, r.lines(NodeFactory.createURI(plan.uri()), p.page()));
        });
        json(config, "/plans/{plan}/matrix", Set.of(), (ctx, p, r, ids, d) -> {
            Plan plan = plan(ctx, r, ids);
            return r.matrix(NodeFactory.createURI(plan.uri()), new Ref(plan.id(), plan.uri(), plan.label()))
                    .orElseThrow(() -> ProblemException.notFound("The plan '" + plan.id() + "' has no interventions, so no matrix."));
        });
        json(config, "/interventions", Set.of("plan", "line", "targetGroup", "q", "limit", "offset"), (ctx, p, r, ids, d) -> {
            Map<String, Node> filters = new HashMap<>();
            String plan = p.slug("plan");
            if (plan != null) filters.put("plan", ids.plan(plan));
            String[] line = p.compoundId("line", "psstd-2018/7");
            if (line != null) filters.put("line", ids.line(line[0], line[1]));
            String[] group = p.compoundId("targetGroup", "pttd-2021-2023/5");
            if (group != null) filters.put("targetGroup", ids.targetGroup(group[0], group[1]));
            String q = p.text("q", false);
            if (q != null) filters.put("text", NodeFactory.createLiteralString(q));
            return page(ctx, p, r.interventions(filters, p.page()));
        });
        json(config, "/interventions/{plan}/{code}", Set.of(), (ctx, p, r, ids, d) -> {
            String[] id = pathId(ctx, "intervention");
            return r.intervention(ids.plan(id[0]), ids.intervention(id[0], id[1])).orElseThrow(() -> unknown("intervention", id));
        });
        json(config, "/target-groups", Set.of("plan", "limit", "offset"), (ctx, p, r, ids, d) -> {
            String plan = p.slug("plan");
            return page(ctx, p, r.targetGroups(plan == null ? Map.of() : Map.of("plan", ids.plan(plan)), p.page()));
        });
        json(config, "/target-groups/{plan}/{code}", Set.of(), (ctx, p, r, ids, d) -> {
            String[] id = pathId(ctx, "target group");
            return r.targetGroup(ids.targetGroup(id[0], id[1])).orElseThrow(() -> unknown("target group", id));
        });
        json(config, "/organisations", paging, (ctx, p, r, ids, d) -> page(ctx, p, r.organisations(p.page())));
        json(config, "/organisations/{organisation}", Set.of(), (ctx, p, r, ids, d) -> {
            String id = ctx.pathParam("organisation");
            if (!Ids.isSlug(id)) throw ProblemException.notFound("No organisation has the id '" + shorten(id) + "'.");
            return r.organisation(ids.organisation(id))
                    .orElseThrow(() -> ProblemException.notFound("No organisation has the id '" + id + "'."));
        });
        json(config, "/agreements", paging, (ctx, p, r, ids, d) -> page(ctx, p, r.agreements(p.page())));
        json(config, "/agreements/{agreement}", Set.of(), (ctx, p, r, ids, d) -> {
            String id = ctx.pathParam("agreement");
            if (!Ids.isSlug(id)) throw ProblemException.notFound("No agreement has the id '" + shorten(id) + "'.");
            return r.agreement(ids.agreement(id))
                    .orElseThrow(() -> ProblemException.notFound("No agreement has the id '" + id + "'."));
        });
        json(config, "/statistics", Set.of("year", "q", "limit", "offset"), (ctx, p, r, ids, d) -> {
            Map<String, Node> filters = new HashMap<>();
            String year = p.get("year");
            if (year != null) {
                if (!year.matches("\\d{4}")) throw ProblemException.badParameter("year", "a year of four digits, e.g. 2024");
                filters.put("year", NodeFactory.createLiteralString(year));
            }
            String q = p.text("q", false);
            if (q != null) filters.put("text", NodeFactory.createLiteralString(q));
            return page(ctx, p, r.statistics(filters, p.page()));
        });
        json(config, "/statistics/{dataset}/{code}", Set.of(), (ctx, p, r, ids, d) -> {
            String dataset = ctx.pathParam("dataset"), code = ctx.pathParam("code");
            String[] id = {dataset, code};
            if (!Ids.isSlug(dataset) || !Ids.isCode(code)) throw ProblemException.notFound("No statistic has the id '" + shorten(dataset + "/" + code) + "'.");
            return r.statistic(ids.statistic(dataset, code)).orElseThrow(() -> unknown("statistic", id));
        });
        json(config, "/search", Set.of("q", "type", "limit", "offset"), (ctx, p, r, ids, d) ->
                page(ctx, p, r.search(p.text("q", true), p.oneOf("type", SEARCH_TYPES), p.page())));

        // Anything else under the prefix: a problem, not the server's HTML 404.
        for (HandlerType m : List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.POST, HandlerType.PUT,
                HandlerType.PATCH, HandlerType.DELETE, HandlerType.OPTIONS)) {
            config.routes.addHttpHandler(m, PREFIX + "/*", ctx -> guarded(ctx, () -> {
                throw ProblemException.notFound("No API resource at " + shorten(ctx.path()) + "; see " + PREFIX + "/openapi.json.");
            }));
        }
    }

    // ---- endpoints ----

    private Object index(Context ctx, Params p, ApiReader r, Ids ids, PublishedData d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", "RegioLOD REST API");
        out.put("version", openApi.version());
        out.put("dataVersion", d.version());
        out.put("publishedAt", DateTimeFormatter.ISO_INSTANT.format(d.publishedAt()));
        out.put("openapi", PREFIX + "/openapi.json");
        out.put("docs", PREFIX + "/docs");
        out.put("sparql", "/sparql");
        return out;
    }

    private static Plan plan(Context ctx, ApiReader r, Ids ids) {
        String id = ctx.pathParam("plan");
        if (!Ids.isSlug(id)) throw ProblemException.notFound("No plan has the id '" + shorten(id) + "'.");
        return r.plan(ids.plan(id)).orElseThrow(() -> ProblemException.notFound("No plan has the id '" + id + "'."));
    }

    private static String[] pathId(Context ctx, String what) {
        String plan = ctx.pathParam("plan"), code = ctx.pathParam("code");
        if (!Ids.isSlug(plan) || !Ids.isCode(code)) {
            throw ProblemException.notFound("No " + what + " has the id '" + shorten(plan + "/" + code) + "'.");
        }
        return new String[] {plan, code};
    }

    private static ProblemException unknown(String what, String[] id) {
        return ProblemException.notFound("No " + what + " has the id '" + id[0] + "/" + id[1] + "'.");
    }

    // ---- the behaviour every JSON endpoint shares ----

    private void json(JavalinConfig config, String path, Set<String> allowed, Work work) {
        String full = PREFIX + path;
        config.routes.get(full, ctx -> guarded(ctx, () -> serveJson(ctx, allowed, work)));
        config.routes.head(full, ctx -> guarded(ctx, () -> serveJson(ctx, allowed, work)));
        readOnly(config, full, true);
    }

    /** OPTIONS answers CORS preflights; the write methods get 405 with Allow. */
    private void readOnly(JavalinConfig config, String path, boolean withOptions) {
        config.routes.options(path, ctx -> {
            cors(ctx);
            ctx.header("Allow", ALLOW);
            ctx.header("Access-Control-Allow-Methods", ALLOW);
            ctx.header("Access-Control-Allow-Headers", "Accept, Accept-Encoding, If-None-Match, If-Modified-Since, Cache-Control");
            ctx.header("Access-Control-Max-Age", "86400");
            ctx.status(204);
        });
        for (HandlerType m : List.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)) {
            config.routes.addHttpHandler(m, path, ctx -> guarded(ctx, () -> {
                throw ProblemException.methodNotAllowed(ctx.method().name(), ALLOW);
            }));
        }
    }

    private void serveJson(Context ctx, Set<String> allowed, Work work) {
        String accept = ctx.header("Accept");
        if (!accepts(accept, JSON)) throw ProblemException.notAcceptable(shorten(accept), JSON);
        Params params = Params.of(ctx, allowed);
        PublishedData d = data.get();
        String etag = "W/\"" + openApi.hash() + "-" + d.version() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(d.publishedAt().atOffset(ZoneOffset.UTC)));
        ctx.header("Vary", "Accept, Accept-Encoding");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        Ids ids = new Ids(d.baseUri());
        Object body = d.read(conn -> work.run(ctx, params, new ApiReader(conn, ids, totals, d.version(), planInterventions), ids, d));
        ctx.status(200);
        ctx.contentType(JSON);
        ctx.result(bytes(body));
    }

    /** Runs a handler; whatever goes wrong becomes a problem+json answer, never an HTML page or a stack trace. */
    private void guarded(Context ctx, Runnable handler) {
        cors(ctx);
        try {
            if (options.requestsPerMinute() > 0) limit(ctx);
            handler.run();
        } catch (ProblemException e) {
            problem(ctx, e.problem(), e.headers());
        } catch (QueryCancelledException e) {
            problem(ctx, new Problem("about:blank", "Service Unavailable", 503,
                    "The query took too long and was stopped; try a narrower request.", null, null), Map.of("Retry-After", "10"));
        } catch (HttpResponseException e) {
            problem(ctx, new Problem("about:blank", e.getMessage(), e.getStatus(), e.getMessage(), null, null), Map.of());
        } catch (RuntimeException e) {
            LOG.error("API request {} failed", ctx.path(), e);
            problem(ctx, new Problem("about:blank", "Internal Server Error", 500,
                    "The server could not answer this request; the error is logged.", null, null), Map.of());
        }
    }

    private void limit(Context ctx) {
        try {
            ctx.with(RateLimitPlugin.class).requestPerTimeUnit(options.requestsPerMinute(), TimeUnit.MINUTES);
        } catch (HttpResponseException e) {
            throw ProblemException.tooManyRequests(options.requestsPerMinute());
        }
    }

    private static void problem(Context ctx, Problem p, Map<String, String> headers) {
        Problem withInstance = new Problem(p.type(), p.title(), p.status(), p.detail(),
                shorten(ctx.path()), p.invalidParams());
        headers.forEach(ctx::header);
        ctx.header("Cache-Control", "no-store");
        ctx.res().setHeader("ETag", null);
        ctx.res().setHeader("Last-Modified", null);
        ctx.status(p.status());
        ctx.contentType(PROBLEM_JSON);
        ctx.result(bytes(withInstance));
    }

    private static void cors(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    /**
     * The rate limit's refusal of an API request ({@code RateLimitFilter}, which runs before the
     * API and sets the status and Retry-After) as an RFC 9457 problem, like every API error.
     */
    public static void tooManyRequests(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        byte[] body = bytes(new Problem("about:blank", "Too Many Requests", response.getStatus(), detail,
                shorten(request.getRequestURI()), null));
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(PROBLEM_JSON);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body);
    }

    private static <T> Page<T> page(Context ctx, Params params, Slice<T> slice) {
        PageRequest p = params.page();
        long total = slice.total();
        long lastOffset = total == 0 ? 0 : ((total - 1) / p.limit()) * p.limit();
        String self = link(ctx, p.limit(), p.offset());
        String first = link(ctx, p.limit(), 0);
        String last = link(ctx, p.limit(), lastOffset);
        String next = p.offset() + p.limit() < total ? link(ctx, p.limit(), p.offset() + p.limit()) : null;
        String prev = p.offset() > 0 ? link(ctx, p.limit(), Math.max(0, Math.min(p.offset(), total) - p.limit())) : null;
        List<String> header = new ArrayList<>();
        header.add("<" + first + ">; rel=\"first\"");
        if (prev != null) header.add("<" + prev + ">; rel=\"prev\"");
        if (next != null) header.add("<" + next + ">; rel=\"next\"");
        header.add("<" + last + ">; rel=\"last\"");
        ctx.header("Link", String.join(", ", header));
        return new Page<>(slice.items(), total, p.limit(), p.offset(), new Links(self, first, prev, next, last));
    }

    /** The request's path and parameters with another limit and offset. */
    private static String link(Context ctx, int limit, long offset) {
        StringBuilder sb = new StringBuilder(ctx.path()).append('?');
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equals("limit") || e.getKey().equals("offset")) continue;
            for (String v : e.getValue()) sb.append(enc(e.getKey())).append('=').append(enc(v)).append('&');
        }
        return sb.append("limit=").append(limit).append("&offset=").append(offset).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** True when the Accept header (absent means anything) allows the media type. */
    static boolean accepts(String accept, String mediaType) {
        if (accept == null || accept.isBlank()) return true;
        try {
            return AcceptList.match(new AcceptList(accept), AcceptList.create(mediaType)) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** If-None-Match against our (weak) ETag, by weak comparison (RFC 9110 §13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        String ours = etag.replaceFirst("^W/", "");
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.replaceFirst("^W/", "").equals(ours)) return true;
        }
        return false;
    }

    static byte[] bytes(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static String shorten(String s) {
        if (s == null) return null;
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
