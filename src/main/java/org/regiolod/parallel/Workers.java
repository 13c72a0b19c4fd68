package org.regiolod.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * Runs independent, CPU-bound, read-only pieces of a build on every core and gives back their
 * results in the order of the pieces, so that the output does not depend on the number of cores.
 * One work-stealing pool per JVM: a piece may itself run pieces (a catalog pass validating its shapes)
 * without tying up a thread while it waits.
 */
public final class Workers {
    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private Workers() {}

    /**
     * Runs every piece and returns their results in order. If a piece fails, the first failure (in
     * the order of the pieces) is rethrown as it was thrown, after every piece has ended.
     */
    public static <T> List<T> all(List<? extends Callable<T>> pieces) {
        List<Piece<T>> tasks = new ArrayList<>(pieces.size());
        for (Callable<T> c : pieces) tasks.add(new Piece<>(c));
        if (ForkJoinTask.getPool() == POOL) ForkJoinTask.invokeAll(tasks);
        else POOL.invoke(new RecursiveAction() {
            @Override protected void compute() { ForkJoinTask.invokeAll(tasks); }
        });
        List<T> out = new ArrayList<>(tasks.size());
        for (Piece<T> t : tasks) {
            if (t.error instanceof RuntimeException e) throw e;
            if (t.error instanceof Error e) throw e;
            if (t.error != null) throw new IllegalStateException(t.error);
            out.add(t.value);
        }
        return out;
    }

    /** Two pieces of different types side by side: the first result, once both have ended. */
    public static <A, B> Pair<A, B> both(Callable<A> first, Callable<B> second) {
        List<Object> r = all(List.<Callable<Object>>of(first::call, second::call));
        @SuppressWarnings("unchecked") A a = (A) r.get(0);
        @SuppressWarnings("unchecked") B b = (B) r.get(1);
        return new Pair<>(a, b);
    }

    public record Pair<A, B>(A first, B second) {}

    /** A piece that keeps its own result or failure, so a failure is rethrown as the piece threw it. */
    private static final class Piece<T> extends RecursiveAction {
        private final Callable<T> work;
        private T value;
        private Throwable error;

        Piece(Callable<T> work) { this.work = work; }

        @Override protected void compute() {
            try {
                value = work.call();
            } catch (Throwable t) {
                error = t;
            }
        }
    }
}
