package org.schemaboard.undo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.SignedInUser;
import org.schemaboard.base.UndoCapture;
import org.schemaboard.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects what one transaction touches and, just before it commits, stores the states before and after as one step
 * of the person's undo history (when anything changed). One step per transaction: a whole import is one step.
 */
@Component
class UndoRecorder implements UndoCapture {

    /** Steps kept per person and design. */
    static final int KEEP = 100;

    private static final ThreadLocal<Boolean> PAUSED = new ThreadLocal<>();

    private final ElementRows rows;
    private final UndoRepository steps;
    private final CurrentUser currentUser;
    private final ObjectMapper json = new ObjectMapper();

    UndoRecorder(ElementRows rows, UndoRepository steps, CurrentUser currentUser) {
        this.rows = rows;
        this.steps = steps;
        this.currentUser = currentUser;
    }

    /** Runs an undo or redo, which is recorded as a change but is not itself a step to undo. */
    void paused(Runnable write) {
        PAUSED.set(true);
        try {
            write.run();
        } finally {
            PAUSED.remove();
        }
    }

    @Override
    public void before(UUID designId, ElementType type, UUID elementId) {
        Pending pending = pending(designId);
        ElementKind kind = ElementKind.of(type).orElse(null);
        if (pending == null || kind == null || pending.before.containsKey(new Key(kind, elementId))) {
            return;
        }
        rows.read(kind, List.of(elementId)).forEach((id, state) -> pending.before.put(new Key(kind, id), state));
        pending.before.putIfAbsent(new Key(kind, elementId), null);
        for (Map.Entry<ElementKind, Set<UUID>> d : rows.dependants(kind, elementId).entrySet()) {
            List<UUID> fresh = d.getValue().stream().filter(id -> !pending.before.containsKey(new Key(d.getKey(), id)))
                    .toList();
            rows.read(d.getKey(), fresh).forEach((id, state) -> pending.before.put(new Key(d.getKey(), id), state));
        }
    }

    @Override
    public void created(UUID designId, ElementType type, UUID elementId) {
        Pending pending = pending(designId);
        ElementKind kind = ElementKind.of(type).orElse(null);
        if (pending != null && kind != null) {
            pending.before.putIfAbsent(new Key(kind, elementId), null);
        }
    }

    @Override
    public void recorded(Change change) {
        if (Boolean.TRUE.equals(PAUSED.get()) || change.designId() == null) {
            return;
        }
        if (change.action() == ChangeAction.CREATE && change.elementType() == ElementType.DESIGN) {
            Pending pending = pending(change.designId());
            if (pending != null) { // a design made whole in one go (an import as a new design): delete it instead
                pending.newDesign = true;
            }
        } else if (change.action() == ChangeAction.CREATE) {
            created(change.designId(), change.elementType(), change.elementId());
        }
        Object key = key(change.designId());
        if (TransactionSynchronizationManager.hasResource(key)) {
            Pending pending = (Pending) TransactionSynchronizationManager.getResource(key);
            if (pending.label == null) {
                pending.label = describe(change);
            }
        }
    }

    @Override
    public void describe(UUID designId, String label) {
        Pending pending = pending(designId);
        if (pending != null) {
            pending.label = label;
        }
    }

    /** The transaction's step in the making, begun at its first touch; null outside a transaction or while paused. */
    private Pending pending(UUID designId) {
        if (Boolean.TRUE.equals(PAUSED.get()) || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object key = key(designId);
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            pending = new Pending(designId);
            TransactionSynchronizationManager.bindResource(key, pending);
            Pending bound = pending;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    store(bound);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return pending;
    }

    private void store(Pending pending) {
        UUID actor = currentUser.get().map(SignedInUser::id).orElse(null);
        if (actor == null || pending.newDesign) { // start-up work (the demo), or a new design: not a step
            return;
        }
        Map<ElementKind, List<UUID>> byKind = new LinkedHashMap<>();
        pending.before.keySet().forEach(k -> byKind.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(k.id()));
        List<StepElement> changed = new ArrayList<>();
        byKind.forEach((kind, ids) -> {
            Map<UUID, State> after = rows.read(kind, ids);
            for (UUID id : ids) {
                State before = pending.before.get(new Key(kind, id));
                State now = after.get(id);
                boolean same = before == null ? now == null : now != null && State.changed(before, now).isEmpty();
                if (!same) {
                    changed.add(new StepElement(kind.type, id, before, now));
                }
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        String label = pending.label != null ? pending.label : changed.get(0).label();
        try {
            steps.add(pending.designId, actor, label, json.writeValueAsString(changed), KEEP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an undo step", e);
        }
    }

    List<StepElement> elements(String stored) {
        try {
            return List.of(json.readValue(stored, StepElement[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read an undo step", e);
        }
    }

    /** "changed entity orders", "imported a PostgreSQL dump: …". */
    private static String describe(Change change) {
        String verb = switch (change.action()) {
            case CREATE -> "added";
            case DELETE -> "deleted";
            case MOVE -> "moved";
            case IMPORT -> "imported";
            default -> "changed";
        };
        return change.action() == ChangeAction.IMPORT ? verb + " " + change.label()
                : verb + " " + change.elementType().label() + " " + change.label();
    }

    private static Object key(UUID designId) {
        return "undo-step:" + designId;
    }

    private record Key(ElementKind kind, UUID id) {
    }

    private static final class Pending {
        private final UUID designId;
        private final Map<Key, State> before = new LinkedHashMap<>();
        private String label;
        private boolean newDesign;

        private Pending(UUID designId) {
            this.designId = designId;
        }
    }
}
