package org.regiolod.bench;

/**
 * One measured row of the in-process stages: ours beside the raw engine it runs on, in the same
 * run on the same triples. {@code ratio} = ours / anchor (higher is better for rates).
 */
public record StageRow(String stage, String size, long triples, double seconds, double triplesPerSecond,
                       String anchor, double anchorSeconds, double anchorTriplesPerSecond, Double target) {

    public Double ratio() {
        return anchorTriplesPerSecond > 0 ? triplesPerSecond / anchorTriplesPerSecond : null;
    }

    public Boolean met() {
        Double r = ratio();
        return target == null || r == null ? null : r >= target;
    }

    static StageRow of(String stage, String size, long triples, double seconds, String anchor, double anchorSeconds, Double target) {
        return new StageRow(stage, size, triples, seconds, triples / Math.max(seconds, 1e-9), anchor,
                anchorSeconds, anchor == null ? 0 : triples / Math.max(anchorSeconds, 1e-9), target);
    }
}
