package org.schemaboard.undo;

import static org.schemaboard.db.Tables.UNDO_STEP;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The steps of each person's undo history in a design. */
@Repository
class UndoRepository {

    /** A stored step; {@code elements} is JSON. */
    record Stored(long id, String label, String elements) {
    }

    private final DSLContext db;

    UndoRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Adds a step: a new change ends what could be redone, and only the newest {@code keep} steps stay.
     */
    void add(UUID designId, UUID actorId, String label, String elements, int keep) {
        var mine = UNDO_STEP.DESIGN_ID.eq(designId).and(UNDO_STEP.ACTOR_ID.eq(actorId));
        db.deleteFrom(UNDO_STEP).where(mine).and(UNDO_STEP.UNDONE.isTrue()).execute();
        db.insertInto(UNDO_STEP)
                .set(UNDO_STEP.DESIGN_ID, designId)
                .set(UNDO_STEP.ACTOR_ID, actorId)
                .set(UNDO_STEP.LABEL, label.length() > 500 ? label.substring(0, 497) + "…" : label)
                .set(UNDO_STEP.ELEMENTS, elements)
                .set(UNDO_STEP.CREATED_AT, OffsetDateTime.now())
                .execute();
        Long oldestKept = db.select(UNDO_STEP.ID).from(UNDO_STEP).where(mine).orderBy(UNDO_STEP.ID.desc())
                .offset(keep - 1).limit(1).fetchOne(UNDO_STEP.ID);
        if (oldestKept != null) {
            db.deleteFrom(UNDO_STEP).where(mine).and(UNDO_STEP.ID.lt(oldestKept)).execute();
        }
    }

    /** The step an undo takes back (the newest not undone) or a redo does again (the oldest undone). */
    Optional<Stored> next(UUID designId, UUID actorId, boolean undone) {
        return db.select(UNDO_STEP.ID, UNDO_STEP.LABEL, UNDO_STEP.ELEMENTS).from(UNDO_STEP)
                .where(UNDO_STEP.DESIGN_ID.eq(designId)).and(UNDO_STEP.ACTOR_ID.eq(actorId))
                .and(UNDO_STEP.UNDONE.eq(undone))
                .orderBy(undone ? UNDO_STEP.ID.asc() : UNDO_STEP.ID.desc())
                .limit(1)
                .fetchOptional(r -> new Stored(r.value1(), r.value2(), r.value3()));
    }

    int count(UUID designId, UUID actorId, boolean undone) {
        return db.fetchCount(UNDO_STEP, UNDO_STEP.DESIGN_ID.eq(designId).and(UNDO_STEP.ACTOR_ID.eq(actorId))
                .and(UNDO_STEP.UNDONE.eq(undone)));
    }

    Optional<String> label(UUID designId, UUID actorId, boolean undone) {
        return db.select(UNDO_STEP.LABEL).from(UNDO_STEP)
                .where(UNDO_STEP.DESIGN_ID.eq(designId)).and(UNDO_STEP.ACTOR_ID.eq(actorId))
                .and(UNDO_STEP.UNDONE.eq(undone))
                .orderBy(undone ? UNDO_STEP.ID.asc() : UNDO_STEP.ID.desc())
                .limit(1).fetchOptional(UNDO_STEP.LABEL);
    }

    void mark(long id, boolean undone) {
        db.update(UNDO_STEP).set(UNDO_STEP.UNDONE, undone).where(UNDO_STEP.ID.eq(id)).execute();
    }
}
