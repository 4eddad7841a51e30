package org.schemaboard.collab;

import java.util.UUID;
import java.util.function.Consumer;
import org.schemaboard.base.DesignChanged;

/** Delivers committed design changes and presence changes to whoever has that design open. */
public interface DesignEventBus {

    /** Starts delivering the design's events to {@code listener}; close the returned handle to stop. */
    Subscription subscribe(UUID designId, Consumer<DesignChanged> changes, Consumer<UUID> presenceChanged);

    /** Called once per committed change. */
    void publish(DesignChanged change);

    /** Called when someone joins, leaves or moves within a design. */
    void publishPresence(UUID designId);

    /** A subscription; closing it twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
