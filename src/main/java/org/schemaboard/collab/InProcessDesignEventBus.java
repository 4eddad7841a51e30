package org.schemaboard.collab;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.schemaboard.base.DesignChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The bus for one app node. Services publish {@link DesignChanged} inside their transaction; this bus receives it
 * only after commit, so listeners never see a change that was rolled back. Listeners are called on the committing
 * thread and must only hand work over (Vaadin views do {@code ui.access}).
 */
@Component
class InProcessDesignEventBus implements DesignEventBus {

    private static final Logger log = LoggerFactory.getLogger(InProcessDesignEventBus.class);

    private record Listener(Consumer<DesignChanged> changes, Consumer<UUID> presence) {
    }

    private final Map<UUID, List<Listener>> listeners = new ConcurrentHashMap<>();

    @Override
    public Subscription subscribe(UUID designId, Consumer<DesignChanged> changes, Consumer<UUID> presenceChanged) {
        Listener listener = new Listener(changes, presenceChanged);
        listeners.computeIfAbsent(designId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(designId, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(DesignChanged change) {
        publish(change);
    }

    @Override
    public void publish(DesignChanged change) {
        for (Listener listener : listeners.getOrDefault(change.designId(), List.of())) {
            try {
                listener.changes().accept(change);
            } catch (RuntimeException e) {
                log.warn("A listener of design {} failed", change.designId(), e);
            }
        }
    }

    @Override
    public void publishPresence(UUID designId) {
        for (Listener listener : listeners.getOrDefault(designId, List.of())) {
            try {
                listener.presence().accept(designId);
            } catch (RuntimeException e) {
                log.warn("A presence listener of design {} failed", designId, e);
            }
        }
    }

    /** Open subscriptions, for tests and leak checks. */
    int subscriptionCount() {
        return listeners.values().stream().mapToInt(List::size).sum();
    }
}
