package org.schemaboard.design;

import static org.schemaboard.db.Tables.APP_USER;
import static org.schemaboard.db.Tables.DESIGN;
import static org.schemaboard.db.Tables.DESIGN_MEMBER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SelectOnConditionStep;
import org.jooq.Record8;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class DesignRepository {

    private final DSLContext db;

    DesignRepository(DSLContext db) {
        this.db = db;
    }

    private SelectOnConditionStep<Record8<UUID, String, String, String, String, OffsetDateTime, String, Integer>>
            summaries(UUID userId) {
        return db.select(DESIGN.ID, DESIGN.NAME, DESIGN.TARGET_DATABASE, DESIGN.DESCRIPTION, DESIGN_MEMBER.ROLE,
                        DESIGN.UPDATED_AT, APP_USER.DISPLAY_NAME, DESIGN.VERSION)
                .from(DESIGN)
                .join(DESIGN_MEMBER).on(DESIGN_MEMBER.DESIGN_ID.eq(DESIGN.ID).and(DESIGN_MEMBER.USER_ID.eq(userId)))
                .join(APP_USER).on(APP_USER.ID.eq(DESIGN.UPDATED_BY));
    }

    List<DesignSummary> findForMember(UUID userId) {
        return summaries(userId).orderBy(DESIGN.NAME_KEY).fetch(r -> toSummary(r));
    }

    Optional<DesignSummary> findForMember(UUID userId, UUID designId) {
        return summaries(userId).where(DESIGN.ID.eq(designId)).fetchOptional(r -> toSummary(r));
    }

    private static DesignSummary toSummary(
            Record8<UUID, String, String, String, String, OffsetDateTime, String, Integer> r) {
        return new DesignSummary(r.value1(), r.value2(), TargetDatabase.valueOf(r.value3()), r.value4(),
                DesignRole.valueOf(r.value5()), r.value6(), r.value7(), r.value8());
    }

    /** All designs with the member to read each as: the owner first, then editor, reviewer, viewer; earliest first. */
    List<DesignOnServer> findAllWithReader() {
        return db.connectionResult(DesignCatalog::all);
    }

    Optional<DesignRole> roleOf(UUID userId, UUID designId) {
        return db.select(DESIGN_MEMBER.ROLE).from(DESIGN_MEMBER)
                .where(DESIGN_MEMBER.DESIGN_ID.eq(designId).and(DESIGN_MEMBER.USER_ID.eq(userId)))
                .fetchOptional(r -> DesignRole.valueOf(r.value1()));
    }

    boolean nameTaken(String nameKey, UUID exceptId) {
        var condition = DESIGN.NAME_KEY.eq(nameKey);
        if (exceptId != null) {
            condition = condition.and(DESIGN.ID.ne(exceptId));
        }
        return db.fetchExists(DESIGN, condition);
    }

    void insert(UUID id, DesignDraft draft, String nameKey, UUID userId) {
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(DESIGN)
                .set(DESIGN.ID, id)
                .set(DESIGN.NAME, draft.name())
                .set(DESIGN.NAME_KEY, nameKey)
                .set(DESIGN.TARGET_DATABASE, draft.targetDatabase().name())
                .set(DESIGN.DESCRIPTION, draft.description())
                .set(DESIGN.CREATED_BY, userId)
                .set(DESIGN.CREATED_AT, now)
                .set(DESIGN.UPDATED_BY, userId)
                .set(DESIGN.UPDATED_AT, now)
                .set(DESIGN.VERSION, 1)
                .execute();
    }

    /** @return whether the row was still at {@code expectedVersion} (and so was updated) */
    boolean update(UUID id, int expectedVersion, DesignDraft draft, String nameKey, UUID userId) {
        return db.update(DESIGN)
                .set(DESIGN.NAME, draft.name())
                .set(DESIGN.NAME_KEY, nameKey)
                .set(DESIGN.TARGET_DATABASE, draft.targetDatabase().name())
                .set(DESIGN.DESCRIPTION, draft.description())
                .set(DESIGN.UPDATED_BY, userId)
                .set(DESIGN.UPDATED_AT, OffsetDateTime.now())
                .set(DESIGN.VERSION, DESIGN.VERSION.plus(1))
                .where(DESIGN.ID.eq(id).and(DESIGN.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    void lock(UUID id) {
        db.select(DESIGN.ID).from(DESIGN).where(DESIGN.ID.eq(id)).forUpdate().fetchOptional();
    }

    /** Marks the design as changed by {@code userId} now; model edits call this so the list shows the last change. */
    void touch(UUID id, UUID userId) {
        db.update(DESIGN)
                .set(DESIGN.UPDATED_BY, userId)
                .set(DESIGN.UPDATED_AT, OffsetDateTime.now())
                .where(DESIGN.ID.eq(id))
                .execute();
    }

    boolean delete(UUID id, int expectedVersion) {
        return db.deleteFrom(DESIGN).where(DESIGN.ID.eq(id).and(DESIGN.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /** Who changed the design last and when: for a conflict message. */
    Optional<Record3<String, OffsetDateTime, Integer>> lastChange(UUID id) {
        return db.select(APP_USER.DISPLAY_NAME, DESIGN.UPDATED_AT, DESIGN.VERSION)
                .from(DESIGN).join(APP_USER).on(APP_USER.ID.eq(DESIGN.UPDATED_BY))
                .where(DESIGN.ID.eq(id))
                .fetchOptional();
    }

    void upsertMember(UUID designId, UUID userId, DesignRole role) {
        db.mergeInto(DESIGN_MEMBER)
                .using(db.selectOne())
                .on(DESIGN_MEMBER.DESIGN_ID.eq(designId).and(DESIGN_MEMBER.USER_ID.eq(userId)))
                .whenMatchedThenUpdate().set(DESIGN_MEMBER.ROLE, role.name())
                .set(DESIGN_MEMBER.VERSION, DESIGN_MEMBER.VERSION.plus(1))
                .whenNotMatchedThenInsert(DESIGN_MEMBER.DESIGN_ID, DESIGN_MEMBER.USER_ID, DESIGN_MEMBER.ROLE,
                        DESIGN_MEMBER.ADDED_AT, DESIGN_MEMBER.VERSION)
                .values(designId, userId, role.name(), OffsetDateTime.now(), 1)
                .execute();
    }

    /**
     * The design's owners, their member rows locked until the transaction ends (in one order, so two callers cannot
     * deadlock): two owners removing or demoting each other at the same moment cannot both pass the "not the last
     * owner" check; the second one waits and then counts what the first one left.
     */
    List<UUID> lockOwners(UUID designId) {
        return db.select(DESIGN_MEMBER.USER_ID).from(DESIGN_MEMBER)
                .where(DESIGN_MEMBER.DESIGN_ID.eq(designId).and(DESIGN_MEMBER.ROLE.eq(DesignRole.OWNER.name())))
                .orderBy(DESIGN_MEMBER.USER_ID)
                .forUpdate()
                .fetch(DESIGN_MEMBER.USER_ID);
    }

    void deleteMember(UUID designId, UUID userId) {
        db.deleteFrom(DESIGN_MEMBER)
                .where(DESIGN_MEMBER.DESIGN_ID.eq(designId).and(DESIGN_MEMBER.USER_ID.eq(userId)))
                .execute();
    }

    List<DesignMember> members(UUID designId) {
        Field<Integer> rank = DSL.case_(DESIGN_MEMBER.ROLE).when(DesignRole.OWNER.name(), 0)
                .when(DesignRole.EDITOR.name(), 1).when(DesignRole.REVIEWER.name(), 2).else_(3);
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, DESIGN_MEMBER.ROLE)
                .from(DESIGN_MEMBER).join(APP_USER).on(APP_USER.ID.eq(DESIGN_MEMBER.USER_ID))
                .where(DESIGN_MEMBER.DESIGN_ID.eq(designId))
                .orderBy(rank, APP_USER.DISPLAY_NAME)
                .fetch(r -> new DesignMember(r.value1(), r.value2(), r.value3(), DesignRole.valueOf(r.value4())));
    }
}
