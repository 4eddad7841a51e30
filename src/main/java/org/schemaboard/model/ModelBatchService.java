package org.schemaboard.model;

import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.base.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a {@link ModelBatch} (an import) into a design: the bulk counterpart of the element services. The same
 * rules ({@link ModelRules}) check every element, but against the design read once and the batch held in memory
 * rather than with queries per element; the rows then go in with one prepared statement per table. One role check,
 * one audit line ({@code IMPORT} with the counts), one {@code touch} and one {@link org.schemaboard.base.DesignChanged}
 * for the whole batch, in one transaction: a refused element leaves the design as it was, and the error names it.
 */
@Service
public class ModelBatchService {

    private final ModelBatchRepository batches;
    private final ModelReader reader;
    private final ModelChanges changes;

    ModelBatchService(ModelBatchRepository batches, ModelReader reader, ModelChanges changes) {
        this.batches = batches;
        this.reader = reader;
        this.changes = changes;
    }

    /**
     * @param description what the batch is, for the history ("a PostgreSQL dump: 12 tables, …")
     * @param progress    told the share done (validation is the first half, writing the second)
     * @throws ValidationException naming the first refused element ({@code "table orders (line 12): …"})
     */
    @Transactional
    public void write(UUID designId, ModelBatch batch, String description, DoubleConsumer progress) {
        SignedInUser me = changes.requireEditorUnlocked(designId);
        if (batch.size() == 0) {
            return;
        }
        Checked checked = new Checked(changes.target(designId), reader.load(designId), batch, progress);
        double total = Math.max(1, 2.0 * batch.size());
        try {
            batches.insert(designId, me.id(), checked.entities, checked.queryPatterns, checked.indexes,
                    checked.relationships, written -> progress.accept(Math.min(1, (batch.size() + written) / total)));
        } catch (RuntimeException e) {
            if (!integrityViolation(e)) {
                throw e;
            }
            // checked against the design as read when the batch began: someone else's change since then collides
            throw ValidationException.of("element", "the design changed while the import ran (an element of the "
                    + "same name was added meanwhile); import again");
        }
        noteCreated(designId, checked);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("entities", batch.entityCount());
        counts.put("attributes", batch.attributeCount());
        if (batch.queryPatternCount() > 0) {
            counts.put("queryPatterns", batch.queryPatternCount());
        }
        counts.put("indexes", batch.indexCount());
        counts.put("relationships", batch.relationshipCount());
        changes.record(Change.to(designId, ElementType.DESIGN, designId, description)
                .made(ChangeAction.IMPORT, null, counts));
    }

    /**
     * Replaces the design's whole model (entities, attributes, relationships, indexes, query patterns) by
     * {@code target}'s, keeping {@code target}'s element ids — an approved version restored as the draft, so diffs by
     * id keep working — as one change in the history. For owners only. The design's written specification is not
     * touched.
     *
     * @param description what is restored, for the history ("v2, approved 2026-12-01")
     */
    @Transactional
    public void replace(UUID designId, DesignModel target, String description) {
        SignedInUser me = changes.requireOwner(designId);
        ModelReader.Parts before = reader.load(designId);
        List<ModelBatchRepository.RelationshipRow> relationships = target.relationships().stream()
                .map(r -> new ModelBatchRepository.RelationshipRow(r.id(), new RelationshipDraft(r.fromEntityId(),
                        r.toEntityId(), r.cardinality(), r.columns(), r.onDelete(), r.onUpdate(), r.label(),
                        r.identifying(), r.rationale(), r.name(), r.junctionEntityId(), null), r.junctionEntityId()))
                .toList();
        batches.deleteModel(designId);
        batches.insert(designId, me.id(), target.entities(), target.queryPatterns(), target.indexes(), relationships,
                written -> { });
        Map<String, Integer> was = new LinkedHashMap<>();
        was.put("entities", before.entities().size());
        was.put("relationships", before.relationships().size());
        was.put("indexes", before.indexes().size());
        Map<String, Integer> now = new LinkedHashMap<>();
        now.put("entities", target.entities().size());
        now.put("relationships", target.relationships().size());
        now.put("indexes", target.indexes().size());
        changes.record(Change.to(designId, ElementType.DESIGN, designId, "restored " + description)
                .made(ChangeAction.UPDATE, was, now));
    }

