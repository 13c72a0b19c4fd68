package org.regiolod.web.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.TestPublished;
import org.regiolod.store.LocalData;
import org.regiolod.store.PublishedData;
import org.regiolod.store.VersionedStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/**
 * fuseki-config/config.ttl is what the embedded server runs (with its timeout). That a standalone
 * Fuseki runs it unchanged is {@code store.FusekiConfigStandaloneTest} (the jena-fuseki-server jar).
 */
class FusekiConfigTest {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    static final String PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    static VersionedStore.Version publish(Path db) {
        LocalData data = (LocalData) TestPublished.data();
        try (VersionedStore store = VersionedStore.open(db)) {
            return store.publish(data.dataset(), data.version(), data.baseUri());
        }
    }

    static long count(String sparqlUrl) {
        try (RDFConnection conn = RDFConnection.queryConnect(sparqlUrl)) {
            long[] n = {0};
            conn.querySelect(COUNT, row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }

    static long expectedCount() {
        return TestPublished.data().read(conn -> {
            long[] n = {0};
            conn.querySelect(COUNT, row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        });
    }

    @Test
    void theEmbeddedServerRunsTheFileWithItsTimeout(@TempDir Path tmp) throws Exception {
        VersionedStore.Version v = publish(tmp.resolve("db"));
        Model config = FusekiConfig.withQueryTimeout(FusekiConfig.withLocation(FusekiConfig.read(FusekiConfig.FILE), v.tdb2()),
                Duration.ofSeconds(4)); // not less: the first COUNT over a cold store took over 1.5 s at load 17
        try (VersionedStore store = VersionedStore.open(tmp.resolve("db"))) {
            PublishedData published = store.published();
            RegioLodServer server = RegioLodServer.builder().port(0).loopback(true)
                    .data(() -> published).fusekiConfig(config).build().start();
            try {
                String sparql = "http://127.0.0.1:" + server.port() + "/sparql";
                assertEquals(expectedCount(), count(sparql), "union default graph over the published TDB2 database");
                HttpResponse<String> slow = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sparql + "?query=" + TestServer.enc(PATHOLOGICAL))).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, slow.statusCode(), slow.body());
                assertTrue(slow.body().contains("4.0 s"), "the configuration's timeout: " + slow.body());
            } finally {
                server.stop();
            }
        }
    }
}
