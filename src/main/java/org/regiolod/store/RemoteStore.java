package org.regiolod.store;

import org.apache.jena.rdfconnection.RDFConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The data of a front ({@code serve --sparql-endpoint URL}): an external SPARQL store filled by
 * {@code publish}. {@link #get()} gives the version the store holds now, re-reading the store's
 * version marker at most once per {@code refresh}, so ETags and caches follow a publish done by
 * anyone, from anywhere, within that delay. A front holds no other state.
 */
public final class RemoteStore implements Supplier<PublishedData> {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);

    private final String queryEndpoint;
    private final Duration refresh;
    private final HttpClient http;
    private volatile RemoteData current;
    private volatile long checkedAt;

    private RemoteStore(String queryEndpoint, Duration refresh, HttpClient http, RemoteData first) {
        this.queryEndpoint = queryEndpoint;
        this.refresh = refresh;
        this.http = http;
        this.current = first;
        this.checkedAt = System.nanoTime();
    }

    /**
     * Connects to the store's SPARQL query endpoint and reads what it holds.
     *
     * @throws IllegalArgumentException the store cannot be reached, holds no published RegioLOD
     *         data, or does not show its named graphs as its default graph
     */
    public static RemoteStore connect(String queryEndpoint, Duration refresh) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        VersionMarker marker;
        boolean defaultGraphHasData;
        try (RDFConnection conn = RemoteData.connect(queryEndpoint, http)) {
            marker = VersionMarker.query(conn).orElseThrow(() -> new IllegalArgumentException(
                    "the SPARQL store at " + queryEndpoint + " holds no published RegioLOD data (no graph .../"
                            + VersionMarker.PATH + "): run 'regiolod publish --to <its Graph Store URL>' first"));
            defaultGraphHasData = conn.queryAsk("ASK { ?s ?p ?o }");
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot query the SPARQL store at " + queryEndpoint + ": "
                    + StoreErrors.describe(e) + ". Is it running, and is this its query endpoint (e.g. http://host:3030/regiolod/sparql)?", e);
        }
        if (!defaultGraphHasData) {
            throw new IllegalArgumentException("the SPARQL store at " + queryEndpoint + " has the data in named graphs but an empty"
                    + " default graph: RegioLOD's queries read the default graph, so configure the store to show the union of"
                    + " its named graphs as default graph (Fuseki/TDB2: tdb2:unionDefaultGraph true)");
        }
        return new RemoteStore(queryEndpoint, refresh, http, toData(queryEndpoint, http, marker));
    }

    @Override
    public PublishedData get() {
        if (System.nanoTime() - checkedAt > refresh.toNanos()) refreshMarker();
        return current;
    }

    private synchronized void refreshMarker() {
        if (System.nanoTime() - checkedAt <= refresh.toNanos()) return; // another thread just did it
        try (RDFConnection conn = RemoteData.connect(queryEndpoint, http)) {
            Optional<VersionMarker> marker = VersionMarker.query(conn);
            marker.filter(m -> !m.version().equals(current.version()))
                    .ifPresent(m -> {
                        LOG.info("the store now holds version {} (published {})", m.version(), m.publishedAt());
                        current = toData(queryEndpoint, http, m);
                    });
        } catch (RuntimeException e) {
            // Keep serving what we know; the store's own errors reach the requests that read it.
            LOG.warn("cannot read the version of the SPARQL store at {}: {}", queryEndpoint, StoreErrors.describe(e));
        }
        checkedAt = System.nanoTime();
    }

    private static RemoteData toData(String endpoint, HttpClient http, VersionMarker m) {
        return new RemoteData(endpoint, m.baseUri(), m.version(), m.publishedAt(), http);
    }
}
