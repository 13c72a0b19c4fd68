package org.regiolod.store;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A version of the data held in an external SPARQL store (see {@code publish} and
 * {@link RemoteStore}): each {@link #read} opens a query-only HTTP connection to the store's
 * query endpoint. Nothing is kept in the front, so any number of fronts can share one store.
 *
 * <p>Unlike {@link LocalData} there is no read transaction spanning several queries: two queries
 * of one {@code read} that straddle a publish may see two versions (see docs/scale-out.md).
 */
public record RemoteData(String queryEndpoint, String baseUri, String version, Instant publishedAt, HttpClient http)
        implements PublishedData {

    public RemoteData {
        Objects.requireNonNull(queryEndpoint, "queryEndpoint");
        Objects.requireNonNull(http, "http");
        if (!baseUri.endsWith("/")) throw new IllegalArgumentException("base URI must end in '/': " + baseUri);
    }

    @Override
    public <T> T read(Function<RDFConnection, T> work) {
        try (RDFConnection conn = connect(queryEndpoint, http)) {
            return work.apply(conn);
        }
    }

    static RDFConnection connect(String queryEndpoint, HttpClient http) {
        return RDFConnectionRemote.newBuilder()
                .queryEndpoint(queryEndpoint)
                .queryOnly()
                .httpClient(http)
                .build();
    }
}
