package org.regiolod.cli;

import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.rdf.UriScheme;
import org.regiolod.store.GraphStorePublisher;
import org.regiolod.store.GraphStorePublisher.Outcome;
import org.regiolod.store.GraphStorePublisher.StoreException;
import org.regiolod.store.GraphStorePublisher.Written;
import org.regiolod.store.VersionMarker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Builds and validates the data, then pushes every named graph into an external store through the",
                "SPARQL 1.1 Graph Store Protocol (one PUT per graph, then a version marker graph <base>id/versione).",
                "Fronts started with 'serve --sparql-endpoint' serve what the store holds. See docs/scale-out.md.",
                "Exit 0 published, 1 validation failed (nothing sent), 2 bad input or the store failed."})
public final class PublishCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The store's Graph Store Protocol endpoint, e.g. http://127.0.0.1:3030/regiolod/data")
    String to;

    @Option(names = "--data", defaultValue = "data", description = "Folder of the input tables (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--base-uri", defaultValue = "http://localhost:8080/",
            description = "Base of the data's URIs: the public address of the fronts (default: ${DEFAULT-VALUE}).")
    String baseUri;

    @Option(names = "--connect-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long to wait for the store to accept a connection (default: ${DEFAULT-VALUE}).")
    int connectTimeout;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    boolean quiet;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        URI target = checkedUrl(to);
        baseUri = UriScheme.normalise(baseUri);
        long start = System.nanoTime();
        GraphStorePublisher publisher = new GraphStorePublisher(target.toString(), Duration.ofSeconds(connectTimeout));
        Optional<VersionMarker> previous;
        try {
            previous = publisher.previousMarker(baseUri);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            err.println("nothing was built or written.");
            return Main.BAD_INPUT;
        }
        if (!quiet) err.println("[publish] the store answers; it holds " + previous.map(m -> "version " + m.version()).orElse("no earlier publish under " + baseUri));
        BuildResult result = BuildPipeline.builder()
                .data(data).baseUri(baseUri)
                .progress(msg -> { if (!quiet) { err.println("[build] " + msg); err.flush(); } })
                .build().run();
        var v = result.validation();
        if (!v.conforms()) {
            for (String line : v.describe(v.violations(), 50)) err.println(line);
            err.printf("publish stopped: %d SHACL violations; nothing was sent to %s%n", v.violations().size(), target);
            return Main.VIOLATIONS;
        }
        String version = result.inputHash().substring(0, Math.min(16, result.inputHash().length()))
                + "-" + Long.toString(Instant.now().toEpochMilli(), 36);
        try {
            Outcome outcome = publisher.publish(result.dataset(), result.baseUri(), version, previous, msg -> { if (!quiet) { err.println("[publish] " + msg); err.flush(); } });
            for (Written w : outcome.written()) out.printf("%8d triples  %s%n", w.triples(), w.graph());
            for (String g : outcome.removed()) out.printf("  removed  %s%n", g);
            out.printf("published %d triples in %d graphs to %s as version %s, in %d ms%n",
                    outcome.triples(), outcome.written().size(), target, version, (System.nanoTime() - start) / 1_000_000);
            return Main.OK;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            if (!e.written().isEmpty()) {
                err.printf("%d of the graphs had been written before the failure; the store now mixes them with the"
                        + " previous version (its version marker is unchanged). Run publish again once the store works.%n",
                        e.written().size());
            } else {
                err.println("nothing was written to the store.");
            }
            return Main.BAD_INPUT;
        }
    }

    private static URI checkedUrl(String url) {
        try {
            URI u = URI.create(url);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) return u;
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("--to " + url + ": give the http(s) URL of the store's Graph Store endpoint,"
                + " e.g. http://127.0.0.1:3030/regiolod/data");
    }
}
