package org.schemaboard.review;

import static org.schemaboard.db.Tables.DESIGN;
import static org.schemaboard.db.Tables.NOTIFICATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

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

    List<AppNotification> forUser(UUID userId, int limit) {
        return db.select(NOTIFICATION.ID, NOTIFICATION.DESIGN_ID, DESIGN.NAME, NOTIFICATION.KIND, NOTIFICATION.MESSAGE,
                        NOTIFICATION.THREAD_ID, NOTIFICATION.CREATED_AT, NOTIFICATION.READ_AT)
                .from(NOTIFICATION).leftJoin(DESIGN).on(DESIGN.ID.eq(NOTIFICATION.DESIGN_ID))
                .where(NOTIFICATION.USER_ID.eq(userId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .limit(limit)
                .fetch(r -> new AppNotification(r.value1(), r.value2(), r.value3(),
                        AppNotification.Kind.valueOf(r.value4()), r.value5(), r.value6(), r.value7(),
                        r.value8() != null));
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
