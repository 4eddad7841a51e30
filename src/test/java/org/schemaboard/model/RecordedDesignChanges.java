package org.schemaboard.model;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.schemaboard.base.DesignChanged;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Receives {@link DesignChanged} the way real listeners do, through {@code @TransactionalEventListener}: after commit
 * only. Delivery happens on the committing thread before the service call returns, so a test can count right after.
 */
@TestComponent
class RecordedDesignChanges {

    private final List<DesignChanged> received = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(DesignChanged event) {
        received.add(event);
    }

    /** What was announced about one design, oldest first. */
    List<DesignChanged> about(UUID designId) {
        return received.stream().filter(e -> e.designId().equals(designId)).toList();
    }
}
