package org.schemaboard.model.entity;

import org.schemaboard.model.Versioned;
import static org.schemaboard.db.Tables.ATTRIBUTE;
import static org.schemaboard.db.Tables.ENTITY;
import static org.schemaboard.db.Tables.INDEX_COLUMN;
import static org.schemaboard.db.Tables.RELATIONSHIP_COLUMN;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class EntityRepository {

    private final DSLContext db;

    EntityRepository(DSLContext db) {
        this.db = db;
    }

    org.schemaboard.base.ConflictException entityConflict(UUID id, String what) {
        return Versioned.conflict(db, ENTITY, id, what);
    }

    org.schemaboard.base.ConflictException attributeConflict(UUID id, String what) {
        return Versioned.conflict(db, ATTRIBUTE, id, what);
    }

    Optional<UUID> designOfEntity(UUID entityId) {
        return db.select(ENTITY.DESIGN_ID).from(ENTITY).where(ENTITY.ID.eq(entityId)).fetchOptional(ENTITY.DESIGN_ID);
    }

    /** The design and entity an attribute belongs to. */
    Optional<UUID[]> designAndEntityOfAttribute(UUID attributeId) {
        return db.select(ENTITY.DESIGN_ID, ENTITY.ID).from(ATTRIBUTE).join(ENTITY).on(ENTITY.ID.eq(ATTRIBUTE.ENTITY_ID))
                .where(ATTRIBUTE.ID.eq(attributeId))
                .fetchOptional(r -> new UUID[] {r.value1(), r.value2()});
    }

    boolean entityNameTaken(UUID designId, String name, UUID exceptId) {
        var condition = ENTITY.DESIGN_ID.eq(designId).and(DSL.lower(ENTITY.NAME).eq(name.toLowerCase()));
        return db.fetchExists(ENTITY, exceptId == null ? condition : condition.and(ENTITY.ID.ne(exceptId)));
    }

    void insertEntity(UUID id, UUID designId, EntityDraft d, UUID actor) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(ENTITY)
                .set(ENTITY.ID, id).set(ENTITY.DESIGN_ID, designId).set(ENTITY.NAME, d.name()).set(ENTITY.KIND, d.kind().name())
                .set(ENTITY.PURPOSE, d.purpose()).set(ENTITY.BUSINESS_RULES, d.businessRules())
                .set(ENTITY.LIFECYCLE, d.lifecycle()).set(ENTITY.NOTES, d.notes())
                .set(ENTITY.CREATED_AT, now).set(ENTITY.UPDATED_BY, actor).set(ENTITY.UPDATED_AT, now)
                .set(ENTITY.VERSION, 1)
                .execute();
    }

    boolean updateEntity(UUID id, int expectedVersion, EntityDraft d, UUID actor) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ENTITY.NAME, d.name());
        values.put(ENTITY.KIND, d.kind().name());
        values.put(ENTITY.PURPOSE, d.purpose());
        values.put(ENTITY.BUSINESS_RULES, d.businessRules());
        values.put(ENTITY.LIFECYCLE, d.lifecycle());
        values.put(ENTITY.NOTES, d.notes());
        return Versioned.update(db, ENTITY, id, expectedVersion, actor, values);
    }

    boolean deleteEntity(UUID id, int expectedVersion) {
        return Versioned.delete(db, ENTITY, id, expectedVersion);
    }

    boolean attributeNameTaken(UUID entityId, String name, UUID exceptId) {
        var condition = ATTRIBUTE.ENTITY_ID.eq(entityId).and(DSL.lower(ATTRIBUTE.NAME).eq(name.toLowerCase()));
        return db.fetchExists(ATTRIBUTE, exceptId == null ? condition : condition.and(ATTRIBUTE.ID.ne(exceptId)));
    }

    int nextPosition(UUID entityId) {
        Integer max = db.select(DSL.max(ATTRIBUTE.POSITION)).from(ATTRIBUTE).where(ATTRIBUTE.ENTITY_ID.eq(entityId))
                .fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    void insertAttribute(UUID id, UUID entityId, int position, AttributeDraft d, UUID actor) {
        db.insertInto(ATTRIBUTE)
                .set(ATTRIBUTE.ID, id).set(ATTRIBUTE.ENTITY_ID, entityId).set(ATTRIBUTE.POSITION, position)
                .set(attributeValues(d))
                .set(ATTRIBUTE.UPDATED_BY, actor).set(ATTRIBUTE.UPDATED_AT, OffsetDateTime.now())
                .set(ATTRIBUTE.VERSION, 1)
                .execute();
    }

    boolean updateAttribute(UUID id, int expectedVersion, AttributeDraft d, UUID actor) {
        return Versioned.update(db, ATTRIBUTE, id, expectedVersion, actor, attributeValues(d));
    }

    private static Map<Field<?>, Object> attributeValues(AttributeDraft d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ATTRIBUTE.NAME, d.name());
        values.put(ATTRIBUTE.DATA_TYPE, d.dataType());
        values.put(ATTRIBUTE.LENGTH, d.length());
        values.put(ATTRIBUTE.NUMERIC_PRECISION, d.precision());
        values.put(ATTRIBUTE.NUMERIC_SCALE, d.scale());
        values.put(ATTRIBUTE.NULLABLE, d.nullable());
        values.put(ATTRIBUTE.DEFAULT_VALUE, d.defaultValue());
        values.put(ATTRIBUTE.PRIMARY_KEY, d.primaryKey());
        values.put(ATTRIBUTE.UNIQUE_VALUE, d.unique());
        values.put(ATTRIBUTE.AUTO_INCREMENT, d.autoIncrement());
        values.put(ATTRIBUTE.CHECK_EXPRESSION, d.checkExpression());
        values.put(ATTRIBUTE.DESCRIPTION, d.description());
        return values;
    }

    boolean deleteAttribute(UUID id, int expectedVersion) {
        return Versioned.delete(db, ATTRIBUTE, id, expectedVersion);
    }

    /** How many relationship column pairs and index columns use the attribute (a used attribute cannot be deleted). */
    int usages(UUID attributeId) {
        return db.fetchCount(RELATIONSHIP_COLUMN, RELATIONSHIP_COLUMN.FROM_ATTRIBUTE_ID.eq(attributeId)
                .or(RELATIONSHIP_COLUMN.TO_ATTRIBUTE_ID.eq(attributeId)))
                + db.fetchCount(INDEX_COLUMN, INDEX_COLUMN.ATTRIBUTE_ID.eq(attributeId));
    }

    List<UUID> attributeOrder(UUID entityId) {
        return db.select(ATTRIBUTE.ID).from(ATTRIBUTE).where(ATTRIBUTE.ENTITY_ID.eq(entityId))
                .orderBy(ATTRIBUTE.POSITION).fetch(ATTRIBUTE.ID);
    }

    void setPositions(List<UUID> order) {
        for (int i = 0; i < order.size(); i++) {
            db.update(ATTRIBUTE).set(ATTRIBUTE.POSITION, i).where(ATTRIBUTE.ID.eq(order.get(i))).execute();
        }
    }
}
