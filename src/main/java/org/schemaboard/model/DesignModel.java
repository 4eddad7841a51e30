package org.schemaboard.model;

import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemaboard.design.TargetDatabase;

/**
 * One whole design as an immutable tree: the single read model for the editor, export, lint, diagram and snapshots.
 * Lists are in display order (entities and the rest by name, attributes by position).
 */
public record DesignModel(UUID designId, String name, TargetDatabase targetDatabase, String description,
                          List<Entity> entities, List<Relationship> relationships, List<Index> indexes,
                          List<QueryPattern> queryPatterns) {

    public DesignModel {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
        indexes = List.copyOf(indexes);
        queryPatterns = List.copyOf(queryPatterns);
    }

    public Optional<Entity> entity(UUID id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Entity> entityNamed(String name) {
        return entities.stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<Index> index(UUID id) {
        return indexes.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<QueryPattern> queryPattern(UUID id) {
        return queryPatterns.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Relationship> relationship(UUID id) {
        return relationships.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every attribute of the design by id, with its entity: resolves relationship and index columns. */
    public Map<UUID, Attribute> attributesById() {
        return entities.stream().flatMap(e -> e.attributes().stream())
                .collect(Collectors.toMap(Attribute::id, Function.identity()));
    }

    /** The entity that owns each attribute, by attribute id. */
    public Map<UUID, Entity> entityOfAttribute() {
        return entities.stream().flatMap(e -> e.attributes().stream().map(a -> Map.entry(a.id(), e)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public String entityName(UUID entityId) {
        return entity(entityId).map(Entity::name).orElse("(deleted)");
    }

    /** Relationships in which the entity takes part, on either side or as junction. */
    public List<Relationship> relationshipsOf(UUID entityId) {
        return relationships.stream().filter(r -> r.fromEntityId().equals(entityId) || r.toEntityId().equals(entityId)
                || entityId.equals(r.junctionEntityId())).toList();
    }

    public List<Index> indexesOf(UUID entityId) {
        return indexes.stream().filter(i -> i.entityId().equals(entityId)).toList();
    }
}
