package org.regiolod.web.api;

import org.junit.jupiter.api.Test;
import org.regiolod.web.api.ApiModel.Intervention;
import org.regiolod.web.api.Rows.Row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans' interventions kept per (version, plan): built once, dropped with their version, bounded, one build for concurrent misses. */
class PlanInterventionsCacheTest {
    private static final PlanInterventions EMPTY = PlanInterventions.of(List.<Row>of(), Map.of(), Map.<String, Intervention>of());

    /** A build that counts how often it runs and gives a new entry each time. */
    private static Supplier<PlanInterventions> counting(AtomicInteger builds) {
        return () -> {
            builds.incrementAndGet();
            return PlanInterventions.of(List.<Row>of(), Map.of(), Map.<String, Intervention>of());
        };
    }

    @Test
    void eachVersionAndPlanIsBuiltOnceAndANewVersionGetsNewEntries() {
        PlanInterventionsCache cache = new PlanInterventionsCache();
        AtomicInteger builds = new AtomicInteger();
        PlanInterventions a1 = cache.get("v1", "plan-a", counting(builds));
        assertSame(a1, cache.get("v1", "plan-a", counting(builds)));
        PlanInterventions b1 = cache.get("v1", "plan-b", counting(builds));
        assertNotSame(a1, b1);
        assertEquals(2, builds.get());
        assertEquals(2, cache.plans());

        PlanInterventions a2 = cache.get("v2", "plan-a", counting(builds));
        assertNotSame(a1, a2);
        assertEquals(3, builds.get());
        // v1's entries are dropped when v2 is first asked for: only v2's plan is kept.
        assertEquals(1, cache.plans());
        assertSame(a2, cache.get("v2", "plan-a", counting(builds)));
    }

    @Test
    void aPlanWithoutInterventionsIsNotKept() {
        PlanInterventionsCache cache = new PlanInterventionsCache();
        AtomicInteger builds = new AtomicInteger();
        Supplier<PlanInterventions> none = () -> { builds.incrementAndGet(); return null; };
        assertNull(cache.get("v1", "no-such-plan", none));
        assertNull(cache.get("v1", "no-such-plan", none));
        assertEquals(2, builds.get());
        assertEquals(0, cache.plans());
    }

    @Test
    void theCacheIsBoundedByItsWeightInInterventions() {
        // Each empty entry weighs 1: a bound of 10 keeps at most 10 plans however many are asked for.
        PlanInterventionsCache cache = new PlanInterventionsCache(10);
        for (int i = 0; i < 100; i++) cache.get("v1", "plan-" + i, () -> EMPTY);
        assertTrue(cache.plans() <= 10, "kept " + cache.plans());
    }

    @Test
    void concurrentFirstRequestsWaitForOneBuild() throws Exception {
        PlanInterventionsCache cache = new PlanInterventionsCache();
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1), release = new CountDownLatch(1);
        List<PlanInterventions> got = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> got.add(cache.get("v1", "plan-a", () -> {
                builds.incrementAndGet();
                building.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return EMPTY;
            })));
            threads.add(t);
            t.start();
        }
        building.await();
        // Every other thread is either not yet at the cache or blocked on the build in progress.
        for (Thread t : threads) {
            while (t.getState() == Thread.State.RUNNABLE || t.getState() == Thread.State.NEW) Thread.onSpinWait();
        }
        release.countDown();
        for (Thread t : threads) t.join();
        assertEquals(1, builds.get());
        assertEquals(8, got.size());
        for (PlanInterventions p : got) assertSame(EMPTY, p);
    }
}
