package org.schemaboard.collab;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.schemaboard.base.DesignChanged;

/** Delivers committed design changes and presence changes to whoever has that design open. */
public interface DesignEventBus {

    /** Starts delivering the design's events to {@code listener}; close the returned handle to stop. */
    Subscription subscribe(UUID designId, Consumer<DesignChanged> changes, Consumer<UUID> presenceChanged);

    /**
     * A lane of its own on the delivery threads: its tasks run one at a time and in order, concurrently with every
     * other lane, so one open editor's refresh and push never waits for another's.
     */
    Lane newLane();

    /** Called once per committed change. */
    void publish(DesignChanged change);

    /** The designs that have at least one subscriber on this node. */
    Set<UUID> subscribedDesigns();

    /** Called when someone joins, leaves or moves within a design. */
    void publishPresence(UUID designId);

    /** Runs tasks in order on the delivery threads; after {@link #close()} tasks not yet run are dropped. */
    interface Lane extends Executor, AutoCloseable {
        @Override
        void close();
    }

    /** A subscription; closing it twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
