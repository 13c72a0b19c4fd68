package org.regiolod.bench;

import java.util.function.Supplier;

/** Times one piece of work (wall clock), returning its value and the seconds it took. */
record Stopwatch<T>(T value, double seconds) {
    static <T> Stopwatch<T> time(Supplier<T> work) {
        long start = System.nanoTime();
        T v = work.get();
        return new Stopwatch<>(v, (System.nanoTime() - start) / 1e9);
    }

    static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
