package org.schemaboard.model.querypattern;

import static org.schemaboard.db.Tables.INDEX_QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN_ENTITY;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.schemaboard.model.DesignElementRepository;
import org.springframework.stereotype.Repository;

/** A query pattern's row and its links to the entities it touches and the indexes it relies on. */
@Repository
class QueryPatternRepository extends DesignElementRepository<QueryPatternDraft> {

    QueryPatternRepository(DSLContext db) {
        super(db, QUERY_PATTERN);
    }

    @Override
    protected Map<Field<?>, Object> values(QueryPatternDraft d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(QUERY_PATTERN.NAME, d.name());
        values.put(QUERY_PATTERN.DESCRIPTION, d.description());
        values.put(QUERY_PATTERN.SQL_TEXT, d.sql());
        values.put(QUERY_PATTERN.FREQUENCY, d.frequency());
        values.put(QUERY_PATTERN.FREQUENCY_UNIT, d.frequencyUnit() == null ? null : d.frequencyUnit().name());
        values.put(QUERY_PATTERN.LATENCY_TARGET_MS, d.latencyTargetMs());
        return values;
    }

    /** The links to entities, and to indexes (the same links an index edits from its side). */
    @Override
    protected void replaceParts(UUID id, QueryPatternDraft d) {
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