    /**
     * The model a new design would hold after writing the batch, checked by the same rules but stored nowhere: what a
     * file describes, to compare it with a design. The design id is null and every version 1.
     */
    public static DesignModel model(String name, TargetDatabase target, String description, ModelBatch batch) {
        Checked checked = new Checked(target, new ModelReader.Parts(List.of(), List.of(), List.of(), List.of()), batch,
                done -> { });
        List<Relationship> relationships = checked.relationships.stream().map(r -> new Relationship(r.id(),
                r.draft().name(), r.draft().fromEntityId(), r.draft().toEntityId(), r.draft().cardinality(),
                r.draft().columns(), r.draft().onDelete(), r.draft().onUpdate(), r.draft().label(),
                r.draft().identifying(), r.draft().rationale(), r.junctionId(), 1)).toList();
        java.util.Comparator<Entity> byName = java.util.Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT));
        return new DesignModel(null, name, target, description,
                checked.entities.stream().sorted(byName).toList(), relationships,
                checked.indexes.stream().sorted(java.util.Comparator.comparing(Index::name)).toList(),
                checked.queryPatterns);
    }

    /** Every element of the batch, so that undoing the import removes them all (one step). */
    private void noteCreated(UUID designId, Checked checked) {
        for (Entity e : checked.entities) {
            changes.created(designId, ElementType.ENTITY, e.id());
            e.attributes().forEach(a -> changes.created(designId, ElementType.ATTRIBUTE, a.id()));
        }
        checked.queryPatterns.forEach(q -> changes.created(designId, ElementType.QUERY_PATTERN, q.id()));
        checked.indexes.forEach(i -> changes.created(designId, ElementType.INDEX, i.id()));
        checked.relationships.forEach(r -> changes.created(designId, ElementType.RELATIONSHIP, r.id()));
    }

    /** A unique or foreign key refused a row (SQL state class 23), however the driver's error was wrapped. */
    private static boolean integrityViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.DataIntegrityViolationException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** The batch validated against the design and itself, as the rows to write. */
    private static final class Checked implements ModelRules.Design {

        private final TargetDatabase target;
        private final Set<String> entityNames = new HashSet<>();
        private final Set<String> indexNames = new HashSet<>();
        private final Set<String> relationshipNames = new HashSet<>();
        private final Set<String> queryPatternNames = new HashSet<>();
        private final Set<UUID> queryPatternIds = new HashSet<>();
        private final Set<UUID> indexIds = new HashSet<>();
        private final List<QueryPattern> queryPatterns = new ArrayList<>();
        private final Map<UUID, Entity> entitiesById = new HashMap<>();
        private final Map<UUID, List<Index>> indexesByEntity = new HashMap<>();
        private final List<Entity> entities = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ModelBatchRepository.RelationshipRow> relationships = new ArrayList<>();
        private final DoubleConsumer progress;
        private final double total;
        private final int step;
        private int done;

        Checked(TargetDatabase target, ModelReader.Parts design, ModelBatch batch, DoubleConsumer progress) {
            this.target = target;
            this.progress = progress;
            this.total = Math.max(1, 2.0 * batch.size());
            this.step = Math.max(1, batch.size() / 50);
            design.entities().forEach(e -> {
                entityNames.add(key(e.name()));
                entitiesById.put(e.id(), e);
            });
            design.indexes().forEach(i -> {
                indexNames.add(key(i.name()));
                indexIds.add(i.id());
                indexesByEntity.computeIfAbsent(i.entityId(), k -> new ArrayList<>()).add(i);
            });
            design.relationships().stream().filter(r -> r.name() != null)
                    .forEach(r -> relationshipNames.add(key(r.name())));
            design.queryPatterns().forEach(q -> {
                queryPatternIds.add(q.id());
                queryPatternNames.add(key(q.name()));
            });
            batch.entities().forEach(this::entity);
            batch.queryPatterns().forEach(this::queryPattern);
            batch.indexes().forEach(this::index);
            batch.relationships().forEach(this::relationship);
        }

        private void entity(ModelBatch.NewEntity e) {
            EntityDraft clean = check(e.what(), () -> ModelRules.entity(e.draft(), target,
                    name -> entityNames.contains(key(name))));
            entityNames.add(key(clean.name()));
            Set<String> names = new HashSet<>();
            List<Attribute> attributes = new ArrayList<>();
            for (ModelBatch.NewAttribute a : e.attributes()) {
                AttributeDraft d = check(a.what(), () -> ModelRules.attribute(a.draft(), target,
                        name -> names.contains(key(name))));
                names.add(key(d.name()));
                attributes.add(new Attribute(a.id(), e.id(), attributes.size(), d.name(), d.dataType(), d.length(),
                        d.precision(), d.scale(), d.nullable(), d.defaultValue(), d.primaryKey(), d.unique(),
                        d.autoIncrement(), d.checkExpression(), d.description(), 1));
            }
            Entity entity = new Entity(e.id(), clean.name(), clean.kind(), clean.purpose(), clean.businessRules(),
                    clean.lifecycle(), clean.notes(), 1, attributes);
            entities.add(entity);
            entitiesById.put(entity.id(), entity);
        }

        private void queryPattern(ModelBatch.NewQueryPattern q) {
            QueryPatternDraft d = check(q.what(), () -> ModelRules.queryPattern(q.draft(),
                    name -> queryPatternNames.contains(key(name)), entitiesById::containsKey, indexIds::contains));
            queryPatternNames.add(key(d.name()));
            queryPatternIds.add(q.id());
            queryPatterns.add(new QueryPattern(q.id(), d.name(), d.description(), d.sql(), d.frequency(),
                    d.frequencyUnit(), d.latencyTargetMs(), d.entityIds(), d.indexIds(), 1));
        }

        private void index(ModelBatch.NewIndex i) {
            Entity entity = i.draft().entityId() == null ? null : entitiesById.get(i.draft().entityId());
            IndexDraft d = check(i.what(), () -> ModelRules.index(i.draft(), target, entity,
                    name -> indexNames.contains(key(name)), queryPatternIds::contains));
            indexNames.add(key(d.name()));
            Index index = new Index(i.id(), d.entityId(), d.name(), d.columns(), d.unique(), d.predicate(),
                    d.method(), d.purpose(), d.rationale(), d.queryPatternIds(), 1);
            indexes.add(index);
            indexesByEntity.computeIfAbsent(index.entityId(), k -> new ArrayList<>()).add(index);
        }

        private void relationship(ModelBatch.NewRelationship r) {
            RelationshipDraft d = check(r.what(), () -> {
                boolean manyToMany = r.draft().cardinality() == Cardinality.MANY_TO_MANY;
                if (r.overJunction() && !manyToMany) {
                    throw ValidationException.of("cardinality", "Only an N:M relationship is recorded over a "
                            + "junction; create a 1:1 or 1:N relationship with its column pairs");
                }
                if (!r.overJunction() && manyToMany) {
                    throw ValidationException.of("cardinality", "An N:M relationship is imported over its "
                            + "junction entity");
                }
                return ModelRules.relationship(r.draft(), target, this, null, false);
            });
            if (d.name() != null) {
                relationshipNames.add(key(d.name()));
            }
            relationships.add(new ModelBatchRepository.RelationshipRow(r.id(), d,
                    r.overJunction() ? d.junctionEntityId() : null));
        }

        /** Applies a rule to one element, naming the element when it is refused; counts it for the progress bar. */
        private <T> T check(String what, Supplier<T> rule) {
            T clean;
            try {
                clean = rule.get();
            } catch (ValidationException e) {
                throw ValidationException.of("element", what + ": " + e.getMessage());
            }
            if (++done % step == 0) {
                progress.accept(done / total);
            }
            return clean;
        }

        @Override
        public Entity entity(UUID id) {
            return entitiesById.get(id);
        }

        @Override
        public boolean entityNameTaken(String name) {
            return entityNames.contains(key(name));
        }

        @Override
        public boolean relationshipNameTaken(String name) {
            return relationshipNames.contains(key(name));
        }

        @Override
        public List<Index> indexesOfEntity(UUID entityId) {
            return indexesByEntity.getOrDefault(entityId, List.of());
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
