package org.regiolod.web.sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.ParameterizedSparqlString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code /sparql} endpoint of a front ({@code serve --sparql-endpoint URL}): forwards SPARQL
 * queries to the external store's query endpoint and streams its answer back, read-only.
 *
 * <p>Only queries go through: SPARQL Update is refused here too (403), whatever filters run
 * before, since the store's endpoint may accept writes from the fronts' network. Only the
 * protocol's parameters are forwarded. A Graph Store read ({@code ?graph=URI}) becomes a
 * CONSTRUCT of that graph. Proxying, rather than redirecting, keeps the store off the public
 * network and keeps one origin for browsers.
 */
public final class SparqlProxy extends HttpServlet {
    /** The SPARQL 1.1 Protocol parameters of a query, and the usual result-format parameters. */
    private static final List<String> FORWARDED = List.of(
            "query", "default-graph-uri", "named-graph-uri", "format", "output", "results");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Content-Disposition");
    private static final String GRAPH_QUERY = resource("/queries/store/grafo.rq");

    private final URI endpoint;
    private final Duration timeout;
    private final transient HttpClient http;

    public SparqlProxy(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (refusedUpdate(req, res)) return;
        Map<String, String[]> params = req.getParameterMap();
        HttpRequest.Builder out = request(req);
        if (params.containsKey("query")) {
            out.uri(withParams(params)).GET();
        } else if (params.containsKey("graph") || params.containsKey("default")) {
            String query = graphQuery(req.getParameter("graph"));
            out.uri(URI.create(endpoint + sep() + "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET();
        } else {
            reply(res, HttpServletResponse.SC_BAD_REQUEST,
                    "no 'query' parameter: GET /sparql?query=SELECT... (open /sparql in a browser for the editor)");
            return;
        }
        forward(out, res);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (refusedUpdate(req, res)) return;
        String type = contentType(req);
        HttpRequest.Builder out = request(req);
        if (type.startsWith("application/sparql-query")) {
            byte[] body = req.getInputStream().readAllBytes();
            out.uri(withParams(req.getParameterMap()))
                    .header("Content-Type", "application/sparql-query; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        } else if (req.getParameter("query") != null) {
            out.uri(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(req.getParameterMap())));
        } else {
            reply(res, HttpServletResponse.SC_BAD_REQUEST,
                    "a POST to /sparql carries a 'query' form parameter or an application/sparql-query body");
            return;
        }
        forward(out, res);
    }

    private boolean refusedUpdate(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (contentType(req).startsWith("application/sparql-update") || req.getParameter("update") != null) {
            reply(res, HttpServletResponse.SC_FORBIDDEN, "SPARQL Update is not available: this endpoint is read-only.");
            return true;
        }
        return false;
    }

    private HttpRequest.Builder request(HttpServletRequest req) {
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(timeout);
        String accept = req.getHeader("Accept");
        if (accept != null) b.header("Accept", accept);
        return b;
    }

    private void forward(HttpRequest.Builder request, HttpServletResponse res) throws IOException {
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            reply(res, HttpServletResponse.SC_GATEWAY_TIMEOUT, "the SPARQL store did not answer within " + timeout.toSeconds() + " s");
            return;
        } catch (IOException e) {
            reply(res, HttpServletResponse.SC_BAD_GATEWAY, "the SPARQL store cannot be reached right now");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "interrupted");
            return;
        }
        res.setStatus(answer.statusCode());
        for (String name : RESPONSE_HEADERS) answer.headers().firstValue(name).ifPresent(v -> res.setHeader(name, v));
        try (InputStream in = answer.body(); OutputStream body = res.getOutputStream()) {
            in.transferTo(body);
        }
    }

    static String graphQuery(String graph) {
        if (graph == null) return "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
        ParameterizedSparqlString q = new ParameterizedSparqlString(GRAPH_QUERY);
        q.setIri("g", graph);
        return q.toString();
    }

    private String sep() {
        return endpoint.getRawQuery() == null ? "?" : "&";
    }

    private URI withParams(Map<String, String[]> params) {
        String query = encode(params);
        return URI.create(endpoint + (query.isEmpty() ? "" : sep() + query));
    }

    private static String encode(Map<String, String[]> params) {
        StringJoiner out = new StringJoiner("&");
        for (String name : FORWARDED) {
            for (String value : params.getOrDefault(name, new String[0])) {
                out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    private static String contentType(HttpServletRequest req) {
        return req.getContentType() == null ? "" : req.getContentType().toLowerCase();
    }

    private static void reply(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try (InputStream in = SparqlProxy.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
