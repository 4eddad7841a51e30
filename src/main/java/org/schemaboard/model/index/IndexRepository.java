package org.schemaboard.model.index;

import static org.schemaboard.db.Tables.ENTITY_INDEX;
import static org.schemaboard.db.Tables.INDEX_COLUMN;
import static org.schemaboard.db.Tables.INDEX_QUERY_PATTERN;

import java.util.UUID;
import org.jooq.DSLContext;
import org.schemaboard.model.DesignElementRepository;
import org.springframework.stereotype.Repository;

/** An index's row, its ordered columns and its links to the query patterns it serves. */
@Repository
class IndexRepository extends DesignElementRepository<IndexDraft> {

    IndexRepository(DSLContext db) {
        super(db, ENTITY_INDEX);
    }

    @Override
    protected Columns values(IndexDraft d) {
        return new Columns().set(ENTITY_INDEX.ENTITY_ID, d.entityId()).set(ENTITY_INDEX.NAME, d.name())
                .set(ENTITY_INDEX.UNIQUE_INDEX, d.unique()).set(ENTITY_INDEX.PREDICATE, d.predicate())
                .set(ENTITY_INDEX.METHOD, d.method().name()).set(ENTITY_INDEX.PURPOSE, d.purpose())
                .set(ENTITY_INDEX.RATIONALE, d.rationale());
    }

    /** The columns in order, and the links to query patterns (the same links a query pattern edits from its side). */
    @Override
    protected void replaceParts(UUID id, IndexDraft d) {
        db.deleteFrom(INDEX_COLUMN).where(INDEX_COLUMN.INDEX_ID.eq(id)).execute();
        for (int i = 0; i < d.columns().size(); i++) {
            db.insertInto(INDEX_COLUMN).set(INDEX_COLUMN.INDEX_ID, id).set(INDEX_COLUMN.POSITION, i)
                    .set(INDEX_COLUMN.ATTRIBUTE_ID, d.columns().get(i).attributeId())
                    .set(INDEX_COLUMN.DESCENDING, d.columns().get(i).descending())
                    .execute();
        }
        replaceLinks(INDEX_QUERY_PATTERN.INDEX_ID, id, INDEX_QUERY_PATTERN.QUERY_PATTERN_ID, d.queryPatternIds());
    }
}
