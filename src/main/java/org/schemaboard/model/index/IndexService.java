package org.schemaboard.model.index;

import org.schemaboard.base.Change;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.ModelChanges;
import org.schemaboard.model.ModelReader;
import org.schemaboard.model.ModelRules;
import org.schemaboard.model.entity.Entity;
import java.util.UUID;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indexes: columns of their entity in order, uniqueness, partial predicate, method, and why they exist. */
@Service
public class IndexService {

    private final IndexRepository indexes;
    private final ModelReader reader;
    private final ModelChanges changes;

    IndexService(IndexRepository indexes, ModelReader reader, ModelChanges changes) {
        this.indexes = indexes;
        this.reader = reader;
        this.changes = changes;
    }

    @Transactional
    public UUID create(UUID designId, IndexDraft draft) {
        SignedInUser me = changes.requireEditor(designId);
        IndexDraft clean = validate(designId, draft, null);
        UUID id = UUID.randomUUID();
        indexes.insert(id, designId, clean, me.username());
        changes.record(Change.to(designId, ElementType.INDEX, id, clean.name()).created(clean));
        return id;
    }

    @Transactional
    public void update(UUID indexId, int expectedVersion, IndexDraft draft) {
        UUID designId = designOf(indexId);
        SignedInUser me = changes.requireEditor(designId);
        Index before = reader.index(indexId).orElseThrow();
        IndexDraft clean = validate(designId, draft, indexId);
        if (!indexes.update(indexId, expectedVersion, clean, me.username())) {
            throw indexes.conflict(indexId, "The index " + before.name());
        }
        changes.record(Change.to(designId, ElementType.INDEX, indexId, clean.name()).updated(before, clean));
    }

    @Transactional
    public void delete(UUID indexId, int expectedVersion) {
        UUID designId = designOf(indexId);
        changes.requireEditor(designId);
        Index before = reader.index(indexId).orElseThrow();
        if (!indexes.delete(indexId, expectedVersion)) {
            throw indexes.conflict(indexId, "The index " + before.name());
        }
        changes.record(Change.to(designId, ElementType.INDEX, indexId, before.name()).deleted(before));
    }

    private IndexDraft validate(UUID designId, IndexDraft d, UUID existingId) {
        Entity entity = d.entityId() == null ? null : reader.entity(d.entityId())
                .filter(e -> reader.designOfEntity(e.id()).map(designId::equals).orElse(false)).orElse(null);
        return ModelRules.index(d, changes.target(designId), entity,
                name -> indexes.nameTaken(designId, name, existingId),
                pattern -> reader.designOfQueryPattern(pattern).map(designId::equals).orElse(false));
    }

    private UUID designOf(UUID indexId) {
        return indexes.designOf(indexId)
                .orElseThrow(() -> new NotFoundException("This index no longer exists; it may have been deleted."));
    }
}
