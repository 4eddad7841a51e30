package org.schemaboard.review;

import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignStatus;
import static org.schemaboard.db.Tables.APP_USER;
import static org.schemaboard.db.Tables.DESIGN_MEMBER;
import static org.schemaboard.db.Tables.DESIGN_SNAPSHOT;
import static org.schemaboard.db.Tables.DESIGN_STATUS;
import static org.schemaboard.db.Tables.REVIEW_DECISION;
import static org.schemaboard.db.Tables.REVIEW_REQUEST;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    private final DSLContext db;

    ReviewRepository(DSLContext db) {
        this.db = db;
    }

    DesignStatus status(UUID designId) {
        return db.select(DESIGN_STATUS.STATUS).from(DESIGN_STATUS).where(DESIGN_STATUS.DESIGN_ID.eq(designId))
                .fetchOptional(r -> DesignStatus.valueOf(r.value1())).orElse(DesignStatus.DRAFT);
    }

    /** Status of every design the user is a member of (drafts are left out). */
    Map<UUID, DesignStatus> statusesFor(UUID userId) {
        Map<UUID, DesignStatus> out = new HashMap<>();
        db.select(DESIGN_STATUS.DESIGN_ID, DESIGN_STATUS.STATUS).from(DESIGN_STATUS)
                .join(DESIGN_MEMBER).on(DESIGN_MEMBER.DESIGN_ID.eq(DESIGN_STATUS.DESIGN_ID)
                        .and(DESIGN_MEMBER.USER_ID.eq(userId)))
                .fetch().forEach(r -> out.put(r.value1(), DesignStatus.valueOf(r.value2())));
        return out;
    }

    void setStatus(UUID designId, DesignStatus status) {
        db.mergeInto(DESIGN_STATUS)
                .using(db.selectOne())
                .on(DESIGN_STATUS.DESIGN_ID.eq(designId))
                .whenMatchedThenUpdate()
                .set(DESIGN_STATUS.STATUS, status.name())
                .set(DESIGN_STATUS.CHANGED_AT, OffsetDateTime.now())
                .set(DESIGN_STATUS.VERSION, DESIGN_STATUS.VERSION.plus(1))
                .whenNotMatchedThenInsert(DESIGN_STATUS.DESIGN_ID, DESIGN_STATUS.STATUS, DESIGN_STATUS.CHANGED_AT,
                        DESIGN_STATUS.VERSION)
                .values(designId, status.name(), OffsetDateTime.now(), 1)
                .execute();
    }

    void insertRequest(UUID id, UUID designId, UUID requestedBy, String message, List<UUID> reviewers) {
        db.insertInto(REVIEW_REQUEST)
                .set(REVIEW_REQUEST.ID, id)
                .set(REVIEW_REQUEST.DESIGN_ID, designId)
                .set(REVIEW_REQUEST.REQUESTED_BY, requestedBy)
                .set(REVIEW_REQUEST.MESSAGE, message)
                .set(REVIEW_REQUEST.STATUS, ReviewRequest.Status.OPEN.name())
                .set(REVIEW_REQUEST.CREATED_AT, OffsetDateTime.now())
                .set(REVIEW_REQUEST.VERSION, 1)
                .execute();
        for (UUID reviewer : reviewers) {
            db.insertInto(REVIEW_DECISION)
                    .set(REVIEW_DECISION.REQUEST_ID, id)
                    .set(REVIEW_DECISION.REVIEWER_ID, reviewer)
                    .set(REVIEW_DECISION.DECISION, ReviewRequest.Verdict.PENDING.name())
                    .execute();
        }
    }

    /** @return whether the decision was still pending (and so was recorded) */
    boolean decide(UUID requestId, UUID reviewerId, ReviewRequest.Verdict verdict, String comment,
                   String approvedJson) {
        return db.update(REVIEW_DECISION)
                .set(REVIEW_DECISION.DECISION, verdict.name())
                .set(REVIEW_DECISION.COMMENT, comment)
                .set(REVIEW_DECISION.APPROVED_JSON, approvedJson)
                .set(REVIEW_DECISION.DECIDED_AT, OffsetDateTime.now())
                .where(REVIEW_DECISION.REQUEST_ID.eq(requestId).and(REVIEW_DECISION.REVIEWER_ID.eq(reviewerId))
                        .and(REVIEW_DECISION.DECISION.eq(ReviewRequest.Verdict.PENDING.name())))
                .execute() == 1;
    }

    /** @return whether the request was still open (and so was closed) */
    boolean close(UUID requestId, ReviewRequest.Status status) {
        return db.update(REVIEW_REQUEST)
                .set(REVIEW_REQUEST.STATUS, status.name())
                .set(REVIEW_REQUEST.CLOSED_AT, OffsetDateTime.now())
                .set(REVIEW_REQUEST.VERSION, REVIEW_REQUEST.VERSION.plus(1))
                .where(REVIEW_REQUEST.ID.eq(requestId).and(REVIEW_REQUEST.STATUS.eq(ReviewRequest.Status.OPEN.name())))
                .execute() == 1;
    }

    /**
     * Turns every approval of the request back into a pending decision (the design changed after they approved); the
     * state each approved stays in {@code approved_json}. Returns the reviewers asked again.
     */
    List<UUID> askApproversAgain(UUID requestId) {
        List<UUID> approvers = db.select(REVIEW_DECISION.REVIEWER_ID).from(REVIEW_DECISION)
                .where(REVIEW_DECISION.REQUEST_ID.eq(requestId)
                        .and(REVIEW_DECISION.DECISION.eq(ReviewRequest.Verdict.APPROVED.name())))
                .fetch(REVIEW_DECISION.REVIEWER_ID);
        if (!approvers.isEmpty()) {
            db.update(REVIEW_DECISION)
                    .set(REVIEW_DECISION.DECISION, ReviewRequest.Verdict.PENDING.name())
                    .setNull(REVIEW_DECISION.DECIDED_AT)
                    .where(REVIEW_DECISION.REQUEST_ID.eq(requestId)
                            .and(REVIEW_DECISION.DECISION.eq(ReviewRequest.Verdict.APPROVED.name())))
                    .execute();
        }
        return approvers;
    }

    /** The design as {@code reviewerId} approved it in the request (design.json), if they approved it earlier. */
    Optional<String> approvedJson(UUID requestId, UUID reviewerId) {
        return db.select(REVIEW_DECISION.APPROVED_JSON).from(REVIEW_DECISION)
                .where(REVIEW_DECISION.REQUEST_ID.eq(requestId).and(REVIEW_DECISION.REVIEWER_ID.eq(reviewerId))
                        .and(REVIEW_DECISION.APPROVED_JSON.isNotNull()))
                .fetchOptional(REVIEW_DECISION.APPROVED_JSON);
    }

    /** The reviewers of the request who have not decided yet. */
    List<UUID> pendingReviewersOf(UUID requestId) {
        return db.select(REVIEW_DECISION.REVIEWER_ID).from(REVIEW_DECISION)
                .where(REVIEW_DECISION.REQUEST_ID.eq(requestId)
                        .and(REVIEW_DECISION.DECISION.eq(ReviewRequest.Verdict.PENDING.name())))
                .fetch(REVIEW_DECISION.REVIEWER_ID);
    }

    Optional<UUID> requestedByOf(UUID requestId) {
        return db.select(REVIEW_REQUEST.REQUESTED_BY).from(REVIEW_REQUEST).where(REVIEW_REQUEST.ID.eq(requestId))
                .fetchOptional(r -> r.value1());
    }

    Optional<ReviewRequest> latestRequest(UUID designId) {
        var requester = APP_USER.as("requester");
        Optional<org.jooq.Record8<UUID, String, String, String, String, OffsetDateTime, OffsetDateTime, UUID>> row =
                db.select(REVIEW_REQUEST.ID, requester.USERNAME, requester.DISPLAY_NAME, REVIEW_REQUEST.MESSAGE,
                                REVIEW_REQUEST.STATUS, REVIEW_REQUEST.CREATED_AT, REVIEW_REQUEST.CLOSED_AT,
                                REVIEW_REQUEST.DESIGN_ID)
                        .from(REVIEW_REQUEST).join(requester).on(requester.ID.eq(REVIEW_REQUEST.REQUESTED_BY))
                        .where(REVIEW_REQUEST.DESIGN_ID.eq(designId))
                        .orderBy(REVIEW_REQUEST.CREATED_AT.desc())
                        .limit(1)
                        .fetchOptional();
        return row.map(r -> new ReviewRequest(r.value1(), r.value2(), r.value3(), r.value4(),
                ReviewRequest.Status.valueOf(r.value5()), r.value6(), r.value7(), decisions(r.value1())));
    }

    /**
     * The decisions, each with whether its reviewer can still decide: still a member of the request's design as
     * reviewer or owner (the roles {@code RoleRequirement.REVIEW} admits), with an enabled account.
     */
    private List<ReviewRequest.Decision> decisions(UUID requestId) {
        Field<Boolean> eligible = DSL.field(DSL.exists(DSL.selectOne().from(DESIGN_MEMBER).join(REVIEW_REQUEST)
                .on(REVIEW_REQUEST.ID.eq(REVIEW_DECISION.REQUEST_ID))
                .where(DESIGN_MEMBER.DESIGN_ID.eq(REVIEW_REQUEST.DESIGN_ID)
                        .and(DESIGN_MEMBER.USER_ID.eq(REVIEW_DECISION.REVIEWER_ID))
                        .and(DESIGN_MEMBER.ROLE.in(DesignRole.REVIEWER.name(), DesignRole.OWNER.name())))
                .and(APP_USER.ENABLED.isTrue())));
        return db.select(APP_USER.USERNAME, APP_USER.DISPLAY_NAME, REVIEW_DECISION.DECISION, REVIEW_DECISION.COMMENT,
                        REVIEW_DECISION.DECIDED_AT, eligible, REVIEW_DECISION.APPROVED_JSON.isNotNull())
                .from(REVIEW_DECISION).join(APP_USER).on(APP_USER.ID.eq(REVIEW_DECISION.REVIEWER_ID))
                .where(REVIEW_DECISION.REQUEST_ID.eq(requestId))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new ReviewRequest.Decision(r.value1(), r.value2(),
                        ReviewRequest.Verdict.valueOf(r.value3()), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6()), Boolean.TRUE.equals(r.value7())));
    }

    /**
     * Locks the design's open review request until the transaction ends and returns its id: decisions on one request
     * are taken one after the other, each reading what the one before it committed.
     */
    Optional<UUID> lockOpenRequest(UUID designId) {
        return db.select(REVIEW_REQUEST.ID).from(REVIEW_REQUEST)
                .where(REVIEW_REQUEST.DESIGN_ID.eq(designId)
                        .and(REVIEW_REQUEST.STATUS.eq(ReviewRequest.Status.OPEN.name())))
                .forUpdate()
                .fetchOptional(REVIEW_REQUEST.ID);
    }

    int nextSnapshotNumber(UUID designId) {
        Integer max = db.select(DSL.max(DESIGN_SNAPSHOT.NUMBER)).from(DESIGN_SNAPSHOT)
                .where(DESIGN_SNAPSHOT.DESIGN_ID.eq(designId)).fetchOne(r -> r.value1());
        return max == null ? 1 : max + 1;
    }

    void insertSnapshot(UUID designId, int number, UUID requestId, String approvedBy, String json) {
        db.insertInto(DESIGN_SNAPSHOT)
                .set(DESIGN_SNAPSHOT.ID, UUID.randomUUID())
                .set(DESIGN_SNAPSHOT.DESIGN_ID, designId)
                .set(DESIGN_SNAPSHOT.NUMBER, number)
                .set(DESIGN_SNAPSHOT.REQUEST_ID, requestId)
                .set(DESIGN_SNAPSHOT.APPROVED_BY, approvedBy)
                .set(DESIGN_SNAPSHOT.APPROVED_AT, OffsetDateTime.now())
                .set(DESIGN_SNAPSHOT.DESIGN_JSON, json)
                .execute();
    }

    /** Snapshots newest first, without their text. */
    List<Snapshot> snapshots(UUID designId) {
        return db.select(DESIGN_SNAPSHOT.NUMBER, DESIGN_SNAPSHOT.APPROVED_BY, DESIGN_SNAPSHOT.APPROVED_AT)
                .from(DESIGN_SNAPSHOT).where(DESIGN_SNAPSHOT.DESIGN_ID.eq(designId))
                .orderBy(DESIGN_SNAPSHOT.NUMBER.desc())
                .fetch(r -> new Snapshot(designId, r.value1(), r.value2(), r.value3(), null));
    }

    Optional<Snapshot> snapshot(UUID designId, int number) {
        return db.select(DESIGN_SNAPSHOT.NUMBER, DESIGN_SNAPSHOT.APPROVED_BY, DESIGN_SNAPSHOT.APPROVED_AT,
                        DESIGN_SNAPSHOT.DESIGN_JSON)
                .from(DESIGN_SNAPSHOT)
                .where(DESIGN_SNAPSHOT.DESIGN_ID.eq(designId).and(DESIGN_SNAPSHOT.NUMBER.eq(number)))
                .fetchOptional(r -> new Snapshot(designId, r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
