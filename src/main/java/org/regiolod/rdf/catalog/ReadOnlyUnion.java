package org.regiolod.rdf.catalog;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Two graphs read as one, without copying: what {@code left} holds, then what {@code right} holds
 * that {@code left} does not. Adding or deleting is refused (GraphBase's default). Cheaper per
 * lookup than Jena's Union and MultiUnion, which record every answer of the first graph in a set
 * to drop duplicates: here a triple of the second is checked against the first by one lookup.
 */
final class ReadOnlyUnion extends GraphBase {
    private final Graph left;
    private final Graph right;

    ReadOnlyUnion(Graph left, Graph right) {
        this.left = left;
        this.right = right;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return left.find(pattern).andThen(right.find(pattern).filterDrop(left::contains));
    }
}
