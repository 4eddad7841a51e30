package org.schemaboard.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;

/**
 * Lists the changes between two paired states, field by field. A field that refers to other elements (a
 * relationship's entities, an index's columns) is compared through the pairing, so renaming an entity is one change
 * of the entity, not also a change of every relationship that names it.
 */
final class Differ {

    /** A field's value: what equality is decided on (ids in the newer state's terms) and what is shown. */
    private record Value(Object key, String display) {
        static Value of(Object plain) {
            String text = plain == null ? null : plain.toString();
            return new Value(text == null || text.isBlank() ? null : text, text == null || text.isBlank() ? null : text);
        }
    }

    private final DesignModel from;
    private final DesignModel to;
    private final Correspondence pairs;
    private final Map<UUID, Attribute> fromAttributes;
    private final Map<UUID, Attribute> toAttributes;
    // by id: the models' own lookups scan their entity lists, which made the diff quadratic in the number of tables
    private final Map<UUID, Entity> fromEntities = new java.util.HashMap<>();
    private final Map<UUID, Entity> toEntities = new java.util.HashMap<>();
    private final List<Change> changes = new ArrayList<>();

    private Differ(DesignModel from, DesignModel to, Correspondence pairs) {
        this.from = from;
        this.to = to;
        this.pairs = pairs;
        this.fromAttributes = from.attributesById();
        this.toAttributes = to.attributesById();
        from.entities().forEach(e -> fromEntities.putIfAbsent(e.id(), e));
        to.entities().forEach(e -> toEntities.putIfAbsent(e.id(), e));
    }

    static List<Change> changes(DesignModel from, DesignModel to, Correspondence pairs) {
        Differ d = new Differ(from, to, pairs);
        d.entities();
        d.elements(ElementKind.RELATIONSHIP, from.relationships(), to.relationships(), Relationship::id,
                d::relationshipName, d::relationshipFields);
        d.elements(ElementKind.INDEX, from.indexes(), to.indexes(), Index::id, Index::name, d::indexFields);
        d.elements(ElementKind.QUERY_PATTERN, from.queryPatterns(), to.queryPatterns(), QueryPattern::id,
                QueryPattern::name, d::patternFields);
        return d.changes;
    }

    private void entities() {
        for (Entity e : to.entities()) {
            UUID before = pairs.from(e.id()).orElse(null);
            Entity old = before == null ? null : fromEntities.get(before);
            if (old == null) {
                changes.add(new Change(ElementKind.ENTITY, Change.Type.ADDED, e.name(), null, e.id(), List.of()));
                continue;
            }
            List<FieldChange> fields = compare(entityFields(old, true), entityFields(e, false));
            if (!fields.isEmpty()) {
                changes.add(new Change(ElementKind.ENTITY, Change.Type.CHANGED, e.name(), old.id(), e.id(), fields));
            }
            attributes(old, e);
        }
        for (Entity e : from.entities()) {
            if (pairs.to(e.id()).map(toEntities::get).isEmpty()) {
                changes.add(new Change(ElementKind.ENTITY, Change.Type.REMOVED, e.name(), e.id(), null, List.of()));
            }
        }
    }

    private void attributes(Entity old, Entity now) {
        for (Attribute a : now.attributes()) {
            Attribute before = pairs.from(a.id()).map(fromAttributes::get).orElse(null);
            String path = now.name() + "." + a.name();
            if (before == null) {
                changes.add(new Change(ElementKind.ATTRIBUTE, Change.Type.ADDED, path, null, a.id(), List.of()));
                continue;
            }
            // an equal record has equal fields: most attributes of a large design are unchanged
            List<FieldChange> fields = before.equals(a) ? List.of() : compare(attributeFields(before), attributeFields(a));
            if (!fields.isEmpty()) {
                changes.add(new Change(ElementKind.ATTRIBUTE, Change.Type.CHANGED, path, before.id(), a.id(), fields));
            }
        }
        for (Attribute a : old.attributes()) {
            if (pairs.to(a.id()).map(toAttributes::get).filter(x -> x.entityId().equals(now.id())).isEmpty()) {
                changes.add(new Change(ElementKind.ATTRIBUTE, Change.Type.REMOVED, old.name() + "." + a.name(), a.id(),
                        null, List.of()));
            }
        }
    }

