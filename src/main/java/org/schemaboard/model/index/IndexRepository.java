package org.schemaboard.model.index;

import org.schemaboard.model.Versioned;
import static org.schemaboard.db.Tables.ENTITY_INDEX;
import static org.schemaboard.db.Tables.INDEX_COLUMN;
import static org.schemaboard.db.Tables.INDEX_QUERY_PATTERN;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.schemaboard.base.ConflictException;
import org.springframework.stereotype.Repository;

@Repository
class IndexRepository {

    private final DSLContext db;

    IndexRepository(DSLContext db) {
        this.db = db;
    }

    Optional<UUID> designOf(UUID indexId) {
        return db.select(ENTITY_INDEX.DESIGN_ID).from(ENTITY_INDEX).where(ENTITY_INDEX.ID.eq(indexId))
                .fetchOptional(ENTITY_INDEX.DESIGN_ID);
    }

    boolean nameTaken(UUID designId, String name, UUID exceptId) {
        var condition = ENTITY_INDEX.DESIGN_ID.eq(designId).and(DSL.lower(ENTITY_INDEX.NAME).eq(name.toLowerCase()));
        return db.fetchExists(ENTITY_INDEX, exceptId == null ? condition : condition.and(ENTITY_INDEX.ID.ne(exceptId)));
    }

    void insert(UUID id, UUID designId, IndexDraft d, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(ENTITY_INDEX)
                .set(ENTITY_INDEX.ID, id).set(ENTITY_INDEX.DESIGN_ID, designId)
                .set(values(d))
                .set(ENTITY_INDEX.CREATED_AT, now).set(ENTITY_INDEX.UPDATED_BY, actor)
                .set(ENTITY_INDEX.UPDATED_AT, now).set(ENTITY_INDEX.VERSION, 1)
                .execute();
        replaceParts(id, d);
    }

    boolean update(UUID id, int expectedVersion, IndexDraft d, String actor) {
        if (!Versioned.update(db, ENTITY_INDEX, id, expectedVersion, actor, values(d))) {
            return false;
        }
        replaceParts(id, d);
        return true;
    }

    boolean delete(UUID id, int expectedVersion) {
        return Versioned.delete(db, ENTITY_INDEX, id, expectedVersion);
    }

    ConflictException conflict(UUID id, String what) {
        return Versioned.conflict(db, ENTITY_INDEX, id, what);
    }

    /** Links the index to the query patterns it serves (the same links a query pattern edits from its side). */
    void replaceQueryPatternLinks(UUID indexId, List<UUID> queryPatternIds) {
        db.deleteFrom(INDEX_QUERY_PATTERN).where(INDEX_QUERY_PATTERN.INDEX_ID.eq(indexId)).execute();
        for (UUID pattern : queryPatternIds) {
            db.insertInto(INDEX_QUERY_PATTERN).set(INDEX_QUERY_PATTERN.INDEX_ID, indexId)
                    .set(INDEX_QUERY_PATTERN.QUERY_PATTERN_ID, pattern).execute();
        }
    }

    private static Map<Field<?>, Object> values(IndexDraft d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ENTITY_INDEX.ENTITY_ID, d.entityId());
        values.put(ENTITY_INDEX.NAME, d.name());
        values.put(ENTITY_INDEX.UNIQUE_INDEX, d.unique());
        values.put(ENTITY_INDEX.PREDICATE, d.predicate());
        values.put(ENTITY_INDEX.METHOD, d.method().name());
        values.put(ENTITY_INDEX.PURPOSE, d.purpose());
        values.put(ENTITY_INDEX.RATIONALE, d.rationale());
        return values;
    }

    private void replaceParts(UUID id, IndexDraft d) {
        db.deleteFrom(INDEX_COLUMN).where(INDEX_COLUMN.INDEX_ID.eq(id)).execute();
        for (int i = 0; i < d.columns().size(); i++) {
            db.insertInto(INDEX_COLUMN).set(INDEX_COLUMN.INDEX_ID, id).set(INDEX_COLUMN.POSITION, i)
                    .set(INDEX_COLUMN.ATTRIBUTE_ID, d.columns().get(i).attributeId())
                    .set(INDEX_COLUMN.DESCENDING, d.columns().get(i).descending())
                    .execute();
        }
        replaceQueryPatternLinks(id, d.queryPatternIds());
    }
}
