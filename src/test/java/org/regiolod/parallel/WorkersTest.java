package org.regiolod.parallel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract the build relies on when it runs pieces side by side. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a deadlock fails the test instead of hanging the build
class WorkersTest {

    @Test
    void resultsComeInTheOrderOfThePiecesNotTheOrderTheyEnd() {
        List<Callable<Integer>> pieces = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            pieces.add(() -> {
                Thread.sleep((50 - n) % 7); // later pieces tend to end first
                return n * n;
            });
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) expected.add(i * i);
        assertEquals(expected, Workers.all(pieces));
    }

    @Test
    void theFirstFailureInPieceOrderIsRethrownAsThrownAfterEveryPieceEnded() {
        IllegalArgumentException first = new IllegalArgumentException("piece 1");
        IllegalStateException second = new IllegalStateException("piece 2");
        CountDownLatch secondFailed = new CountDownLatch(1);
        AtomicInteger ended = new AtomicInteger();
        List<Callable<String>> pieces = List.of(
                () -> { ended.incrementAndGet(); return "ok"; },
                () -> { secondFailed.await(5, TimeUnit.SECONDS); ended.incrementAndGet(); throw first; },
                () -> { ended.incrementAndGet(); secondFailed.countDown(); throw second; },
                () -> { Thread.sleep(20); ended.incrementAndGet(); return "late"; });
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Workers.all(pieces));
        assertSame(first, thrown, "the same exception object, not a copy or a wrapper");
        assertEquals(4, ended.get(), "no piece is abandoned while it runs");
    }

    @Test
    void aCheckedExceptionIsWrappedWithItsCause() {
        Exception checked = new java.io.IOException("disk");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Workers.all(List.<Callable<String>>of(() -> { throw checked; })));
        assertSame(checked, thrown.getCause());
    }

    @Test
    void piecesMayRunPiecesWithoutTyingUpTheWorkers() {
        // More nested pieces than cores, each waiting for its own: a plain fixed pool would deadlock.
        int cores = Runtime.getRuntime().availableProcessors();
        List<Callable<Integer>> outer = new ArrayList<>();
        for (int i = 0; i < cores * 3; i++) {
            int n = i;
            outer.add(() -> Workers.all(List.<Callable<Integer>>of(() -> n, () -> 10 * n)).stream().mapToInt(Integer::intValue).sum());
        }
        List<Integer> sums = Workers.all(outer);
        for (int i = 0; i < sums.size(); i++) assertEquals(11 * i, sums.get(i));
    }

    @Test
    void bothGivesEachResultInItsPlace() {
        Workers.Pair<String, Integer> p = Workers.both(() -> "text", () -> 42);
        assertEquals("text", p.first());
        assertEquals(42, p.second());
    }

    @Test
    void piecesRunOnTheSharedPoolSideBySideWhenThereAreSeveralCores() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        int cores = Runtime.getRuntime().availableProcessors();
        CountDownLatch allStarted = new CountDownLatch(Math.min(cores, 2));
        List<Callable<Boolean>> pieces = new ArrayList<>();
        for (int i = 0; i < Math.min(cores, 2); i++) {
            pieces.add(() -> {
                threads.add(Thread.currentThread().getName());
                allStarted.countDown();
                return allStarted.await(10, TimeUnit.SECONDS); // true only if they ran at the same time
            });
        }
        assertTrue(Workers.all(pieces).stream().allMatch(b -> b), "the pieces ran at the same time");
        assertEquals(Math.min(cores, 2), threads.size(), "one thread per piece: " + threads);
    }
}
