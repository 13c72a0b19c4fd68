package org.regiolod.web.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** One model per data version: built once, kept while the version lasts, replaced by the next version's. */
class PerVersionModelTest {
    @Test
    void aVersionIsBuiltOnceAndANewVersionReplacesIt() {
        PerVersionModel<Object> models = new PerVersionModel<>();
        AtomicInteger builds = new AtomicInteger();
        assertNull(models.version());
        Object v1 = models.get("v1", () -> { builds.incrementAndGet(); return new Object(); });
        assertSame(v1, models.get("v1", () -> { builds.incrementAndGet(); return new Object(); }));
        assertEquals(1, builds.get());
        Object v2 = models.get("v2", () -> { builds.incrementAndGet(); return new Object(); });
        assertNotSame(v1, v2);
        assertEquals(2, builds.get());
        assertEquals("v2", models.version());
        assertSame(v2, models.get("v2", Object::new));
    }

    @Test
    void concurrentFirstRequestsWaitForOneBuild() throws Exception {
        PerVersionModel<Object> models = new PerVersionModel<>();
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1), release = new CountDownLatch(1);
        Object built = new Object();
        List<Object> got = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> got.add(models.get("v1", () -> {
                builds.incrementAndGet();
                building.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return built;
            })));
            threads.add(t);
            t.start();
        }
        building.await();
        // Every other thread is either not yet at the model or blocked on the build in progress.
        for (Thread t : threads) {
            while (t.getState() == Thread.State.RUNNABLE || t.getState() == Thread.State.NEW) Thread.onSpinWait();
        }
        release.countDown();
        for (Thread t : threads) t.join();
        assertEquals(1, builds.get());
        assertEquals(8, got.size());
        for (Object o : got) assertSame(built, o);
    }
}
