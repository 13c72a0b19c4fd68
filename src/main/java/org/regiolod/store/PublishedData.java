package org.regiolod.store;

import org.apache.jena.rdfconnection.RDFConnection;

import java.time.Instant;
import java.util.function.Function;

/**
 * The version of the data being served right now: what the pages, the REST API and the SPARQL
 * caches read from. The store swaps it atomically on each publish; readers never see a mix.
 *
 * <p>Read only through {@link #read}: for a local TDB2 store the work runs inside one read
 * transaction, so use the materialising {@link RDFConnection} calls
 * ({@code querySelect(q, row -> ...)}, {@code queryResultSet}, {@code queryConstruct},
 * {@code queryAsk}) and do not let a lazy iterator escape the function.
 */
public interface PublishedData {

    /** The base of every URI in the data, ending in '/', e.g. {@code http://localhost:8080/}. */
    String baseUri();

    /** Identifies this version (changes on every publish); used for ETags and cache keys. */
    String version();

    /** When this version was published; used for {@code Last-Modified}. */
    Instant publishedAt();

    /** Runs read-only work against this version of the data. */
    <T> T read(Function<RDFConnection, T> work);
}
