package org.schemaboard.model.querypattern;

import static org.schemaboard.db.Tables.INDEX_QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN_ENTITY;

import java.util.UUID;
import org.jooq.DSLContext;
import org.schemaboard.model.DesignElementRepository;
import org.springframework.stereotype.Repository;

/** A query pattern's row and its links to the entities it touches and the indexes it relies on. */
@Repository
class QueryPatternRepository extends DesignElementRepository<QueryPatternDraft> {

    QueryPatternRepository(DSLContext db) {
        super(db, QUERY_PATTERN);
    }

    @Override
    protected Columns values(QueryPatternDraft d) {
        return new Columns().set(QUERY_PATTERN.NAME, d.name()).set(QUERY_PATTERN.DESCRIPTION, d.description())
                .set(QUERY_PATTERN.SQL_TEXT, d.sql()).set(QUERY_PATTERN.FREQUENCY, d.frequency())
                .set(QUERY_PATTERN.FREQUENCY_UNIT, d.frequencyUnit() == null ? null : d.frequencyUnit().name())
                .set(QUERY_PATTERN.LATENCY_TARGET_MS, d.latencyTargetMs());
    }

    /** The links to entities, and to indexes (the same links an index edits from its side). */
    @Override
    protected void replaceParts(UUID id, QueryPatternDraft d) {
        replaceLinks(QUERY_PATTERN_ENTITY.QUERY_PATTERN_ID, id, QUERY_PATTERN_ENTITY.ENTITY_ID, d.entityIds());
        replaceLinks(INDEX_QUERY_PATTERN.QUERY_PATTERN_ID, id, INDEX_QUERY_PATTERN.INDEX_ID, d.indexIds());
    }
}
