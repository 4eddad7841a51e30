package org.schemaboard.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Loads a whole design as a {@link DesignModel}, for any member. */
@Service
public class DesignModelService {

    private final DesignService designs;
    private final ModelReader reader;
    private final AuditLog auditLog;
    /** Two designs of 10,000 tables, or many smaller ones. */
    private final LoadedModels loaded = new LoadedModels(16, 450_000);

    DesignModelService(DesignService designs, ModelReader reader, AuditLog auditLog) {
        this.designs = designs;
        this.reader = reader;
        this.auditLog = auditLog;
    }

    /**
     * The design's history for any member, newest first: every change with who, when, old and new values.
     *
     * @param elementId only this element, or null
     * @param actor     only this person's changes (username), or null
     */
    @Transactional(readOnly = true)
    public List<AuditRecord> history(UUID designId, UUID elementId, String actor, int limit) {
        designs.requireRole(designId, RoleRequirement.READ);
        return auditLog.forDesign(designId, elementId, actor, limit);
    }

    /**
     * The whole design as one consistent state. Read-only at SERIALIZABLE because that is the level at which H2 reads
     * every table from one snapshot (at REPEATABLE READ it takes each table's snapshot when the table is first read;
     * PostgreSQL's REPEATABLE READ would do). A read-only transaction takes no locks and fails no writer.
     */
    @Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
    public DesignModel load(UUID designId) {
        return model(designs.get(designId));
    }

    /**
     * Like {@link #load} but always read from the database, never from the models kept of recent reads: for checks
     * after writes that bypass the services (bulk set-up of a benchmark or a test) and for measuring the read itself.
     */
    @Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
    public DesignModel loadFresh(UUID designId) {
        DesignSummary design = designs.get(designId);
        loaded.forget(designId);
        return assemble(design, reader.load(design.id()));
    }

    /** Loads served from the models kept of recent reads, and loads read from the database, since start. */
    public long[] cacheCounts() {
        return loaded.counts();
    }

    /**
     * The model as the member {@code userId} sees it, for {@link LiveModels}, which reads on the event bus's thread
     * where nobody is signed in; empty when the design is gone or the person is no longer a member.
     */
    @Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
    Optional<DesignModel> loadFor(UUID userId, UUID designId) {
        return designs.getAs(userId, designId).map(this::model);
    }

    /**
     * Like {@link #loadFor(UUID, UUID)} after the {@code changes}: only the entities they touched are re-read into
     * {@code previous} when that is enough (see {@link #touchedEntities}); otherwise the whole design is read.
     */
    @Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
    Optional<DesignModel> loadFor(UUID userId, UUID designId, DesignModel previous, List<DesignChanged> changes) {
        return designs.getAs(userId, designId).map(design -> after(design, previous, changes));
    }

    /**
     * The design after the signed-in person's own {@code changes} to {@code previous}, read the way
     * {@link LiveModels} reads for everyone else: the touched entities alone when that is enough, else whole.
     */
    @Transactional(readOnly = true, isolation = Isolation.SERIALIZABLE)
    public DesignModel loadAfter(DesignModel previous, List<DesignChanged> changes) {
        return after(designs.get(previous.designId()), previous, changes);
    }

    private DesignModel after(DesignSummary design, DesignModel previous, List<DesignChanged> changes) {
        Set<UUID> touched = touchedEntities(changes, previous);
        return touched == null ? model(design) : patched(design, previous, touched).orElseGet(() -> model(design));
    }

    /**
     * The entities whose rows the changes touched, when that is all they changed: entity and attribute updates and
     * moves of elements the previous model knows. Null when the design must be read whole (anything added or deleted,
     * relationships, indexes, query patterns, the design itself, imports, or no changes noted at all).
     */
    static Set<UUID> touchedEntities(List<DesignChanged> changes, DesignModel previous) {
        if (previous == null || changes.isEmpty()) {
            return null;
        }
        Set<UUID> entities = new HashSet<>();
        Set<UUID> attributes = new HashSet<>();
        for (DesignChanged change : changes) {
            if (change.action() != ChangeAction.UPDATE && change.action() != ChangeAction.MOVE) {
                return null;
            }
            switch (change.elementType()) {
                case ENTITY -> {
                    if (previous.entity(change.elementId()).isEmpty()) {
                        return null;
                    }
                    entities.add(change.elementId());
                }
                case ATTRIBUTE -> attributes.add(change.elementId());
                default -> {
                    return null;
                }
            }
        }
        if (!attributes.isEmpty()) {
            // the owners in one pass over the columns (a map of all 200,000 at 10,000 tables cost more than the read)
            int found = 0;
            for (Entity e : previous.entities()) {
                for (var a : e.attributes()) {
                    if (attributes.contains(a.id())) {
                        entities.add(e.id());
                        found++;
                    }
                }
            }
            if (found < attributes.size()) {
                return null;
            }
        }
        return entities;
    }

    /** The previous model with the given entities read again, when each is still there under the same name. */
    private Optional<DesignModel> patched(DesignSummary design, DesignModel previous, Set<UUID> changedEntities) {
        List<Entity> entities = new ArrayList<>(previous.entities());
        for (UUID id : changedEntities) {
            Entity fresh = reader.entity(id).orElse(null);
            int at = indexOf(entities, id);
            if (fresh == null || at < 0 || !fresh.name().equals(entities.get(at).name())) {
                return Optional.empty();
            }
            entities.set(at, fresh);
        }
        return Optional.of(new DesignModel(design.id(), design.name(), design.targetDatabase(), design.description(),
                entities, previous.relationships(), previous.indexes(), previous.queryPatterns()));
    }

    private static int indexOf(List<Entity> entities, UUID id) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The whole design as of the transaction's snapshot. A read-only transaction gets the model kept of an earlier read
     * of the same committed state (same change stamp) when there is one. Only a read-only SERIALIZABLE transaction, one
     * snapshot for the stamp and every table, keeps what it read; a transaction that writes neither uses nor keeps
     * anything, since its own uncommitted changes are not in the stamp.
     */
    private DesignModel model(DesignSummary design) {
        boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!readOnly) {
            return assemble(design, reader.load(design.id()));
        }
        LoadedModels.Stamp stamp = new LoadedModels.Stamp(design.updatedAt().toInstant(), design.version());
        Optional<ModelReader.Parts> kept = loaded.get(design.id(), stamp);
        if (kept.isPresent()) {
            return assemble(design, kept.get());
        }
        DesignModel model = assemble(design, reader.load(design.id()));
        Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        if (isolation != null && isolation == java.sql.Connection.TRANSACTION_SERIALIZABLE) {
            loaded.put(design.id(), stamp, new ModelReader.Parts(model.entities(), model.relationships(),
                    model.indexes(), model.queryPatterns()));
        }
        return model;
    }

    private static DesignModel assemble(DesignSummary design, ModelReader.Parts parts) {
        return new DesignModel(design.id(), design.name(), design.targetDatabase(), design.description(),
                parts.entities(), parts.relationships(), parts.indexes(), parts.queryPatterns());
    }
}
