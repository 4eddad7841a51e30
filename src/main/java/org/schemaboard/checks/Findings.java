package org.schemaboard.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;

/**
 * What the rules look at (the model, the written sections and lookups built once, so the rules stay linear on a
 * 2,000-entity design) and where they report.
 */
final class Findings {

    final DesignModel model;
    final Specification spec;
    final Map<UUID, Entity> entities;
    final Map<UUID, Attribute> attributes;
    final Map<UUID, List<Index>> indexesByEntity;
    final Map<UUID, QueryPattern> patterns;
    private final List<Check> found = new ArrayList<>();
    /** Each entity's primary key, made once: the rules ask for it several times per entity and per foreign key. */
    private final Map<Entity, List<Attribute>> primaryKeys;
    /** Whether two spellings of types are of one family: asked per foreign key column, answered by regexes. */
    private final Map<String, Map<String, Boolean>> compatible = new HashMap<>();

    Findings(DesignModel model, Specification spec) {
        this.model = model;
        this.spec = spec;
        // sized up front: 200,000 attributes at 10,000 tables would otherwise rehash the map a dozen times
        int attributeCount = model.entities().stream().mapToInt(e -> e.attributes().size()).sum();
        entities = new HashMap<>(capacity(model.entities().size()));
        attributes = new HashMap<>(capacity(attributeCount));
        indexesByEntity = new HashMap<>(capacity(model.entities().size()));
        primaryKeys = new java.util.IdentityHashMap<>(capacity(model.entities().size()));
        patterns = new HashMap<>(capacity(model.queryPatterns().size()));
        for (Entity e : model.entities()) {
            entities.put(e.id(), e);
            e.attributes().forEach(a -> attributes.put(a.id(), a));
        }
        for (Index i : model.indexes()) {
            indexesByEntity.computeIfAbsent(i.entityId(), k -> new ArrayList<>()).add(i);
        }
        model.queryPatterns().forEach(q -> patterns.put(q.id(), q));
    }

    private static int capacity(int entries) {
        return entries * 4 / 3 + 1;
    }

    List<Check> all() {
        return List.copyOf(found);
    }

    Optional<Entity> entity(UUID id) {
        return Optional.ofNullable(id == null ? null : entities.get(id));
    }

    String entityName(UUID id) {
        Entity e = id == null ? null : entities.get(id);
        return e == null ? "(deleted)" : e.name();
    }

    /** {@link Entity#primaryKey()}, computed once per entity of this run. */
    List<Attribute> primaryKey(Entity e) {
        return primaryKeys.computeIfAbsent(e, Entity::primaryKey);
    }

    /** {@link org.schemaboard.model.DataTypes#compatible}, remembered per pair of spellings for this run. */
    boolean compatible(String a, String b) {
        return compatible.computeIfAbsent(a == null ? "" : a, k -> new HashMap<>())
                .computeIfAbsent(b == null ? "" : b, k -> org.schemaboard.model.DataTypes.compatible(a, b));
    }

    List<Index> indexesOf(UUID entityId) {
        return indexesByEntity.getOrDefault(entityId, List.of());
    }

    /** "orders.user_id", or the bare name when the column is gone. */
    String column(UUID attributeId) {
        Attribute a = attributes.get(attributeId);
        return a == null ? "(deleted column)" : entityName(a.entityId()) + "." + a.name();
    }

    void design(Rule rule, String message) {
        add(rule, ElementType.DESIGN, null, null, model.name(), message);
    }

    void section(Rule rule, SpecSection section, String message) {
        add(rule, ElementType.SPEC_SECTION, null, null, section.label(), message, section);
    }

    /** About something inside a written section (a replica, a cache entry), optionally of one entity. */
    void section(Rule rule, SpecSection section, UUID entityId, String subject, String message) {
        add(rule, entityId == null ? ElementType.SPEC_SECTION : ElementType.ENTITY, entityId, entityId, subject,
                message, section);
    }

    void entity(Rule rule, Entity entity, String message) {
        add(rule, ElementType.ENTITY, entity.id(), entity.id(), entity.name(), message);
    }

    void attribute(Rule rule, Entity entity, Attribute attribute, String message) {
        add(rule, ElementType.ATTRIBUTE, attribute.id(), entity.id(), entity.name() + "." + attribute.name(), message);
    }

    void relationship(Rule rule, Relationship r, String message) {
        add(rule, ElementType.RELATIONSHIP, r.id(), r.toEntityId(), relationshipName(r), message);
    }

    /** About a relationship, named as the reader of that rule expects (e.g. "orders → users"). */
    void relationship(Rule rule, Relationship r, String subject, String message) {
        add(rule, ElementType.RELATIONSHIP, r.id(), r.toEntityId(), subject, message);
    }

    void index(Rule rule, Index index, String message) {
        add(rule, ElementType.INDEX, index.id(), index.entityId(), index.name(), message);
    }

    void pattern(Rule rule, QueryPattern pattern, String message) {
        add(rule, ElementType.QUERY_PATTERN, pattern.id(), null, pattern.name(), message);
    }

    String relationshipName(Relationship r) {
        return r.name() != null && !r.name().isBlank() ? r.name()
                : entityName(r.fromEntityId()) + " " + r.cardinality().label() + " " + entityName(r.toEntityId());
    }

    private void add(Rule rule, ElementType type, UUID id, UUID entityId, String subject, String message) {
        add(rule, type, id, entityId, subject, message, rule.section());
    }

    private void add(Rule rule, ElementType type, UUID id, UUID entityId, String subject, String message,
                     SpecSection section) {
        found.add(new Check(rule.id(), rule.severity(), type, id, entityId, subject, message, rule.fix(), rule.why(),
                section, rule.item()));
    }
}
