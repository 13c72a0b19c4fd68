package org.regiolod.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.regiolod.TestPublished;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fuseki-config/config.ttl}, unchanged, runs a standalone Fuseki server (the
 * jena-fuseki-server jar, its own JVM) over a database published as {@code serve} publishes it:
 * it answers queries and graph reads, and refuses writes.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FusekiConfigStandaloneTest {
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theConfigurationServesAPublishedDatabaseReadOnly() throws Exception {
        // The configuration names target/regiolod-db/current/tdb2 relative to where Fuseki runs.
        Path work = Path.of("target/fuseki-config-standalone").toAbsolutePath();
        Path db = work.resolve("target/regiolod-db");
        Files.createDirectories(work);
        // What serve publishes (TestPublished is the same build); then let go of the database,
        // which TDB2 locks to one process at a time.
        VersionedStore.Version v = VersionedStore.open(db).publish(((LocalData) TestPublished.data()).dataset(), "test", TestPublished.BASE);
        TDBInternal.expel(v.connect().asDatasetGraph());

        try (StandaloneFuseki fuseki = StandaloneFuseki.start(Path.of("fuseki-config/config.ttl"), work,
                "/sparql?query=ASK%7B%7D", Duration.ofSeconds(120))) {
            String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            HttpResponse<String> r = get(fuseki.url("/sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8)), "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            long expected = TestPublished.data().read(c -> {
                long[] n = {0};
                c.querySelect(count, row -> n[0] = row.getLiteral("n").getLong());
                return n[0];
            });
            assertEquals(List.of("n", String.valueOf(expected)), r.body().lines().toList(), "the union default graph holds the built data");

            String graph = TestPublished.BASE + "id/dataset/pttd-2021-2023";
            HttpResponse<String> g = get(fuseki.url("/sparql?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)), "application/n-triples");
            assertEquals(200, g.statusCode(), g.body());
            assertTrue(g.body().lines().count() > 100, "a named graph is readable");

            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(fuseki.url("/sparql")))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update refused: " + update.statusCode());
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(fuseki.url("/sparql?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8))))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:a> <a:b> <a:c> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "graph store write refused: " + put.statusCode());
            assertEquals(r.body(), get(fuseki.url("/sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8)), "text/csv").body(),
                    "nothing changed");
        }
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
