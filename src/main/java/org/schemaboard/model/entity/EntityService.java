package org.schemaboard.model.entity;

import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.Merging;
import org.schemaboard.model.ModelChanges;
import org.schemaboard.model.ModelReader;
import org.schemaboard.model.ModelRules;
import org.schemaboard.model.index.Index;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.base.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entities and their attributes: the write path (validated, versioned, audited, announced). */
@Service
public class EntityService {

    private final EntityRepository entities;
    private final ModelReader reader;
    private final ModelChanges changes;

    EntityService(EntityRepository entities, ModelReader reader, ModelChanges changes) {
        this.entities = entities;
        this.reader = reader;
        this.changes = changes;
    }

    @Transactional
    public UUID createEntity(UUID designId, EntityDraft draft) {
        SignedInUser me = changes.requireEditor(designId);
        EntityDraft clean = validate(designId, draft, null);
        UUID id = UUID.randomUUID();
        entities.insertEntity(id, designId, clean, me.id());
        changes.record(Change.to(designId, ElementType.ENTITY, id, clean.name()).created(clean));
        return id;
    }

    @Transactional
    public void updateEntity(UUID entityId, int expectedVersion, EntityDraft draft) {
        UUID designId = designOfEntity(entityId);
        SignedInUser me = changes.requireEditor(designId);
        changes.before(designId, ElementType.ENTITY, entityId);
        Entity before = reader.entity(entityId).orElseThrow();
        EntityDraft clean = validate(designId, draft, entityId);
        if (!entities.updateEntity(entityId, expectedVersion, clean, me.id())) {
            throw entities.entityConflict(entityId, "The entity " + before.name());
        }
        changes.record(Change.to(designId, ElementType.ENTITY, entityId, clean.name()).updated(draftOf(before), clean));
    }

    /**
     * Saves an edit made on {@code base}. If someone else saved the entity meanwhile, changes to different fields are
     * merged; the same field changed by both raises a {@link org.schemaboard.base.MergeConflictException}.
     */
    @Transactional
    public void updateEntity(UUID entityId, Entity base, EntityDraft draft) {
        Entity current = reader.entity(entityId)
                .orElseThrow(() -> org.schemaboard.base.ConflictException.deleted("The entity " + base.name()));
        if (current.version() == base.version()) {
            updateEntity(entityId, base.version(), draft);
            return;
        }
        EntityDraft merged = Merging.resolve(entities.entityConflict(entityId, "The entity " + base.name()),
                "The entity " + base.name(), draftOf(base), draftOf(current), draft, current.version());
        updateEntity(entityId, current.version(), merged);
    }

    /** What deleting the entity takes with it. */
    @Transactional(readOnly = true)
    public DeletionImpact deletionImpact(UUID entityId) {
        UUID designId = designOfEntity(entityId);
        changes.requireReader(designId);
        ModelReader.Parts parts = reader.load(designId);
        Entity entity = parts.entities().stream().filter(e -> e.id().equals(entityId)).findFirst().orElseThrow();
        Map<UUID, String> names = new LinkedHashMap<>();
        parts.entities().forEach(e -> names.put(e.id(), e.name()));
        List<String> relationships = parts.relationships().stream()
                .filter(r -> r.fromEntityId().equals(entityId) || r.toEntityId().equals(entityId))
                .map(r -> names.get(r.fromEntityId()) + " " + r.cardinality().label() + " "
                        + names.get(r.toEntityId()) + (r.label() == null ? "" : " (" + r.label() + ")"))
                .toList();
        List<String> indexes = parts.indexes().stream().filter(i -> i.entityId().equals(entityId))
                .map(Index::name).toList();
        return new DeletionImpact(entity.name(), entity.attributes().stream().map(Attribute::name).toList(),
                relationships, indexes);
    }

    /** Deletes the entity with its attributes, relationships and indexes. */
    @Transactional
    public void deleteEntity(UUID entityId, int expectedVersion) {
        UUID designId = designOfEntity(entityId);
        changes.requireEditor(designId);
        changes.before(designId, ElementType.ENTITY, entityId);
        Entity before = reader.entity(entityId).orElseThrow();
        if (!entities.deleteEntity(entityId, expectedVersion)) {
            throw entities.entityConflict(entityId, "The entity " + before.name());
        }
        changes.record(Change.to(designId, ElementType.ENTITY, entityId, before.name()).deleted(before));
    }

    @Transactional
    public UUID addAttribute(UUID entityId, AttributeDraft draft) {
        UUID designId = designOfEntity(entityId);
        SignedInUser me = changes.requireEditor(designId);
        AttributeDraft clean = validate(changes.target(designId), entityId, draft, null);
        UUID id = UUID.randomUUID();
        entities.insertAttribute(id, entityId, entities.nextPosition(entityId), clean, me.id());
        changes.record(Change.to(designId, ElementType.ATTRIBUTE, id, entityName(entityId) + "." + clean.name())
                .created(clean));
        return id;
    }

