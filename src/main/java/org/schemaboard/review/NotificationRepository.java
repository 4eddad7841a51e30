package org.schemaboard.review;

import static org.schemaboard.db.Tables.DESIGN;
import static org.schemaboard.db.Tables.DESIGN_MEMBER;
import static org.schemaboard.db.Tables.NOTIFICATION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    /** Shown instead of a notification's text once its reader is no longer a member of the design. */
    static final String NO_LONGER_A_MEMBER = "You are no longer a member of this design.";

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID userId, UUID designId, AppNotification.Kind kind, String message, UUID threadId) {
        db.insertInto(NOTIFICATION)
                .set(NOTIFICATION.USER_ID, userId)
                .set(NOTIFICATION.DESIGN_ID, designId)
                .set(NOTIFICATION.KIND, kind.name())
                .set(NOTIFICATION.MESSAGE, message.length() > 1000 ? message.substring(0, 999) + "…" : message)
                .set(NOTIFICATION.THREAD_ID, threadId)
                .set(NOTIFICATION.CREATED_AT, OffsetDateTime.now())
                .execute();
    }

    /** Those of {@code userIds} who are members of the design now. */
    Set<UUID> membersAmong(UUID designId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(DESIGN_MEMBER.USER_ID).from(DESIGN_MEMBER)
                .where(DESIGN_MEMBER.DESIGN_ID.eq(designId).and(DESIGN_MEMBER.USER_ID.in(userIds)))
                .fetch(DESIGN_MEMBER.USER_ID));
    }

    /**
     * The user's notifications, newest first. Those about a design the user is no longer a member of keep only that
     * they were about it: their text (which quotes the design's threads) and their link to the thread are left out.
     */
    List<AppNotification> forUser(UUID userId, int limit) {
        return db.select(NOTIFICATION.ID, NOTIFICATION.DESIGN_ID, DESIGN.NAME, NOTIFICATION.KIND, NOTIFICATION.MESSAGE,
                        NOTIFICATION.THREAD_ID, NOTIFICATION.CREATED_AT, NOTIFICATION.READ_AT, DESIGN_MEMBER.USER_ID)
                .from(NOTIFICATION).leftJoin(DESIGN).on(DESIGN.ID.eq(NOTIFICATION.DESIGN_ID))
                .leftJoin(DESIGN_MEMBER).on(DESIGN_MEMBER.DESIGN_ID.eq(NOTIFICATION.DESIGN_ID)
                        .and(DESIGN_MEMBER.USER_ID.eq(NOTIFICATION.USER_ID)))
                .where(NOTIFICATION.USER_ID.eq(userId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .limit(limit)
                .fetch(r -> {
                    boolean stillMember = r.value2() == null || r.value9() != null;
                    return new AppNotification(r.value1(), r.value2(), r.value3(),
                            AppNotification.Kind.valueOf(r.value4()),
                            stillMember ? r.value5() : NO_LONGER_A_MEMBER, stillMember ? r.value6() : null,
                            r.value7(), r.value8() != null);
                });
    }

    int unread(UUID userId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()));
    }

    void markAllRead(UUID userId) {
        db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, OffsetDateTime.now())
                .where(NOTIFICATION.USER_ID.eq(userId).and(NOTIFICATION.READ_AT.isNull()))
                .execute();
    }
}
