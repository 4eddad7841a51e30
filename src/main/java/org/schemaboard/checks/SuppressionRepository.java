package org.schemaboard.checks;

import static org.schemaboard.db.Tables.APP_USER;
import static org.schemaboard.db.Tables.CHECK_SUPPRESSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The suppressions of the design checks, per design. */
@Repository
class SuppressionRepository {

    private final DSLContext db;

    SuppressionRepository(DSLContext db) {
        this.db = db;
    }

    List<Suppression> of(UUID designId) {
        return db.select(CHECK_SUPPRESSION.ID, CHECK_SUPPRESSION.DESIGN_ID, CHECK_SUPPRESSION.RULE_ID,
                        CHECK_SUPPRESSION.ELEMENT_KEY, CHECK_SUPPRESSION.ELEMENT_LABEL, CHECK_SUPPRESSION.REASON,
                        APP_USER.USERNAME, CHECK_SUPPRESSION.CREATED_AT, CHECK_SUPPRESSION.VERSION)
                .from(CHECK_SUPPRESSION).join(APP_USER).on(APP_USER.ID.eq(CHECK_SUPPRESSION.CREATED_BY))
                .where(CHECK_SUPPRESSION.DESIGN_ID.eq(designId))
                .orderBy(CHECK_SUPPRESSION.RULE_ID, CHECK_SUPPRESSION.ELEMENT_LABEL)
                .fetch(r -> new Suppression(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    Optional<Suppression> find(UUID id) {
        return db.select(CHECK_SUPPRESSION.DESIGN_ID).from(CHECK_SUPPRESSION).where(CHECK_SUPPRESSION.ID.eq(id))
                .fetchOptional(CHECK_SUPPRESSION.DESIGN_ID)
                .flatMap(design -> of(design).stream().filter(s -> s.id().equals(id)).findFirst());
    }

    boolean exists(UUID designId, String rule, String elementKey) {
        return db.fetchExists(CHECK_SUPPRESSION, CHECK_SUPPRESSION.DESIGN_ID.eq(designId)
                .and(CHECK_SUPPRESSION.RULE_ID.eq(rule)).and(CHECK_SUPPRESSION.ELEMENT_KEY.eq(elementKey)));
    }

    void insert(UUID id, UUID designId, String rule, String elementKey, String label, String reason, UUID actor) {
        db.insertInto(CHECK_SUPPRESSION)
                .set(CHECK_SUPPRESSION.ID, id).set(CHECK_SUPPRESSION.DESIGN_ID, designId)
                .set(CHECK_SUPPRESSION.RULE_ID, rule).set(CHECK_SUPPRESSION.ELEMENT_KEY, elementKey)
                .set(CHECK_SUPPRESSION.ELEMENT_LABEL, label).set(CHECK_SUPPRESSION.REASON, reason)
                .set(CHECK_SUPPRESSION.CREATED_BY, actor).set(CHECK_SUPPRESSION.CREATED_AT, OffsetDateTime.now())
                .set(CHECK_SUPPRESSION.VERSION, 1)
                .execute();
    }

    /** Deletes the suppression if it is still at the expected version; false when it changed or is gone. */
    boolean delete(UUID id, int expectedVersion) {
        return db.deleteFrom(CHECK_SUPPRESSION).where(CHECK_SUPPRESSION.ID.eq(id))
                .and(CHECK_SUPPRESSION.VERSION.eq(expectedVersion)).execute() == 1;
    }
}
