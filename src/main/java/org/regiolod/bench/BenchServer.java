package org.regiolod.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The servers the suite measures ours against, each started in a JVM of its own by {@link ChildServer}:
 * {@code fuseki TDB2-DIR PORT} is a plain Fuseki ({@code /ds}, read-only, union default graph, as
 * ours publishes), nothing in front of it.
 */
public final class BenchServer {
    private BenchServer() {}

    public static void main(String[] args) {
        if (args.length != 3 || !args[0].equals("fuseki")) {
            System.err.println("usage: BenchServer fuseki TDB2-DIR PORT");
            System.exit(2);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[1]);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().port(Integer.parseInt(args[2])).loopback(true)
                .add("/ds", dsg, false).build().start();
        System.out.println("listening " + server.getHttpPort());
        server.join();
    }
}
