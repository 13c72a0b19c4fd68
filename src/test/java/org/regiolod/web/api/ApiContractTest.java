package org.regiolod.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract: every operation the served OpenAPI document lists is called on a running server
 * (the list comes FROM the document, so neither can drift), and each real answer — 200 with and
 * without the documented parameters, 304, 400, 404, 405, 406 — is validated against the schema
 * the document gives for that status and media type (networknt JSON Schema 2020-12 validator;
 * the document itself is checked by swagger-parser).
 */
class ApiContractTest {
    private static final String DOC_URI = "https://regiolod.test/api/v1/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiTestServer server;
    private static JsonNode doc;
    private static String docText;
    private static SchemaRegistry schemas;

    @BeforeAll
    static void start() throws Exception {
        // The document's own keywords (openapi, paths, example...) are not JSON Schema keywords: no warning for each.
        System.setProperty("org.slf4j.simpleLogger.log.com.networknt", "error");
        server = ApiTestServer.start();
        HttpResponse<String> r = server.get("/api/v1/openapi.json");
        assertEquals(200, r.statusCode());
        docText = r.body();
        doc = JSON.readTree(docText);
        schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(DOC_URI, docText)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theServedDocumentIsAValidOpenApi31Document() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(docText, null, options);
        assertNotNull(result.getOpenAPI(), "swagger-parser could not read the document: " + result.getMessages());
        assertEquals(List.of(), result.getMessages(), "swagger-parser found problems in the document");
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertTrue(result.getOpenAPI().getPaths().size() >= 10, "the document lists the API's paths");
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedOperationAnswersAsDocumented() {
        List<DynamicTest> tests = new ArrayList<>();
        String prefix = doc.path("servers").get(0).path("url").asText();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                assertEquals("get", op.getKey(), "the API is read-only: only GET operations are documented");
                String pointer = "/paths/" + escape(path.getKey()) + "/get";
                Operation o = new Operation(prefix, path.getKey(), pointer, op.getValue());
                tests.add(DynamicTest.dynamicTest("GET " + path.getKey() + " (required parameters)", () -> o.callAndValidate(false)));
                if (o.hasOptionalQueryParameters()) {
                    tests.add(DynamicTest.dynamicTest("GET " + path.getKey() + " (every parameter)", () -> o.callAndValidate(true)));
                }
                for (String status : List.of("304", "400", "404", "406")) {
                    if (o.responses().has(status)) {
                        tests.add(DynamicTest.dynamicTest("GET " + path.getKey() + " -> " + status, () -> o.provoke(status)));
                    }
                }
                tests.add(DynamicTest.dynamicTest("POST " + path.getKey() + " -> 405", o::postIsNotAllowed));
            }
        }
        assertTrue(tests.size() > 40, "the document yields the tests");
        return tests.stream();
    }

    @Test
    void anUnknownPathUnderThePrefixIsAProblem() {
        HttpResponse<String> r = server.get("/api/v1/no-such-thing");
        assertEquals(404, r.statusCode());
        validate(r, "/components/responses/NotFound/content/application~1problem+json/schema");
    }

    @Test
    void tooManyRequestsIsAProblemWithRetryAfter() {
        try (ApiTestServer limited = ApiTestServer.start(new ApiRoutes(org.regiolod.TestPublished::data, new ApiRoutes.Options(3)))) {
            for (int i = 0; i < 3; i++) assertEquals(200, limited.get("/api/v1").statusCode());
            HttpResponse<String> r = limited.get("/api/v1/plans");
            assertEquals(429, r.statusCode());
            assertEquals("60", r.headers().firstValue("Retry-After").orElse(null));
            validate(r, "/components/responses/TooManyRequests/content/application~1problem+json/schema");
        }
    }

    /** One documented operation, called with the examples the document gives. */
    private record Operation(String prefix, String template, String pointer, JsonNode node) {
        JsonNode responses() { return node.path("responses"); }

        List<JsonNode> parameters() {
            List<JsonNode> out = new ArrayList<>();
            node.path("parameters").forEach(p -> out.add(resolve(p)));
            return out;
        }

        boolean hasOptionalQueryParameters() {
            return parameters().stream().anyMatch(p -> p.path("in").asText().equals("query") && !p.path("required").asBoolean());
        }

        String url(boolean all, Map<String, String> override) {
            String path = template;
            StringBuilder query = new StringBuilder();
            for (JsonNode p : parameters()) {
                String name = p.path("name").asText();
                assertTrue(p.has("example"), pointer + ": parameter " + name + " has an example");
                String value = override.getOrDefault(name, p.path("example").asText());
                if (p.path("in").asText().equals("path")) {
                    path = path.replace("{" + name + "}", enc(value));
                } else if (all || p.path("required").asBoolean() || override.containsKey(name)) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(enc(value));
                }
            }
            String full = prefix + (path.equals("/") ? "" : path);
            return full + query;
        }

        void callAndValidate(boolean all) {
            HttpResponse<String> r = server.get(url(all, Map.of()));
            assertEquals(200, r.statusCode(), url(all, Map.of()) + " answered " + r.body());
            JsonNode ok = responses().path("200");
            String type = r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "");
            assertTrue(ok.path("content").has(type), pointer + ": the document has no " + type + " answer");
            ok.path("headers").fieldNames().forEachRemaining(h ->
                    assertTrue(r.headers().firstValue(h).isPresent(), url(all, Map.of()) + ": documented header " + h + " is missing"));
            if (type.endsWith("json")) {
                validate(r, pointer + "/responses/200/content/" + escape(type) + "/schema");
                JsonNode body = parse(r.body());
                if (body.has("items") && all && !template.equals("/search")) {
                    // With every filter at its example, the example still finds something: the examples are real.
                    assertTrue(body.path("total").asLong() > 0, url(true, Map.of()) + " found nothing");
                }
            }
        }

        void provoke(String status) {
            HttpResponse<String> r = switch (status) {
                case "304" -> {
                    HttpResponse<String> first = server.get(url(false, Map.of()));
                    String etag = first.headers().firstValue("ETag").orElseThrow();
                    yield server.get(url(false, Map.of()), "If-None-Match", etag);
                }
                case "400" -> server.get(url(false, Map.of()) + (url(false, Map.of()).contains("?") ? "&" : "?") + "unknownParameter=1");
                case "404" -> {
                    String unknown = template.replaceAll("\\{[^}]+}", "no-such-id-404");
                    yield server.get(prefix + unknown);
                }
                case "406" -> server.get(url(false, Map.of()), "Accept", "text/csv");
                default -> throw new IllegalArgumentException(status);
            };
            assertEquals(Integer.parseInt(status), r.statusCode(), template + ": " + r.body());
            if (status.equals("304")) {
                assertEquals("", r.body());
                return;
            }
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
            JsonNode response = resolve(responses().path(status));
            assertTrue(response.path("content").has("application/problem+json"));
            validate(r, refPointer(responses().path(status)) + "/content/application~1problem+json/schema");
            assertEquals(Integer.parseInt(status), parse(r.body()).path("status").asInt());
            if (status.equals("400")) {
                assertEquals("unknownParameter", parse(r.body()).path("invalidParams").get(0).path("name").asText());
            }
        }

        void postIsNotAllowed() {
            HttpResponse<String> r = server.send("POST", url(false, Map.of()));
            assertEquals(405, r.statusCode());
            assertEquals("GET, HEAD, OPTIONS", r.headers().firstValue("Allow").orElse(null));
            validate(r, "/components/responses/MethodNotAllowed/content/application~1problem+json/schema");
        }

        private String refPointer(JsonNode response) {
            return response.has("$ref") ? response.path("$ref").asText().substring(1) : pointer + "/responses";
        }
    }

    /** Validates an answer's body against the schema at a JSON pointer into the served document. */
    static void validate(HttpResponse<String> r, String pointer) {
        Schema schema = schemas.getSchema(SchemaLocation.of(DOC_URI + "#" + pointer));
        List<Error> errors = schema.validate(parse(r.body()), ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(),
                r.uri() + " does not match " + pointer + ":\n" + abbreviate(r.body()));
        assertFalse(r.body().isEmpty());
    }

    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) return node;
        return doc.at(node.path("$ref").asText().substring(1));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + abbreviate(body), e);
        }
    }

    static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
