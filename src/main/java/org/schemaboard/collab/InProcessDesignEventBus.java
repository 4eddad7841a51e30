package org.schemaboard.collab;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.schemaboard.base.ChangeOrigin;
import org.schemaboard.base.DesignChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The bus for one app node. Services publish {@link DesignChanged} inside their transaction; this bus receives it
 * only after commit, so listeners never see a change that was rolled back.
 *
 * <p>Listeners are called on the bus's own delivery threads, never on the thread that committed or changed presence.
 * A Vaadin view's {@code ui.access} runs the refresh and pushes it on the calling thread whenever that UI's session
 * is free, so calling listeners on the committing thread made the person who saved wait while every other open editor
 * reloaded, re-rendered and received its push, one after the other (the collaboration benchmark measured the save
 * growing with the number of open editors).
 *
 * <p>Each listener gets its events one at a time and in the order they were published (a lane per listener on the
 * shared delivery threads), so a view that applies changes one by one never sees v3 of an element before v2; different
 * listeners run concurrently.
 *
 * <p>The delivery threads are the bus's own, not the application's {@code BackgroundWork}: a delivery is a few
 * milliseconds of latency-critical work that must never be dropped (a lost event leaves an editor showing a stale
 * design), while background work is exports and imports that take seconds and is refused when the queue is full.
 * Sharing one bounded pool would let four exports delay every live update by seconds, and a full queue would lose
 * committed changes. This pool's queue is unbounded, and bounded in practice by one lane task per listener.
 */
@Component
class InProcessDesignEventBus implements DesignEventBus {

    private static final Logger log = LoggerFactory.getLogger(InProcessDesignEventBus.class);

    /** Refreshes are CPU work plus a database read and a socket write: a few threads more than cores. */
    private static final int DELIVERY_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /** Calls not yet made, oldest first; {@link #draining} while a delivery thread works through them. */
    private static class Queued {
        volatile boolean open = true;
        final Queue<Runnable> lane = new ConcurrentLinkedQueue<>();
        final AtomicBoolean draining = new AtomicBoolean();
    }

    private static final class Listener extends Queued {
        private final Consumer<DesignChanged> changes;
        private final Consumer<UUID> presence;

        private Listener(Consumer<DesignChanged> changes, Consumer<UUID> presence) {
            this.changes = changes;
            this.presence = presence;
        }
    }

    private final Map<UUID, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newFixedThreadPool(DELIVERY_THREADS, new Threads());

    @Override
    public Subscription subscribe(UUID designId, Consumer<DesignChanged> changes, Consumer<UUID> presenceChanged) {
        Listener listener = new Listener(changes, presenceChanged);
        listeners.computeIfAbsent(designId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> {
            // Deliveries already queued for it are dropped: the view that subscribed is going away.
            listener.open = false;
            listeners.computeIfPresent(designId, (k, list) -> {
                list.remove(listener);
                return list.isEmpty() ? null : list;
            });
        };
    }

    @Override
    public Lane newLane() {
        Queued queued = new Queued();
        return new Lane() {
            @Override
            public void execute(Runnable task) {
                deliver(queued, task, null);
            }

            @Override
            public void close() {
                queued.open = false;
            }
        };
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(DesignChanged change) {
        ChangeOrigin.committed(change);
        publish(change);
    }

    @Override
    public void publish(DesignChanged change) {
        for (Listener listener : listeners.getOrDefault(change.designId(), List.of())) {
            deliver(listener, () -> listener.changes.accept(change), change.designId());
        }
    }

    @Override
    public void publishPresence(UUID designId) {
        for (Listener listener : listeners.getOrDefault(designId, List.of())) {
            deliver(listener, () -> listener.presence.accept(designId), designId);
        }
    }

    private void deliver(Queued listener, Runnable call, UUID designId) {
        listener.lane.add(() -> {
            try {
                call.run();
            } catch (RuntimeException e) {
                log.error("A listener of design {} failed", designId, e);
            }
        });
        schedule(listener, designId);
    }

    /** Starts a delivery thread on the listener's lane unless one is on it already. */
    private void schedule(Queued listener, UUID designId) {
        if (!listener.draining.compareAndSet(false, true)) {
            return;
        }
        try {
            delivery.execute(() -> drain(listener, designId));
        } catch (RejectedExecutionException e) {
            listener.draining.set(false);
            log.debug("Shutting down: an event for design {} was not delivered", designId);
        }
    }

    private void drain(Queued listener, UUID designId) {
        try {
            for (Runnable call; (call = listener.lane.poll()) != null; ) {
                if (listener.open) {
                    call.run();
                }
            }
        } finally {
            listener.draining.set(false);
        }
        // published after the poll above found the lane empty but before the flag was cleared: nobody else saw it
        if (!listener.lane.isEmpty()) {
            schedule(listener, designId);
        }
    }

    @Override
    public Set<UUID> subscribedDesigns() {
        return Set.copyOf(listeners.keySet());
    }

    /** Open subscriptions, for tests and leak checks. */
    int subscriptionCount() {
        return listeners.values().stream().mapToInt(List::size).sum();
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        delivery.shutdown();
        delivery.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static final class Threads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "design-events-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
