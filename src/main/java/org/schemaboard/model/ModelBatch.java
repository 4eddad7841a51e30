package org.schemaboard.model;

import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * New elements to add to a design in one go (an import), written by {@link ModelBatchService}. Every element gets its
 * id when it is added, so later elements can refer to earlier ones (an index to the attributes of an entity of the
 * same batch), and a label that names it in an error ("table orders (line 12)"). Not thread-safe: build it on one
 * thread, then hand it over.
 */
public final class ModelBatch {

    record NewEntity(UUID id, EntityDraft draft, String what, List<NewAttribute> attributes) {
    }

    record NewAttribute(UUID id, AttributeDraft draft, String what) {
    }

    record NewIndex(UUID id, IndexDraft draft, String what) {
    }

    record NewQueryPattern(UUID id, QueryPatternDraft draft, String what) {
    }

    /**
     * @param overJunction an N:M recorded over its existing junction (see
     *                     {@link RelationshipService#recordManyToMany})
     */
    record NewRelationship(UUID id, RelationshipDraft draft, boolean overJunction, String what) {
    }

    private final List<NewEntity> entities = new ArrayList<>();
    private final Map<UUID, NewEntity> entitiesById = new HashMap<>();
    private final List<NewQueryPattern> queryPatterns = new ArrayList<>();
    private final List<NewIndex> indexes = new ArrayList<>();
    private final List<NewRelationship> relationships = new ArrayList<>();
    private int attributeCount;
    private final long idHigh;
    private long idCounter;

    public ModelBatch() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        idHigh = System.currentTimeMillis() << 16 | 0x7000L | random.nextLong(0x1000L);
        idCounter = random.nextLong(1L << 60);
    }

    /**
     * A new id in the layout of a version 7 UUID (milliseconds first), counting up within the batch: the rows of a
     * batch then go to the end of each primary key index instead of to random places, which the database writes
     * several times faster.
     */
    private UUID nextId() {
        return new UUID(idHigh, 0x8000000000000000L | idCounter++);
    }

    public UUID entity(EntityDraft draft, String what) {
        NewEntity entity = new NewEntity(nextId(), draft, what, new ArrayList<>());
        entities.add(entity);
        entitiesById.put(entity.id(), entity);
        return entity.id();
    }

    /** Adds an attribute, after the ones added before, to an entity of this batch. */
    public UUID attribute(UUID entityId, AttributeDraft draft, String what) {
        NewEntity entity = entitiesById.get(entityId);
        if (entity == null) {
            throw new IllegalArgumentException("Attributes are added to entities of the same batch only");
        }
        NewAttribute attribute = new NewAttribute(nextId(), draft, what);
        entity.attributes().add(attribute);
        attributeCount++;
        return attribute.id();
    }

    /**
     * A query pattern. It may name entities of this batch; the indexes it relies on are linked from the indexes'
     * side ({@link IndexDraft#queryPatternIds}), since the batch's indexes are written after its query patterns.
     */
    public UUID queryPattern(QueryPatternDraft draft, String what) {
        NewQueryPattern pattern = new NewQueryPattern(nextId(), draft, what);
        queryPatterns.add(pattern);
        return pattern.id();
    }

    public UUID index(IndexDraft draft, String what) {
        NewIndex index = new NewIndex(nextId(), draft, what);
        indexes.add(index);
        return index.id();
    }

    /** A 1:1 or 1:N relationship with its column pairs. */
    public UUID relationship(RelationshipDraft draft, String what) {
        NewRelationship relationship = new NewRelationship(nextId(), draft, false, what);
        relationships.add(relationship);
        return relationship.id();
    }

    /**
     * An N:M relationship over a junction entity that brings its own key columns and 1:N relationships (as an
     * imported design does), so nothing is added to the junction.
     */
    public UUID manyToManyOverJunction(RelationshipDraft draft, String what) {
        NewRelationship relationship = new NewRelationship(nextId(), draft, true, what);
        relationships.add(relationship);
        return relationship.id();
    }

    List<NewEntity> entities() {
        return Collections.unmodifiableList(entities);
    }

    List<NewQueryPattern> queryPatterns() {
        return Collections.unmodifiableList(queryPatterns);
    }

    List<NewIndex> indexes() {
        return Collections.unmodifiableList(indexes);
    }

    List<NewRelationship> relationships() {
        return Collections.unmodifiableList(relationships);
    }

    public int entityCount() {
        return entities.size();
    }

    public int attributeCount() {
        return attributeCount;
    }

    public int queryPatternCount() {
        return queryPatterns.size();
    }

    public int indexCount() {
        return indexes.size();
    }

    public int relationshipCount() {
        return relationships.size();
    }

    /** "2 entities, 7 attributes, 1 index, 1 relationship" (query patterns only when there are any). */
    public String describe() {
        return count(entities.size(), "entity", "entities") + ", " + count(attributeCount, "attribute", "attributes")
                + ", " + count(indexes.size(), "index", "indexes") + ", "
                + count(relationships.size(), "relationship", "relationships")
                + (queryPatterns.isEmpty() ? ""
                : ", " + count(queryPatterns.size(), "query pattern", "query patterns"));
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** All elements: what a progress bar counts. */
    public int size() {
        return entities.size() + attributeCount + queryPatterns.size() + indexes.size() + relationships.size();
    }
}
