package org.regiolod.bench;

import java.util.List;

/** How to read the figures, and the bottlenecks the profiles found (kept with the report). */
final class Notes {
    private Notes() {}

    static List<String> standard() {
        return List.of(
                "Every figure is a ratio against an anchor measured in the same run on the same machine: the machine is shared and noisy, absolute rates are not comparable between runs.",
                "build = BuildPipeline.run(): read the tables, map them to RDF, validate with our shapes, map and validate the DCAT-AP_IT catalog (no dumps written). Anchor: RIOT parsing the same quads as N-Quads into a counting sink. Timed in turns after warm-up rounds (at least three and at least 5 s), best of five each, medians and the first, cold build in the row (the build is a long code path the JIT compiles over many runs, RIOT's parser loop after one; with one run each the row measured the JIT). The build uses every core: datasets are read and mapped side by side, the shapes are validated in eight pieces, the catalog is mapped beside the data's validation; RIOT's parser runs on one.",
                "validation alone = our shapes (shapes/regiolod.ttl) on the union of the data graphs, as the build validates them.",
                "load = our load path (VersionedStore.publish of the built dataset without its dumps: a new version folder, store.TdbBulkLoad streaming the dataset into TDB2's phased bulk loader, no text, the version marker and the switch) beside the phased bulk loader reading the N-Quads file, each into an empty TDB2 folder, interleaved, best of two each (run once, the first pays for the loader's JIT).",
                "dumps = what a publish writes besides the database (store.DumpWriter: every dataset as Turtle, N-Triples, JSON-LD and RDF/XML, all graphs as N-Quads), beside RIOT writing the same quads once as N-Quads; publish = load + dumps + switch, what 'serve' does with a build (no target: the load row is the one the issue sets).",
                "serve: closed-loop java.net.http client, fixed pool of connections, warm-up discarded; 'ours' rotates over 512 resources with Cache-Control: no-cache (the response cache is bypassed); 'repeated' asks for one resource again and again (served from the response cache); raw Fuseki answers the equivalent SPARQL (SELECT / DESCRIBE) on the same TDB2 folder; the ceiling is a constant response from our HTTP stack. Before its timed rows, each server is asked once for every resource of the sample ('first visit of each': the slow path — per-resource memos being filled, and a fresh JVM's JIT), then warmed for the warm-up time: the timed rows see every resource after its first visit.",
                "Client and server share the machine's cores, so the ceiling is also the load generator's own limit.",
                "Pages: PageRoutes keeps its own cache of rendered pages per data version (pages.PageCache), which Cache-Control: no-cache does not bypass; the 'ours' page rows therefore measure a rendered-page hit behind Javalin, not a cold render.",
                "The load average of the machine is in 'machine' above: on a 2-core machine shared with other jobs, every thread hand-off waits for a time slice, which dominates the latency of everything that is not answered on the accepting thread.");
    }
}
