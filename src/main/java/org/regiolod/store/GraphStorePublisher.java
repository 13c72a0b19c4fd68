package org.regiolod.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pushes a build into an external store through the SPARQL 1.1 Graph Store HTTP Protocol: one PUT
 * per named graph (replacing that graph whole), then the {@link VersionMarker} graph, then a
 * DELETE of the graphs an earlier publish wrote that this build no longer has.
 *
 * <p>The protocol has no transaction across requests: while a publish runs, readers of the
 * store may see some graphs new and some old. The marker is written last, so the version fronts
 * report (and their ETags) change only once every graph is in place.
 */
public final class GraphStorePublisher {

    /** One graph written: its name and how many triples it has. */
    public record Written(String graph, long triples) {}

    /** What a publish did. */
    public record Outcome(VersionMarker marker, List<Written> written, List<String> removed) {
        public long triples() {
            return written.stream().mapToLong(Written::triples).sum();
        }
    }

    /** The store could not be reached, or refused a request; {@code written} says what got in before. */
    public static final class StoreException extends RuntimeException {
        private final List<Written> written;

        StoreException(String message, List<Written> written, Throwable cause) {
            super(message, cause);
            this.written = List.copyOf(written);
        }

        public List<Written> written() {
            return written;
        }
    }

    private final String gspEndpoint;
    private final HttpClient http;

    public GraphStorePublisher(String gspEndpoint, Duration connectTimeout) {
        this.gspEndpoint = gspEndpoint;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    /**
     * Publishes the dataset's named graphs under {@code baseUri}.
     *
     * @param previous what {@link #previousMarker} said before the build (the graphs it lists
     *                 that this build lacks are removed)
     */
    public Outcome publish(Dataset dataset, String baseUri, String version, Optional<VersionMarker> previous,
                           Consumer<String> progress) {
        List<String> names = new ArrayList<>();
        dataset.executeRead(() -> dataset.listModelNames().forEachRemaining(r -> names.add(r.getURI())));
        names.sort(null);
        String markerGraph = VersionMarker.graphName(baseUri);
        if (names.contains(markerGraph)) throw new IllegalArgumentException("the build has a graph named " + markerGraph + ", which publish reserves");

        List<Written> written = new ArrayList<>();
        for (String name : names) {
            Model graph = dataset.calculateRead(() -> ModelFactory.createDefaultModel().add(dataset.getNamedModel(name)));
            put(name, graph, written, "graph " + name);
            written.add(new Written(name, graph.size()));
            progress.accept(String.format("PUT %s: %d triples", name, graph.size()));
        }
        VersionMarker marker = new VersionMarker(baseUri, version, Instant.now(), names);
        put(markerGraph, marker.toModel(), written, "the version marker " + markerGraph);
        progress.accept("PUT " + markerGraph + ": version " + version);

        List<String> removed = new ArrayList<>();
        for (String old : previous.map(VersionMarker::graphs).orElse(List.of())) {
            if (names.contains(old)) continue;
            try {
                gsp().graphName(old).DELETE();
            } catch (RuntimeException e) {
                if (StoreErrors.status(e) != 404) throw failure("removing the old graph " + old, e, written);
            }
            removed.add(old);
            progress.accept("DELETE " + old + " (no longer in the build)");
        }
        return new Outcome(marker, written, removed);
    }

    /**
     * The marker of the last publish under this base; asked first, it also checks that the store
     * answers before anything is built or written.
     */
    public Optional<VersionMarker> previousMarker(String baseUri) {
        try {
            Model m = ModelFactory.createModelForGraph(gsp().graphName(VersionMarker.graphName(baseUri)).GET());
            return VersionMarker.fromModel(baseUri, m);
        } catch (RuntimeException e) {
            if (StoreErrors.status(e) == 404) return Optional.empty();
            throw failure("reading the version marker", e, List.of());
        }
    }

    private void put(String name, Model graph, List<Written> written, String what) {
        try {
            gsp().graphName(name).PUT(graph.getGraph());
        } catch (RuntimeException e) {
            throw failure("writing " + what, e, written);
        }
    }

    private GSP gsp() {
        return GSP.service(gspEndpoint).httpClient(http).contentType(RDFFormat.NTRIPLES);
    }

    private StoreException failure(String doing, RuntimeException e, List<Written> written) {
        int status = StoreErrors.status(e);
        String hint = switch (status) {
            case 0 -> "check that the store is running and that the URL is right";
            case 401, 403 -> "the store refuses writes from here: give this machine write access to its Graph Store endpoint";
            case 404 -> "no Graph Store service at this URL: give the store's Graph Store endpoint (Fuseki: http://host:3030/DATASET/data)";
            case 405 -> "the service is read-only: enable Graph Store writes on it (Fuseki: a gsp-rw service, or --update)";
            default -> "see the store's log";
        };
        return new StoreException("publish to " + gspEndpoint + " failed " + doing + ": " + StoreErrors.describe(e) + " (" + hint + ")",
                written, e);
    }
}
