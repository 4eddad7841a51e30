package org.schemaboard.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;

/**
 * Lookups the renderers share: entities and attributes by id, the foreign keys the relationships stand for, and the
 * index ↔ query pattern links (stored on both sides; a link on either side counts). Dangling ids (an element deleted
 * while the model was read) are skipped rather than failing the export.
 */
final class ModelView {

    /** A 1:1 or 1:N relationship as a foreign key: {@code referencing(columns)} → {@code referenced(keyColumns)}. */
    record ForeignKey(Relationship relationship, Entity referenced, Entity referencing, List<Attribute> keyColumns,
                      List<Attribute> columns) {

        boolean selfReferencing() {
            return referenced.id().equals(referencing.id());
        }

        /** One foreign key per relationship: comparing whole entities (with every attribute) would be slow. */
        @Override
        public boolean equals(Object other) {
            return other instanceof ForeignKey f && f.relationship.id().equals(relationship.id());
        }

        @Override
        public int hashCode() {
            return relationship.id().hashCode();
        }
    }

    private final DesignModel model;
    private final Map<UUID, Entity> entities = new HashMap<>();
    private final Map<UUID, Attribute> attributes = new HashMap<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final Map<UUID, List<ForeignKey>> foreignKeysByReferencing = new HashMap<>();
    private final Map<UUID, ForeignKey> foreignKeyByRelationship = new HashMap<>();
    private final Map<UUID, List<Index>> indexesByEntity = new HashMap<>();
    private final Map<UUID, Set<UUID>> patternIdsByIndex = new HashMap<>();
    private final Map<UUID, Set<UUID>> indexIdsByPattern = new HashMap<>();

    /**
     * The view last made, held softly: one export makes it once for all its renderers (at 10,000 tables each made its
     * own, 0.1 s apiece); the model is immutable, so a view of the same model object is the same view.
     */
    private static volatile java.lang.ref.SoftReference<ModelView> last = new java.lang.ref.SoftReference<>(null);

    /** The view of {@code model}: the last one made if it is of this very model, else a new one. */
    static ModelView of(DesignModel model) {
        ModelView view = last.get();
        if (view != null && view.model == model) {
            return view;
        }
        synchronized (ModelView.class) {
            // the renderers of one export start side by side: the second waits for the first's view
            view = last.get();
            if (view == null || view.model != model) {
                view = new ModelView(model);
                last = new java.lang.ref.SoftReference<>(view);
            }
            return view;
        }
    }

    ModelView(DesignModel model) {
        this.model = model;
        for (Entity e : model.entities()) {
            entities.put(e.id(), e);
            for (Attribute a : e.attributes()) {
                attributes.put(a.id(), a);
            }
        }
        for (Relationship r : model.relationships()) {
            toForeignKey(r).ifPresent(f -> {
                foreignKeys.add(f);
                foreignKeysByReferencing.computeIfAbsent(f.referencing().id(), k -> new ArrayList<>()).add(f);
                foreignKeyByRelationship.put(r.id(), f);
            });
        }
        for (Index i : model.indexes()) {
            indexesByEntity.computeIfAbsent(i.entityId(), k -> new ArrayList<>()).add(i);
            i.queryPatternIds().forEach(q -> link(i.id(), q));
        }
        for (QueryPattern q : model.queryPatterns()) {
            q.indexIds().forEach(i -> link(i, q.id()));
        }
    }

    private void link(UUID indexId, UUID patternId) {
        patternIdsByIndex.computeIfAbsent(indexId, k -> new LinkedHashSet<>()).add(patternId);
        indexIdsByPattern.computeIfAbsent(patternId, k -> new LinkedHashSet<>()).add(indexId);
    }

    DesignModel model() {
        return model;
    }

    Optional<Entity> entity(UUID id) {
        return Optional.ofNullable(id == null ? null : entities.get(id));
    }

    String entityName(UUID id) {
        return entity(id).map(Entity::name).orElse("(deleted)");
    }

    Optional<Attribute> attribute(UUID id) {
        return Optional.ofNullable(id == null ? null : attributes.get(id));
    }

    /** Foreign keys in the model's relationship order. */
    List<ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    List<ForeignKey> foreignKeysOf(Entity referencing) {
        return foreignKeysByReferencing.getOrDefault(referencing.id(), List.of());
    }

