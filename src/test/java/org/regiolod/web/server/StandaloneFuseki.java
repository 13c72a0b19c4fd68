package org.regiolod.web.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A plain Fuseki server started purely from a configuration file, in its own JVM and working
 * folder: {@code StandaloneFuseki <config.ttl> <port>}. Nothing of RegioLOD's server is involved.
 */
public final class StandaloneFuseki {
    private StandaloneFuseki() {}

    public static void main(String[] args) {
        FusekiServer server = FusekiServer.create()
                .port(Integer.parseInt(args[1])).loopback(true)
                .parseConfigFile(args[0])
                .build().start();
        System.out.println("standalone Fuseki on port " + server.getHttpPort());
        server.join();
    }
}
