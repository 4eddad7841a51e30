package org.schemaboard;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.schemaboard.base.DesignChanged;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Collects every {@link DesignChanged} as a real listener receives it: through {@code @TransactionalEventListener},
 * i.e. after commit. Tests share the context, so they read the events of their own design only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedDesignEvents {

    private final List<DesignChanged> received = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(DesignChanged event) {
        received.add(event);
    }

    /** The events received so far about one design, oldest first. */
    public List<DesignChanged> about(UUID designId) {
        return received.stream().filter(e -> e.designId().equals(designId)).toList();
    }

    /** The events received so far whose actor is the given username, oldest first. */
    public List<DesignChanged> by(String username) {
        return received.stream().filter(e -> e.actor().equals(username)).toList();
    }
}
