package org.regiolod.web.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.ChildJvm;
import org.regiolod.TestPublished;
import org.regiolod.store.LocalData;
import org.regiolod.store.PublishedData;
import org.regiolod.store.VersionedStore;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** fuseki-config/config.ttl is what the embedded server runs, and a standalone Fuseki runs it unchanged. */
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
                Duration.ofMillis(1500));
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
                assertTrue(slow.body().contains("1.5 s"), "the configuration's timeout: " + slow.body());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aStandaloneFusekiRunsTheSameFileUnchanged(@TempDir Path work) throws Exception {
        // The file's documented convention: run from a folder holding target/regiolod-db (serve's default --db).
        publish(work.resolve("target/regiolod-db"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String sparql = "http://127.0.0.1:" + port + "/sparql";
        try (ChildJvm fuseki = ChildJvm.start(work, StandaloneFuseki.class.getName(),
                FusekiConfig.FILE.toAbsolutePath().toString(), Integer.toString(port))) {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.currentTimeMillis() + 90_000;
            while (true) {
                try {
                    http.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + TestServer.enc("ASK {}"))).build(),
                            HttpResponse.BodyHandlers.discarding());
                    break;
                } catch (java.io.IOException notYet) {
                    assertTrue(fuseki.isAlive() && System.currentTimeMillis() < deadline, "Fuseki did not start:\n" + fuseki.output());
                    Thread.sleep(250);
                }
            }
            assertEquals(expectedCount(), count(sparql));
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(sparql))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "no update service: " + update.statusCode());
            assertEquals(expectedCount(), count(sparql), "nothing was cleared");
        }
    }
}
