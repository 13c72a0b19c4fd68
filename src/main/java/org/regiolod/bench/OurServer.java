package org.regiolod.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * How the suite starts our server over a TDB2 folder, and which of its parts are on this branch.
 * A part that is not there yet makes its rows "n/a (part not merged)".
 */
final class OurServer {
    static final String SERVER = "org.regiolod.web.server.RegioLodServer";
    static final String PAGES = "org.regiolod.web.pages.PageRoutes";
    static final String API = "org.regiolod.web.api.ApiRoutes";
    static final String CONSTANT_PATH = "/bench/constant";
    /** Both servers get the same heap. */
    static final List<String> JVM = List.of("-Xmx1g", "-XX:+UseParallelGC");
    /** The load generator's connections must not meet serve's bound on concurrent queries (429). */
    static final int MAX_CONCURRENT = 256;

    /** Why the rows of {@code part} cannot be measured, or null when they can. */
    String missing(String part) {
        try {
            Class.forName(part, false, OurServer.class.getClassLoader());
            return null;
        } catch (ClassNotFoundException e) {
            return "n/a (part not merged: " + part.substring(part.lastIndexOf('.') + 1) + ")";
        }
    }

    String missing() { return missing(SERVER); }

    /** The API's list of a plan's interventions (docs/api.md). */
    static String restList(String plan) { return "/api/v1/interventions?plan=" + plan; }

    /** One intervention by its API id {@code <plan>/<code>}. */
    static String restItem(String intervention) { return "/api/v1/interventions/" + intervention; }

    /** The real 'serve' command on a published store: for start-up and memory at rest. */
    static List<String> serveCommand(Path store, int port) {
        return ChildServer.java(JVM, "org.regiolod.cli.Main", "serve", "--no-publish", "--db", store.toString(),
                "--port", String.valueOf(port), "--localhost", "--quiet", "--max-concurrent", String.valueOf(MAX_CONCURRENT));
    }

    /** Our server wired as serve wires it, plus the constant route: for the load rows. */
    static List<String> benchCommand(Path store, int port) {
        return ChildServer.java(JVM, BenchServer.class.getName(), "ours", store.toString(), String.valueOf(port));
    }
}