    private <T> void elements(ElementKind kind, List<T> before, List<T> after, Function<T, UUID> id,
                              Function<T, String> name, java.util.function.BiFunction<T, Boolean, Map<String, Value>> fields) {
        Map<UUID, T> old = new java.util.HashMap<>();
        before.forEach(x -> old.put(id.apply(x), x));
        for (T x : after) {
            T was = pairs.from(id.apply(x)).map(old::get).orElse(null);
            if (was == null) {
                changes.add(new Change(kind, Change.Type.ADDED, name.apply(x), null, id.apply(x), List.of()));
                continue;
            }
            List<FieldChange> diff = compare(fields.apply(was, true), fields.apply(x, false));
            if (!diff.isEmpty()) {
                changes.add(new Change(kind, Change.Type.CHANGED, name.apply(x), id.apply(was), id.apply(x), diff));
            }
        }
        java.util.Set<UUID> afterIds = new java.util.HashSet<>(after.stream().map(id).toList());
        for (T x : before) {
            if (pairs.to(id.apply(x)).filter(afterIds::contains).isEmpty()) {
                changes.add(new Change(kind, Change.Type.REMOVED, name.apply(x), id.apply(x), null, List.of()));
            }
        }
    }

    private static List<FieldChange> compare(Map<String, Value> before, Map<String, Value> after) {
        List<FieldChange> out = new ArrayList<>();
        after.forEach((field, value) -> {
            Value old = before.get(field);
            if (!Objects.equals(old.key(), value.key())) {
                out.add(new FieldChange(field, old.display(), value.display()));
            }
        });
        return out;
    }

    private Map<String, Value> entityFields(Entity e, boolean older) {
        Map<String, Value> f = new java.util.LinkedHashMap<>();
        f.put("name", Value.of(e.name()));
        f.put("kind", Value.of(e.kind() == null ? null : e.kind().label()));
        f.put("purpose", Value.of(e.purpose()));
        f.put("business rules", Value.of(e.businessRules()));
        f.put("lifecycle", Value.of(e.lifecycle()));
        f.put("notes", Value.of(e.notes()));
        return f;
    }

    private static Map<String, Value> attributeFields(Attribute a) {
        Map<String, Value> f = new java.util.LinkedHashMap<>();
        f.put("name", Value.of(a.name()));
        f.put("type", Value.of(a.typeDisplay()));
        f.put("nullable", Value.of(a.nullable() ? "yes" : "no"));
        f.put("default", Value.of(a.defaultValue()));
        f.put("primary key", Value.of(a.primaryKey() ? "yes" : "no"));
        f.put("unique", Value.of(a.unique() ? "yes" : "no"));
        f.put("auto-increment", Value.of(a.autoIncrement() ? "yes" : "no"));
        f.put("check", Value.of(a.checkExpression()));
        f.put("description", Value.of(a.description()));
        return f;
    }

    private String relationshipName(Relationship r) {
        String link = entityName(toEntities, r.fromEntityId()) + " → " + entityName(toEntities, r.toEntityId());
        return r.name() != null && !r.name().isBlank() ? r.name() + " (" + link + ")" : link;
    }