    /** The foreign key a 1:1 or 1:N relationship stands for, if its columns are complete. */
    Optional<ForeignKey> foreignKeyOf(Relationship relationship) {
        return Optional.ofNullable(foreignKeyByRelationship.get(relationship.id()));
    }

    /** The indexes of an entity, in the model's index order. */
    List<Index> indexesOf(UUID entityId) {
        return indexesByEntity.getOrDefault(entityId, List.of());
    }

    /** Index columns that still exist, in index order, with their direction. */
    List<Attribute> indexColumns(Index index) {
        List<Attribute> columns = new ArrayList<>();
        for (Index.IndexColumn c : index.columns()) {
            attribute(c.attributeId()).ifPresent(columns::add);
        }
        return columns;
    }

    /** "user_id, created_at DESC". */
    String indexColumnList(Index index) {
        List<String> parts = new ArrayList<>();
        for (Index.IndexColumn c : index.columns()) {
            attribute(c.attributeId()).ifPresent(a -> parts.add(a.name() + (c.descending() ? " DESC" : "")));
        }
        return String.join(", ", parts);
    }

    List<QueryPattern> patternsServedBy(Index index) {
        Set<UUID> ids = patternIdsByIndex.getOrDefault(index.id(), Set.of());
        return ids.isEmpty() ? List.of() : model.queryPatterns().stream().filter(q -> ids.contains(q.id())).toList();
    }

    List<Index> indexesUsedBy(QueryPattern pattern) {
        Set<UUID> ids = indexIdsByPattern.getOrDefault(pattern.id(), Set.of());
        return ids.isEmpty() ? List.of() : model.indexes().stream()
                .filter(i -> ids.contains(i.id()) && entities.containsKey(i.entityId())).toList();
    }

    /** Entities a query pattern names, plus those of the indexes it uses. */
    List<Entity> entitiesOf(QueryPattern pattern) {
        Set<UUID> ids = new LinkedHashSet<>(pattern.entityIds());
        indexesUsedBy(pattern).forEach(i -> ids.add(i.entityId()));
        return ids.stream().map(entities::get).filter(e -> e != null).toList();
    }

    /**
     * Attributes that end up in an index: primary key, unique, indexed, and both ends of a foreign key. Some dialects
     * cannot index large-object types, so the DDL renders these with a key-friendly type. MySQL's FULLTEXT and SPATIAL
     * indexes are made for TEXT and geometry columns, so theirs keep their type.
     */
    Set<UUID> keyAttributeIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Entity e : model.entities()) {
            e.attributes().stream().filter(a -> a.primaryKey() || a.unique()).forEach(a -> ids.add(a.id()));
        }
        for (Index i : model.indexes()) {
            if (i.method() == null || !i.method().mysqlKind()) {
                i.columns().forEach(c -> ids.add(c.attributeId()));
            }
        }
        for (ForeignKey f : foreignKeys) {
            f.keyColumns().forEach(a -> ids.add(a.id()));
            f.columns().forEach(a -> ids.add(a.id()));
        }
        return ids;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** A relationship's label for a diagram, one line without double quotes: its label, else its name. */
    static String label(Relationship r) {
        String label = r.label() != null && !r.label().isBlank() ? r.label()
                : r.name() != null && !r.name().isBlank() ? r.name() : "relates to";
        return WHITESPACE.matcher(label).replaceAll(" ").replace('"', '\'').strip();
    }

    private Optional<ForeignKey> toForeignKey(Relationship r) {
        if (r.cardinality() == Cardinality.MANY_TO_MANY || r.columns().isEmpty()) {
            return Optional.empty();
        }
        Entity referenced = entities.get(r.fromEntityId());
        Entity referencing = entities.get(r.toEntityId());
        if (referenced == null || referencing == null) {
            return Optional.empty();
        }
        List<Attribute> keys = new ArrayList<>();
        List<Attribute> columns = new ArrayList<>();
        for (Relationship.ColumnPair pair : r.columns()) {
            Attribute key = attributes.get(pair.fromAttributeId());
            Attribute column = attributes.get(pair.toAttributeId());
            if (key == null || column == null) {
                return Optional.empty();
            }
            keys.add(key);
            columns.add(column);
        }
        return Optional.of(new ForeignKey(r, referenced, referencing, keys, columns));
    }
}
