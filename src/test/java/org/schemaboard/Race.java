package org.schemaboard;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two writes that meet in the worst order, on real threads against the real database: the first runs inside a
 * transaction that stays open (it has read and written, it has not committed) while the second runs as far as it can
 * — to its end when nothing makes it wait, or until it waits for a lock in the database. Only then does the first
 * commit. Without a lock, both pass their checks on the same state; with one, the second reads what the first
 * committed.
 */
public final class Race {

    /** What a write returned, or what it threw. */
    public record Outcome(Object value, Throwable error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    public record Outcomes(Outcome first, Outcome second) {
        public long successes() {
            return (first.succeeded() ? 1 : 0) + (second.succeeded() ? 1 : 0);
        }
    }

    private Race() {
    }

    public static Outcomes run(PlatformTransactionManager transactions, Supplier<?> first, Supplier<?> second)
            throws InterruptedException {
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        AtomicReference<Outcome> one = new AtomicReference<>();
        AtomicReference<Outcome> two = new AtomicReference<>();
        Thread a = new Thread(() -> {
            try {
                Object value = new TransactionTemplate(transactions).execute(status -> {
                    Object result = first.get();
                    firstWrote.countDown();
                    await(commitFirst);
                    return result;
                });
                one.set(new Outcome(value, null));
            } catch (RuntimeException | Error e) {
                one.set(new Outcome(null, e));
            } finally {
                firstWrote.countDown();
            }
        }, "race-first");
        Thread b = new Thread(() -> {
            try {
                two.set(new Outcome(second.get(), null));
            } catch (RuntimeException | Error e) {
                two.set(new Outcome(null, e));
            }
        }, "race-second");
        a.start();
        if (!firstWrote.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the first write did not get through in 30 s");
        }
        b.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int readingFromServer = 0;
        while (b.isAlive() && !waitsInDatabase(b) && readingFromServer < SERVER_WAIT_POLLS
                && System.nanoTime() < deadline) {
            readingFromServer = readsFromDatabaseServer(b) ? readingFromServer + 1 : 0;
            Thread.sleep(5);
        }
        commitFirst.countDown();
        a.join(30_000);
        b.join(30_000);
        if (one.get() == null || two.get() == null) {
            throw new AssertionError("a write did not end in 30 s");
        }
        return new Outcomes(one.get(), two.get());
    }

    /** Whether the thread is parked inside the database engine: waiting for a row lock another transaction holds. */
    private static boolean waitsInDatabase(Thread thread) {
        Thread.State state = thread.getState();
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
            return false;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().startsWith("org.h2.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A thread waiting for a lock on a database server (PostgreSQL) is not parked but blocked reading the server's
     * answer; reading it for this many polls in a row (200 ms) counts as waiting for a lock, as no statement of a race
     * takes that long otherwise. (Before this the second write always ran into the 20 s deadline on PostgreSQL.)
     */
    private static final int SERVER_WAIT_POLLS = 40;

    private static boolean readsFromDatabaseServer(Thread thread) {
        boolean reading = false;
        for (StackTraceElement frame : thread.getStackTrace()) {
            String name = frame.getClassName();
            if (name.startsWith("sun.nio.ch.") || name.startsWith("java.net.")) {
                reading = true;
            } else if (name.startsWith("org.postgresql.")) {
                return reading;
            }
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the race was not released in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
