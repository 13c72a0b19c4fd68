package org.regiolod.web.server;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries that ARQ alone does not stop at their timeout end at it when run as the public endpoint
 * runs them ({@link EndpointQueryExec}), on a real TDB2 dataset.
 */
class EndpointQueryExecTest {
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** How late after the timeout a query may end: generous, for a loaded machine. */
    static final long LATE_MS = 5_000;
    /** Nested quantifiers: Java's backtracking matcher takes seconds on 20 characters, ages on 40. */
    static final String CATASTROPHIC = "((.*)*)*x$";
    static final int SUBJECTS = 2_000;
    static Dataset tdb;

    @BeforeAll
    static void load() {
        tdb = TDB2Factory.createDataset();
        Txn.executeWrite(tdb, () -> {
            DatasetGraph dsg = tdb.asDatasetGraph();
            Node label = NodeFactory.createURI("http://example.org/label");
            for (int i = 0; i < SUBJECTS; i++) {
                Node s = NodeFactory.createURI("http://example.org/s" + i);
                dsg.getDefaultGraph().add(s, label, NodeFactory.createLiteralString("Piano triennale numero " + i + " per la trasformazione"));
            }
        });
    }

    @AfterAll
    static void close() {
        tdb.close();
    }

    @Test
    void aCatastrophicRegexEndsAtTheTimeout() {
        assertEndsAtTheTimeout("SELECT ?s WHERE { ?s ?p ?o FILTER regex(str(?o), \"" + CATASTROPHIC + "\") }");
    }

    @Test
    void aCatastrophicRegexInASubQueryOrExistsEndsAtTheTimeout() {
        assertEndsAtTheTimeout("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o FILTER regex(?o, \"" + CATASTROPHIC + "\", \"i\") } } }");
        assertEndsAtTheTimeout("SELECT ?s WHERE { ?s ?p [] FILTER EXISTS { ?s ?q ?o FILTER regex(?o, \"" + CATASTROPHIC + "\") } }");
    }

    @Test
    void aSortedProductEndsAtTheTimeout() {
        // The sort under a huge OFFSET runs while ARQ builds the plan, where its own timeout cannot reach.
        assertEndsAtTheTimeout("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?c OFFSET 1000000000");
        assertEndsAtTheTimeout("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?c");
        assertEndsAtTheTimeout("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?a");
        // Half a million solutions, gathered in about the timeout: the sort itself must stop too.
        assertEndsAtTheTimeout("SELECT * WHERE { { SELECT * { ?a ?b ?c } LIMIT 700 } { SELECT * { ?d ?e ?f } LIMIT 700 } } ORDER BY ?f ?c");
        assertEndsAtTheTimeout("SELECT * WHERE { { SELECT * { ?a ?b ?c } LIMIT 700 } { SELECT * { ?d ?e ?f } LIMIT 700 } } ORDER BY ?f ?c OFFSET 1000000000");
    }

    @Test
    void orderByAndDistinctAnswerAsBefore() {
        List<Object> sorted = rows("SELECT ?o WHERE { ?s ?p ?o } ORDER BY DESC(?o) LIMIT 2");
        assertEquals("[( ?o = \"Piano triennale numero 999 per la trasformazione\" ), ( ?o = \"Piano triennale numero 998 per la trasformazione\" )]",
                sorted.toString());
        assertEquals(SUBJECTS, rows("SELECT DISTINCT ?o WHERE { ?s ?p ?o . ?t ?p ?o } ORDER BY ?o").size());
    }

    @Test
    void aHugeOffsetEndsAtTheTimeout() {
        assertEndsAtTheTimeout("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } OFFSET 1000000000 LIMIT 1");
    }

    @Test
    void regexMatchesAsArqsOwn() {
        assertEquals(1, rows("SELECT ?s WHERE { ?s ?p ?o FILTER regex(?o, \"NUMERO 7 PER\", \"i\") }").size());
        assertEquals(SUBJECTS, rows("SELECT ?s WHERE { ?s ?p ?o FILTER regex(str(?o), \"^Piano .*trasformazione$\") }").size());
        assertEquals(11, rows("SELECT ?s WHERE { ?s ?p ?o BIND(\"numero 1[0-9]? \" AS ?pattern) FILTER regex(?o, ?pattern) }").size());
        assertEquals(0, rows("SELECT ?s WHERE { ?s ?p ?o FILTER regex(?o, \"numero 3.\", \"q\") }").size(), "q quotes the pattern");
        assertEquals(0, rows("SELECT ?s WHERE { ?s ?p ?o FILTER regex(?s, \"s1\") }").size(), "not a literal: an error, so no match");
    }

    @Test
    void aQuickQueryIsNotCancelledAfterItsTimeout() throws InterruptedException {
        QueryExec exec = EndpointQueryExec.build(Context.create(), tdb.asDatasetGraph(),
                QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"), TIMEOUT);
        List<Object> got = new ArrayList<>();
        Txn.executeRead(tdb, () -> exec.select().forEachRemaining(got::add));
        EndpointQueryExec.finished(exec);
        exec.close();
        Thread.sleep(TIMEOUT.toMillis() + 200);
        assertEquals(3, got.size());
    }

    /** The answer of a query that is not meant to reach a timeout. */
    private static List<Object> rows(String query) {
        QueryExec exec = EndpointQueryExec.build(Context.create(), tdb.asDatasetGraph(), QueryFactory.create(query), Duration.ofSeconds(60));
        try {
            List<Object> out = new ArrayList<>();
            Txn.executeRead(tdb, () -> exec.select().forEachRemaining(out::add));
            return out;
        } finally {
            EndpointQueryExec.finished(exec);
            exec.close();
        }
    }

    private static void assertEndsAtTheTimeout(String query) {
        long t0 = System.nanoTime();
        QueryExec exec = EndpointQueryExec.build(Context.create(), tdb.asDatasetGraph(), QueryFactory.create(query), TIMEOUT);
        try {
            assertThrows(QueryCancelledException.class, () -> Txn.executeRead(tdb, () -> {
                if (exec.getQuery().isConstructType()) {
                    for (Iterator<?> it = exec.constructQuads(); it.hasNext(); ) it.next();
                } else {
                    for (RowSet rs = exec.select(); rs.hasNext(); ) rs.next();
                }
            }), query);
        } finally {
            EndpointQueryExec.finished(exec);
            exec.close();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= TIMEOUT.toMillis() - 50, "not before the timeout: " + ms + " ms, " + query);
        assertTrue(ms < TIMEOUT.toMillis() + LATE_MS, "ends at the timeout, not " + ms + " ms: " + query);
    }
}
