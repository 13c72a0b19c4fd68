package org.regiolod.bench;

import java.util.List;

/**
 * The resources a serve row asks for, taken from the generated tree: its plans and the interventions
 * each has ({@code I.1} … {@code I.n}). {@code n}-th request → the n-th (plan, intervention) pair.
 */
record Sample(String base, List<String> plans, int interventionsPerPlan) {
    String plan(int n) { return plans.get(Math.floorMod(n, plans.size())); }

    String intervention(int n) {
        int k = Math.floorMod(n, plans.size() * interventionsPerPlan);
        return plans.get(k % plans.size()) + "/I." + (1 + k / plans.size());
    }

    String planUri(int n) { return base + "id/piano/" + plan(n); }

    String interventionUri(int n) { return base + "id/intervento/" + intervention(n); }
}
