package org.schemaboard.model.relationship;

import org.schemaboard.model.Versioned;
import static org.schemaboard.db.Tables.RELATIONSHIP;
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
class RelationshipRepository {

    private final DSLContext db;

    RelationshipRepository(DSLContext db) {
        this.db = db;
    }

    org.schemaboard.base.ConflictException conflict(UUID id, String what) {
        return Versioned.conflict(db, RELATIONSHIP, id, what);
    }

    Optional<UUID> designOf(UUID relationshipId) {
        return db.select(RELATIONSHIP.DESIGN_ID).from(RELATIONSHIP).where(RELATIONSHIP.ID.eq(relationshipId))
                .fetchOptional(RELATIONSHIP.DESIGN_ID);
    }

    boolean nameTaken(UUID designId, String name, UUID exceptId) {
        var condition = RELATIONSHIP.DESIGN_ID.eq(designId).and(DSL.lower(RELATIONSHIP.NAME).eq(name.toLowerCase()));
        return db.fetchExists(RELATIONSHIP, exceptId == null ? condition : condition.and(RELATIONSHIP.ID.ne(exceptId)));
    }

    void insert(UUID id, UUID designId, RelationshipDraft d, UUID junctionId, UUID actor) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(RELATIONSHIP)
                .set(RELATIONSHIP.ID, id).set(RELATIONSHIP.DESIGN_ID, designId)
                .set(values(d))
                .set(RELATIONSHIP.JUNCTION_ENTITY_ID, junctionId)
                .set(RELATIONSHIP.CREATED_AT, now).set(RELATIONSHIP.UPDATED_BY, actor)
                .set(RELATIONSHIP.UPDATED_AT, now).set(RELATIONSHIP.VERSION, 1)
                .execute();
        replaceColumns(id, d.columns());
    }

    boolean update(UUID id, int expectedVersion, RelationshipDraft d, UUID actor) {
        if (!Versioned.update(db, RELATIONSHIP, id, expectedVersion, actor, values(d))) {
            return false;
        }
        replaceColumns(id, d.columns());
        return true;
    }

    private static Map<Field<?>, Object> values(RelationshipDraft d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(RELATIONSHIP.FROM_ENTITY_ID, d.fromEntityId());
        values.put(RELATIONSHIP.TO_ENTITY_ID, d.toEntityId());
        values.put(RELATIONSHIP.CARDINALITY, d.cardinality().name());
        values.put(RELATIONSHIP.NAME, d.name());
        values.put(RELATIONSHIP.LABEL, d.label());
        values.put(RELATIONSHIP.ON_DELETE, d.onDelete().name());
        values.put(RELATIONSHIP.ON_UPDATE, d.onUpdate().name());
        values.put(RELATIONSHIP.IDENTIFYING, d.identifying());
        values.put(RELATIONSHIP.RATIONALE, d.rationale());
        return values;
    }

    private void replaceColumns(UUID id, List<Relationship.ColumnPair> pairs) {
        db.deleteFrom(RELATIONSHIP_COLUMN).where(RELATIONSHIP_COLUMN.RELATIONSHIP_ID.eq(id)).execute();
        for (int i = 0; i < pairs.size(); i++) {
            db.insertInto(RELATIONSHIP_COLUMN)
                    .set(RELATIONSHIP_COLUMN.RELATIONSHIP_ID, id).set(RELATIONSHIP_COLUMN.POSITION, i)
                    .set(RELATIONSHIP_COLUMN.FROM_ATTRIBUTE_ID, pairs.get(i).fromAttributeId())
                    .set(RELATIONSHIP_COLUMN.TO_ATTRIBUTE_ID, pairs.get(i).toAttributeId())
                    .execute();
        }
    }

    boolean delete(UUID id, int expectedVersion) {
        return Versioned.delete(db, RELATIONSHIP, id, expectedVersion);
    }
}
