package org.regiolod.web.sparql;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
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
 * queries to the external store's query endpoint and streams the answer back, read-only.
 *
 * <p>Only queries go through: a request carrying {@code update}, or a SPARQL Update body, is
 * refused with 403 before it reaches the store (the store's own endpoint may accept writes from
 * the fronts' network; the public must not). Only the protocol's parameters are forwarded.
 * Proxying, rather than redirecting, keeps the store off the public network and one origin for
 * browsers (no CORS needed for the YASGUI page).
 */
public final class SparqlProxy implements Handler {
    /** The SPARQL 1.1 Protocol parameters of a query, and Fuseki's usual result-format parameters. */
    private static final List<String> FORWARDED = List.of(
            "query", "default-graph-uri", "named-graph-uri", "format", "output", "results");
    private static final List<String> RESPONSE_HEADERS = List.of(
            "Content-Type", "Content-Disposition", "Vary", "Cache-Control");

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;

    public SparqlProxy(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (contentType.startsWith("application/sparql-update")
                || ctx.queryParam("update") != null
                || (contentType.startsWith("application/x-www-form-urlencoded") && ctx.formParam("update") != null)) {
            refuse(ctx, HttpStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is not accepted");
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(timeout);
        String accept = ctx.header("Accept");
        if (accept != null) request.header("Accept", accept);

        if (ctx.method().name().equals("POST") && contentType.startsWith("application/sparql-query")) {
            request.uri(withParams(ctx.queryParamMap()))
                    .header("Content-Type", "application/sparql-query; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ctx.bodyAsBytes()));
        } else if (ctx.method().name().equals("POST")) {
            Map<String, List<String>> form = ctx.formParamMap();
            if (!form.containsKey("query")) {
                refuse(ctx, HttpStatus.BAD_REQUEST, "a POST to /sparql carries a 'query' form parameter or an application/sparql-query body");
                return;
            }
            request.uri(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        } else {
            if (ctx.queryParam("query") == null) {
                refuse(ctx, HttpStatus.BAD_REQUEST, "no 'query' parameter: GET /sparql?query=SELECT... (open /sparql in a browser for the editor)");
                return;
            }
            request.uri(withParams(ctx.queryParamMap())).GET();
        }

        HttpResponse<InputStream> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            refuse(ctx, HttpStatus.GATEWAY_TIMEOUT, "the SPARQL store did not answer within " + timeout.toSeconds() + " s");
            return;
        } catch (IOException e) {
            refuse(ctx, HttpStatus.BAD_GATEWAY, "the SPARQL store cannot be reached right now");
            return;
        }
        ctx.status(answer.statusCode());
        for (String name : RESPONSE_HEADERS) answer.headers().firstValue(name).ifPresent(v -> ctx.header(name, v));
        ctx.result(answer.body());
    }

    private URI withParams(Map<String, List<String>> params) {
        String query = encode(params);
        return URI.create(endpoint + (query.isEmpty() ? "" : (endpoint.getRawQuery() == null ? "?" : "&") + query));
    }

    private static String encode(Map<String, List<String>> params) {
        StringJoiner out = new StringJoiner("&");
        for (String name : FORWARDED) {
            for (String value : params.getOrDefault(name, List.of())) {
                out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    private static void refuse(Context ctx, HttpStatus status, String why) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(why + "\n");
    }
}
