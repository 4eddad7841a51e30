package org.schemaboard.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.collab.DesignEventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The design model as it is after each committed change, loaded once per change for every open editor of that design
 * on this node (not once per editor). One bus subscription per watched design: a change arrives on the bus's delivery
 * thread, the model is read there (never on the committing thread, never under a UI's session lock), and every
 * watcher receives the same immutable model with the changes it covers, on a lane of its own ({@link
 * DesignEventBus#newLane()}), so open editors apply and push concurrently instead of each waiting for the ones
 * before it. Changes that arrive while a read runs are covered by one more read when it ends, so a burst costs two
 * reads, not one per change.
 */
@Component
public class LiveModels {

    private static final Logger log = LoggerFactory.getLogger(LiveModels.class);

    private final DesignEventBus bus;
    private final DesignModelService models;
    private final Map<UUID, Channel> channels = new ConcurrentHashMap<>();

    LiveModels(DesignEventBus bus, DesignModelService models) {
        this.bus = bus;
        this.models = models;
    }

    /** What a watcher receives: the model after the changes, and the changes (oldest first). */
    @FunctionalInterface
    public interface Watcher extends BiConsumer<DesignModel, List<DesignChanged>> {
    }

    /** A watch that ends with {@link #close()}. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Watches a design for an open editor of the member {@code userId}, who has already been let in; the model is read
     * as one of the design's open watchers, so a member who was removed meanwhile no longer makes it readable.
     */
    public Watch watch(UUID designId, UUID userId, DesignModel current, Watcher watcher) {
        Registration registration = new Registration(userId, watcher, bus.newLane());
        channels.compute(designId, (id, channel) -> {
            Channel open = channel == null ? new Channel(id, current) : channel;
            open.registrations.add(registration);
            return open;
        });
        return () -> channels.computeIfPresent(designId, (id, channel) -> {
            channel.registrations.remove(registration);
            registration.lane().close();
            if (channel.registrations.isEmpty()) {
                channel.subscription.close();
                return null;
            }
            return channel;
        });
    }

    /** How many reads have served changes since start, for tests and the benchmark. */
    public long reads() {
        return reads.get();
    }

    private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

    private record Registration(UUID userId, Watcher watcher, DesignEventBus.Lane lane) {
    }

    private final class Channel {
        private final UUID designId;
        private final List<Registration> registrations = new CopyOnWriteArrayList<>();
        private final Queue<DesignChanged> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean reading = new AtomicBoolean();
        private final DesignEventBus.Subscription subscription;
        /** The model last handed to the watchers (or the first watcher's own), the base of a partial read. */
        private volatile DesignModel last;

        Channel(UUID designId, DesignModel current) {
            this.designId = designId;
            this.last = current;
            this.subscription = bus.subscribe(designId, this::changed, presence -> { });
        }

        private void changed(DesignChanged change) {
            pending.add(change);
            while (!pending.isEmpty() && reading.compareAndSet(false, true)) {
                try {
                    List<DesignChanged> batch = new ArrayList<>();
                    for (DesignChanged c; (c = pending.poll()) != null; ) {
                        batch.add(c);
                    }
                    if (!batch.isEmpty()) {
                        read(batch);
                    }
                } finally {
                    reading.set(false);
                }
            }
        }

        private void read(List<DesignChanged> batch) {
            DesignModel model = null;
            for (Registration r : registrations) {
                model = models.loadFor(r.userId(), designId, last, batch).orElse(null);
                if (model != null) {
                    break;
                }
            }
            if (model == null) {
                log.debug("Design {} is gone or has no member watching any more", designId);
                return;
            }
            reads.incrementAndGet();
            last = model;
            List<DesignChanged> changes = List.copyOf(batch);
            DesignModel read = model;
            for (Registration r : registrations) {
                r.lane().execute(() -> {
                    try {
                        r.watcher().accept(read, changes);
                    } catch (RuntimeException e) {
                        log.error("A watcher of design {} failed", designId, e);
                    }
                });
            }
        }
    }
}
