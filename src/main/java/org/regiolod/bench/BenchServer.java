package org.regiolod.bench;

import jakarta.servlet.Filter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.regiolod.cli.ServeCommand;
import org.regiolod.store.PublishedData;
import org.regiolod.store.VersionedStore;
import org.regiolod.web.Routes;
import org.regiolod.web.guard.Guards;
import org.regiolod.web.server.FusekiConfig;
import org.regiolod.web.server.RegioLodServer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The servers the suite measures ours against, each started in a JVM of its own by {@link ChildServer}:
 * {@code fuseki TDB2-DIR PORT} is a plain Fuseki ({@code /ds}, read-only, union default graph, as
 * ours publishes), nothing in front of it, its Jetty as Fuseki ships it (including the unpooled
 * 5 MiB response buffer that {@code web.server.ResponseBuffers} removes from ours; see
 * docs/benchmarks.md, "Bottlenecks found"); {@code ours STORE-DIR PORT} is our server wired as
 * {@code serve --no-publish} wires it (same filters, same routes, same Fuseki configuration) plus
 * one constant route, {@value OurServer#CONSTANT_PATH}, the ceiling of the HTTP stack.
 */
public final class BenchServer {
    private BenchServer() {}

    public static void main(String[] args) {
        if (args.length != 3 || !(args[0].equals("fuseki") || args[0].equals("ours"))) {
            System.err.println("usage: BenchServer fuseki TDB2-DIR PORT | ours STORE-DIR PORT");
            System.exit(2);
        }
        if (args[0].equals("ours")) {
            ours(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[1]);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().port(Integer.parseInt(args[2])).loopback(true)
                .add("/ds", dsg, false).build().start();
        System.out.println("listening " + server.getHttpPort());
        server.join();
    }

    private static void ours(Path storeDir, int port) {
        VersionedStore store = VersionedStore.open(storeDir);
        VersionedStore.Version version = store.current().orElseThrow(() -> new IllegalStateException("nothing published in " + storeDir));
        Supplier<PublishedData> published = store::published;
        List<Routes> routes = new ArrayList<>(ServeCommand.routes(published, store));
        routes.add(cfg -> cfg.routes.get(OurServer.CONSTANT_PATH, ctx -> ctx.contentType("text/plain").result("ok")));
        RegioLodServer server = RegioLodServer.builder().port(port).loopback(true)
                .data(published).fusekiConfig(FusekiConfig.withLocation(FusekiConfig.standard(), version.tdb2()))
                .routes(routes)
                .filter(Guards.standard().toArray(Filter[]::new)) // as serve: guards first (rate limit from the system properties)
                .filter(ServeCommand.filters(published).toArray(Filter[]::new))
                .maxConcurrent(OurServer.MAX_CONCURRENT)
                .build().start();
        System.out.println("listening " + server.port());
        server.join();
    }
}
