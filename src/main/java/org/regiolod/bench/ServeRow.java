package org.regiolod.bench;

/**
 * One serve measurement: an endpoint answered by one server variant, or why it could not be
 * measured ({@code na}). Variants: {@code ours} (each request a different resource, cache
 * bypassed), {@code ours, repeated} (one resource, from the response cache), {@code raw Fuseki}
 * (the equivalent SPARQL query on the same TDB2 data), {@code constant} (the ceiling).
 */
public record ServeRow(String size, String endpoint, String variant, String url, Long requests, Long errors,
                       Double requestsPerSecond, Double p50Millis, Double p99Millis, String na) {

    static ServeRow of(String size, String endpoint, String variant, String url, LoadGenerator.Result r) {
        return new ServeRow(size, endpoint, variant, url, r.requests(), r.errors(), r.requestsPerSecond(),
                r.p50Millis(), r.p99Millis(), r.errors() > 0 ? "errors, first: " + r.firstError() : null);
    }

    static ServeRow notAvailable(String size, String endpoint, String variant, String why) {
        return new ServeRow(size, endpoint, variant, null, null, null, null, null, null, why);
    }

    boolean measured() { return requestsPerSecond != null; }
}
