package org.schemaboard.model.nosql;

import static org.schemaboard.db.Tables.NOSQL_ELEMENT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.schemaboard.model.DesignElementRepository;
import org.springframework.stereotype.Repository;

/** A NoSQL element's row: its kind, name and structure as JSON. */
@Repository
class NoSqlRepository extends DesignElementRepository<NoSqlDraft> {

    NoSqlRepository(DSLContext db) {
        super(db, NOSQL_ELEMENT);
    }

    @Override
    protected Columns values(NoSqlDraft d) {
        return new Columns().set(NOSQL_ELEMENT.NAME, d.name()).set(NOSQL_ELEMENT.KIND, d.spec().kind().name())
                .set(NOSQL_ELEMENT.BODY, NoSqlJson.write(d.spec()));
    }

    @Override
    protected void replaceParts(UUID elementId, NoSqlDraft draft) {
        // the structure is the row's body: no rows of its own
    }

    Optional<NoSqlElement> find(UUID id) {
        return db.selectFrom(NOSQL_ELEMENT).where(NOSQL_ELEMENT.ID.eq(id)).fetchOptional(NoSqlRepository::element);
    }

    /** The design's elements by kind, then name. */
    List<NoSqlElement> of(UUID designId) {
        return db.selectFrom(NOSQL_ELEMENT).where(NOSQL_ELEMENT.DESIGN_ID.eq(designId))
                .orderBy(NOSQL_ELEMENT.KIND, NOSQL_ELEMENT.NAME).fetch(NoSqlRepository::element);
    }

    private static NoSqlElement element(Record r) {
        return new NoSqlElement(r.get(NOSQL_ELEMENT.ID), r.get(NOSQL_ELEMENT.NAME),
                NoSqlJson.read(r.get(NOSQL_ELEMENT.BODY)), r.get(NOSQL_ELEMENT.VERSION));
    }
}
