package org.schemaboard.base;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;

/**
 * The one executor for work that should not hold up the thread that asked for it: exports, SQL previews and imports,
 * notification pushes. A fixed number of threads named {@code background-N} take tasks from a bounded queue; when the
 * queue is full a task is refused at once ({@link #BUSY}) rather than left waiting behind work that may take minutes.
 *
 * <p>A task runs as the person who handed it over: the caller's Spring Security context goes with it, so a service
 * called there checks roles and writes the audit log for that person, as it would on the request thread.
 *
 * <p>On shutdown the queue is closed to new work and the tasks already taken are given {@link #shutdownWait} to
 * finish (an import in the middle of its transaction commits or rolls back) before the database goes away.
 */
public final class BackgroundWork implements TaskExecutor, SmartLifecycle {

    /** What a person is told when the queue is full. */
    public static final String BUSY = "The server is busy: nothing was started. Try again in a moment.";

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final Duration shutdownWait;
    private volatile boolean running;

    /**
     * @param threads       how many tasks run at once
     * @param queueCapacity how many more may wait; beyond that a task is refused
     * @param shutdownWait  how long shutdown waits for the tasks already taken
     */
    public BackgroundWork(int threads, int queueCapacity, Duration shutdownWait) {
        this.shutdownWait = shutdownWait;
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(queueCapacity);
        pool.setThreadNamePrefix("background-");
        pool.setRejectedExecutionHandler(new ThreadPoolExecutor.AbortPolicy());
        // decorated on the caller's thread: the context captured is the caller's
        pool.setTaskDecorator(task -> DelegatingSecurityContextRunnable.create(task, null));
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationMillis(shutdownWait.toMillis());
        pool.initialize();
        running = true;
    }

    /**
     * Runs {@code task} on a background thread as the calling person.
     *
     * @throws TaskRejectedException with {@link #BUSY} as its message when the queue is full or the server is
     *                               shutting down
     */
    @Override
    public void execute(Runnable task) {
        try {
            pool.execute(task);
        } catch (TaskRejectedException e) {
            throw new TaskRejectedException(BUSY, e);
        }
    }

    /**
     * Runs {@code task} as the person of {@code context} instead of the caller: work done for someone else (their bell,
     * after another person's change committed) sees them as the signed-in person.
     */
    public void executeAs(SecurityContext context, Runnable task) {
        execute(DelegatingSecurityContextRunnable.create(task, context));
    }

    /**
     * Starts work a person is waiting for. The future completes with its result or its exception (not wrapped), or
     * at once with a {@link ServerBusyException} when the queue is full, so the view handles every outcome in one
     * place.
     */
    public <T> CompletableFuture<T> start(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            execute(() -> {
                try {
                    result.complete(work.get());
                } catch (Throwable failed) {
                    result.completeExceptionally(failed);
                }
            });
        } catch (TaskRejectedException e) {
            result.completeExceptionally(new ServerBusyException());
        }
        return result;
    }

    /** Tasks waiting for a thread, for tests and monitoring. */
    public int queued() {
        return pool.getQueueSize();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Refuses new work, then waits up to {@link #shutdownWait} for the work already taken. */
    @Override
    public void stop() {
        running = false;
        pool.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stopped after the web server stopped taking requests (so no new work arrives) and before the web server and the
     * database are closed (so the work already taken can finish and push its result).
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1536;
    }

    @Override
    public String toString() {
        return "BackgroundWork[" + pool.getCorePoolSize() + " threads, " + shutdownWait.toSeconds() + " s to finish]";
    }
}