    private Map<String, Value> relationshipFields(Relationship r, boolean older) {
        Map<UUID, Entity> m = older ? fromEntities : toEntities;
        Map<UUID, Attribute> attributes = older ? fromAttributes : toAttributes;
        Map<String, Value> f = new java.util.LinkedHashMap<>();
        f.put("name", Value.of(r.name()));
        f.put("from", ref(r.fromEntityId(), entityName(m, r.fromEntityId()), older));
        f.put("to", ref(r.toEntityId(), entityName(m, r.toEntityId()), older));
        f.put("cardinality", Value.of(r.cardinality().label()));
        List<Object> keys = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Relationship.ColumnPair c : r.columns()) {
            keys.add(id(c.fromAttributeId(), older) + "=" + id(c.toAttributeId(), older));
            shown.add(name(attributes, c.toAttributeId()) + " → " + name(attributes, c.fromAttributeId()));
        }
        f.put("columns", new Value(keys, String.join(", ", shown)));
        f.put("on delete", Value.of(r.onDelete() == null ? null : r.onDelete().sql()));
        f.put("on update", Value.of(r.onUpdate() == null ? null : r.onUpdate().sql()));
        f.put("label", Value.of(r.label()));
        f.put("identifying", Value.of(r.identifying() ? "yes" : "no"));
        f.put("rationale", Value.of(r.rationale()));
        f.put("junction", r.junctionEntityId() == null ? Value.of(null)
                : ref(r.junctionEntityId(), entityName(m, r.junctionEntityId()), older));
        return f;
    }

    private Map<String, Value> indexFields(Index i, boolean older) {
        DesignModel m = older ? from : to;
        Map<UUID, Attribute> attributes = older ? fromAttributes : toAttributes;
        Map<String, Value> f = new java.util.LinkedHashMap<>();
        f.put("name", Value.of(i.name()));
        f.put("entity", ref(i.entityId(), entityName(older ? fromEntities : toEntities, i.entityId()), older));
        List<Object> keys = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Index.IndexColumn c : i.columns()) {
            keys.add(id(c.attributeId(), older) + (c.descending() ? " DESC" : ""));
            shown.add(name(attributes, c.attributeId()) + (c.descending() ? " DESC" : ""));
        }
        f.put("columns", new Value(keys, String.join(", ", shown)));
        f.put("unique", Value.of(i.unique() ? "yes" : "no"));
        f.put("predicate", Value.of(i.predicate()));
        f.put("method", Value.of(i.method() == null ? null : i.method().label()));
        f.put("purpose", Value.of(i.purpose()));
        f.put("rationale", Value.of(i.rationale()));
        f.put("query patterns", refs(i.queryPatternIds(), older, qp -> m.queryPattern(qp).map(QueryPattern::name)));
        return f;
    }

    private Map<String, Value> patternFields(QueryPattern q, boolean older) {
        DesignModel m = older ? from : to;
        Map<String, Value> f = new java.util.LinkedHashMap<>();
        f.put("name", Value.of(q.name()));
        f.put("description", Value.of(q.description()));
        f.put("sql", Value.of(q.sql()));
        f.put("frequency", Value.of(q.frequencyDisplay()));
        f.put("latency target", Value.of(q.latencyTargetMs() == null ? null : q.latencyTargetMs() + " ms"));
        Map<UUID, Entity> entities = older ? fromEntities : toEntities;
        f.put("entities", refs(q.entityIds(), older, e -> java.util.Optional.ofNullable(entities.get(e)).map(Entity::name)));
        f.put("indexes", refs(q.indexIds(), older, i -> m.index(i).map(Index::name)));
        return f;
    }

    private Value refs(List<UUID> ids, boolean older, Function<UUID, java.util.Optional<String>> name) {
        List<String> keys = ids.stream().map(x -> id(x, older)).sorted().toList();
        List<String> shown = ids.stream().map(x -> name.apply(x).orElse("(deleted)")).sorted().toList();
        return ids.isEmpty() ? Value.of(null) : new Value(keys, String.join(", ", shown));
    }

    private Value ref(UUID id, String display, boolean older) {
        return new Value(id(id, older), display);
    }

    /** An id in the newer state's terms: an older element that is gone keeps a key no newer element has. */
    private String id(UUID id, boolean older) {
        if (id == null) {
            return null;
        }
        return older ? pairs.to(id).map(UUID::toString).orElse("gone:" + id) : id.toString();
    }

    private static String entityName(Map<UUID, Entity> entities, UUID id) {
        Entity e = id == null ? null : entities.get(id);
        return e == null ? "(deleted)" : e.name();
    }

    private static String name(Map<UUID, Attribute> attributes, UUID id) {
        Attribute a = attributes.get(id);
        return a == null ? "(deleted)" : a.name();
    }
}