    @Transactional
    public void updateAttribute(UUID attributeId, int expectedVersion, AttributeDraft draft) {
        UUID[] owner = ownerOfAttribute(attributeId);
        SignedInUser me = changes.requireEditor(owner[0]);
        changes.before(owner[0], ElementType.ATTRIBUTE, attributeId);
        Attribute before = reader.attribute(attributeId).orElseThrow();
        AttributeDraft clean = validate(changes.target(owner[0]), owner[1], draft, attributeId);
        String qualified = entityName(owner[1]) + "." + clean.name();
        if (!entities.updateAttribute(attributeId, expectedVersion, clean, me.id())) {
            throw entities.attributeConflict(attributeId, "The attribute " + entityName(owner[1]) + "." + before.name());
        }
        changes.record(Change.to(owner[0], ElementType.ATTRIBUTE, attributeId, qualified)
                .updated(AttributeDraft.from(before), clean));
    }

    /** Saves an attribute edit made on {@code base}, merging with other people's changes to other fields. */
    @Transactional
    public void updateAttribute(UUID attributeId, Attribute base, AttributeDraft draft) {
        Attribute current = reader.attribute(attributeId)
                .orElseThrow(() -> org.schemaboard.base.ConflictException.deleted("The attribute " + base.name()));
        if (current.version() == base.version()) {
            updateAttribute(attributeId, base.version(), draft);
            return;
        }
        String what = "The attribute " + entityName(current.entityId()) + "." + base.name();
        AttributeDraft merged = Merging.resolve(entities.attributeConflict(attributeId, what), what,
                AttributeDraft.from(base), AttributeDraft.from(current), draft, current.version());
        updateAttribute(attributeId, current.version(), merged);
    }

    /** Removes an attribute that no relationship or index uses. */
    @Transactional
    public void deleteAttribute(UUID attributeId, int expectedVersion) {
        UUID[] owner = ownerOfAttribute(attributeId);
        changes.requireEditor(owner[0]);
        changes.before(owner[0], ElementType.ENTITY, owner[1]);
        Attribute before = reader.attribute(attributeId).orElseThrow();
        String qualified = entityName(owner[1]) + "." + before.name();
        if (entities.usages(attributeId) > 0) {
            throw ValidationException.of("attribute", qualified + " is used by a relationship or an index; "
                    + "change or delete those first");
        }
        if (!entities.deleteAttribute(attributeId, expectedVersion)) {
            throw entities.attributeConflict(attributeId, "The attribute " + qualified);
        }
        entities.setPositions(entities.attributeOrder(owner[1]));
        changes.record(Change.to(owner[0], ElementType.ATTRIBUTE, attributeId, qualified)
                .deleted(AttributeDraft.from(before)));
    }

    /** Moves an attribute to {@code newPosition} (0-based) within its entity. */
    @Transactional
    public void moveAttribute(UUID attributeId, int newPosition) {
        UUID[] owner = ownerOfAttribute(attributeId);
        changes.requireEditor(owner[0]);
        changes.before(owner[0], ElementType.ENTITY, owner[1]);
        List<UUID> order = new ArrayList<>(entities.attributeOrder(owner[1]));
        int from = order.indexOf(attributeId);
        int to = Math.max(0, Math.min(newPosition, order.size() - 1));
        if (from == to) {
            return;
        }
        order.remove(from);
        order.add(to, attributeId);
        entities.setPositions(order);
        Attribute moved = reader.attribute(attributeId).orElseThrow();
        String qualified = entityName(owner[1]) + "." + moved.name();
        changes.record(Change.to(owner[0], ElementType.ATTRIBUTE, attributeId, qualified).made(ChangeAction.MOVE, Map.of("position", from), Map.of("position", to)));
    }

    private EntityDraft validate(UUID designId, EntityDraft draft, UUID existingId) {
        return ModelRules.entity(draft, changes.target(designId),
                name -> entities.entityNameTaken(designId, name, existingId));
    }

    private AttributeDraft validate(TargetDatabase target, UUID entityId, AttributeDraft d, UUID existingId) {
        return ModelRules.attribute(d, target, name -> entities.attributeNameTaken(entityId, name, existingId));
    }

    private UUID designOfEntity(UUID entityId) {
        return entities.designOfEntity(entityId)
                .orElseThrow(() -> new NotFoundException("This entity no longer exists; it may have been deleted."));
    }

    private UUID[] ownerOfAttribute(UUID attributeId) {
        return entities.designAndEntityOfAttribute(attributeId)
                .orElseThrow(() -> new NotFoundException("This attribute no longer exists; it may have been deleted."));
    }

    private String entityName(UUID entityId) {
        return reader.entity(entityId).map(Entity::name).orElse("?");
    }

    private static EntityDraft draftOf(Entity e) {
        return new EntityDraft(e.name(), e.kind(), e.purpose(), e.businessRules(), e.lifecycle(), e.notes());
    }
}
