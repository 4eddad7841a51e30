package org.schemaboard.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs the parts of one rendering on an executor with the calling thread taking its share: a few helpers (one fewer
 * than the cores) are handed to the executor, and they and the caller each claim the next part nobody has started,
 * until none is left; the caller then waits only for parts that are running. So the rendering is never slower than
 * running it alone, uses no more threads than there are cores, puts only those few helpers in the executor's queue,
 * and cannot deadlock on a busy or full executor (or one whose threads are all callers of this); a refused helper is
 * no failure. {@code Runnable::run} as the executor renders sequentially.
 */
final class Parallel {

    /** More parts than threads, so a thread that finishes early takes another instead of waiting for the slowest. */
    private static final int PARTS = 8;

    private Parallel() {
    }

    /** {@code f} applied to each item, in the items' order. */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f, Executor executor) {
        int n = items.size();
        Object[] out = new Object[n];
        int parts = Math.min(PARTS, n);
        List<Runnable> tasks = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int from = p * n / parts;
            int to = (p + 1) * n / parts;
            tasks.add(() -> {
                for (int i = from; i < to; i++) {
                    out[i] = f.apply(items.get(i));
                }
            });
        }
        run(tasks, executor);
        @SuppressWarnings("unchecked")
        List<R> result = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
        return result;
    }

    /**
     * Runs all tasks and returns when all are done; the caller starts with the first (give it the longest). The first
     * failure is rethrown once every task has finished.
     */
    static void run(List<Runnable> tasks, Executor executor) {
        List<Part> parts = tasks.stream().map(Part::new).toList();
        int helpers = Math.min(parts.size() - 1, Runtime.getRuntime().availableProcessors() - 1);
        Thread caller = Thread.currentThread();
        for (int h = 0; h < helpers; h++) {
            try {
                executor.execute(() -> {
                    // an executor that runs the helper on the caller's thread (Runnable::run, a caller-runs policy)
                    // would start the later parts before the first: one waiting for the first would never end
                    if (Thread.currentThread() != caller) {
                        parts.subList(1, parts.size()).forEach(Part::run);
                    }
                });
            } catch (RejectedExecutionException e) {
                break; // the caller runs what is left
            }
        }
        parts.forEach(Part::run);
        Throwable failure = null;
        for (Part part : parts) {
            Throwable failed = part.await();
            if (failure == null) {
                failure = failed;
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /**
     * A value computed once, by whichever thread comes first: a thread of {@link #run(List, Executor)} that claims it
     * as a task, or a caller of {@link #get}, which otherwise waits for the thread computing it. So a task can use a
     * value another part computes side by side, and computes it itself when no thread has started it (sequential
     * rendering, a busy executor): no deadlock, as long as the computation itself waits for nothing.
     */
    static final class Shared<T> implements Runnable {
        private final java.util.function.Supplier<T> compute;
        private final Part part;
        private volatile T value;

        Shared(java.util.function.Supplier<T> compute) {
            this.compute = compute;
            this.part = new Part(() -> value = this.compute.get());
        }

        @Override
        public void run() {
            part.run();
        }

        T get() {
            part.run();
            Throwable failure = part.await();
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return value;
        }
    }

    /** A task that runs once, on whichever thread claims it first. */
    private static final class Part implements Runnable {
        private final Runnable task;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Throwable failure;

        private Part(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                task.run();
            } catch (Throwable t) {
                failure = t;
            } finally {
                done.countDown();
            }
        }

        private Throwable await() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    // the part is running on another thread and will finish; wait for it, then keep the interrupt
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return failure;
        }
    }
}
