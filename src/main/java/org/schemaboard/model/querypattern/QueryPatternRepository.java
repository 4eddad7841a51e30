package org.schemaboard.model.querypattern;

import org.schemaboard.model.Versioned;
import static org.schemaboard.db.Tables.INDEX_QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN_ENTITY;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.schemaboard.base.ConflictException;
import org.springframework.stereotype.Repository;

@Repository
class QueryPatternRepository {

    private final DSLContext db;

    QueryPatternRepository(DSLContext db) {
        this.db = db;
    }

    Optional<UUID> designOf(UUID id) {
        return db.select(QUERY_PATTERN.DESIGN_ID).from(QUERY_PATTERN).where(QUERY_PATTERN.ID.eq(id))
                .fetchOptional(QUERY_PATTERN.DESIGN_ID);
    }

    boolean nameTaken(UUID designId, String name, UUID exceptId) {
        var condition = QUERY_PATTERN.DESIGN_ID.eq(designId).and(DSL.lower(QUERY_PATTERN.NAME).eq(name.toLowerCase()));
        return db.fetchExists(QUERY_PATTERN,
                exceptId == null ? condition : condition.and(QUERY_PATTERN.ID.ne(exceptId)));
    }

    void insert(UUID id, UUID designId, QueryPatternDraft d, String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(QUERY_PATTERN)
                .set(QUERY_PATTERN.ID, id).set(QUERY_PATTERN.DESIGN_ID, designId)
                .set(values(d))
                .set(QUERY_PATTERN.CREATED_AT, now).set(QUERY_PATTERN.UPDATED_BY, actor)
                .set(QUERY_PATTERN.UPDATED_AT, now).set(QUERY_PATTERN.VERSION, 1)
                .execute();
        replaceLinks(id, d);
    }

    boolean update(UUID id, int expectedVersion, QueryPatternDraft d, String actor) {
        if (!Versioned.update(db, QUERY_PATTERN, id, expectedVersion, actor, values(d))) {
            return false;
        }
        replaceLinks(id, d);
        return true;
    }

    boolean delete(UUID id, int expectedVersion) {
        return Versioned.delete(db, QUERY_PATTERN, id, expectedVersion);
    }

    ConflictException conflict(UUID id, String what) {
        return Versioned.conflict(db, QUERY_PATTERN, id, what);
    }

    private static Map<Field<?>, Object> values(QueryPatternDraft d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(QUERY_PATTERN.NAME, d.name());
        values.put(QUERY_PATTERN.DESCRIPTION, d.description());
        values.put(QUERY_PATTERN.SQL_TEXT, d.sql());
        values.put(QUERY_PATTERN.FREQUENCY, d.frequency());
        values.put(QUERY_PATTERN.FREQUENCY_UNIT, d.frequencyUnit() == null ? null : d.frequencyUnit().name());
        values.put(QUERY_PATTERN.LATENCY_TARGET_MS, d.latencyTargetMs());
        return values;
    }

    private void replaceLinks(UUID id, QueryPatternDraft d) {
        db.deleteFrom(QUERY_PATTERN_ENTITY).where(QUERY_PATTERN_ENTITY.QUERY_PATTERN_ID.eq(id)).execute();
        for (UUID entity : d.entityIds()) {
            db.insertInto(QUERY_PATTERN_ENTITY).set(QUERY_PATTERN_ENTITY.QUERY_PATTERN_ID, id)
                    .set(QUERY_PATTERN_ENTITY.ENTITY_ID, entity).execute();
        }
        db.deleteFrom(INDEX_QUERY_PATTERN).where(INDEX_QUERY_PATTERN.QUERY_PATTERN_ID.eq(id)).execute();
        for (UUID index : d.indexIds()) {
            db.insertInto(INDEX_QUERY_PATTERN).set(INDEX_QUERY_PATTERN.INDEX_ID, index)
                    .set(INDEX_QUERY_PATTERN.QUERY_PATTERN_ID, id).execute();
        }
    }
}
