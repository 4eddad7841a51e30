package org.schemaboard.review;

import static org.schemaboard.db.Tables.APP_USER;
import static org.schemaboard.db.Tables.COMMENT_MENTION;
import static org.schemaboard.db.Tables.COMMENT_THREAD;
import static org.schemaboard.db.Tables.DESIGN_COMMENT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

    /** A thread row as stored (the label is the one stored when it was started). */
    record ThreadRow(UUID id, UUID designId, String type, String key, String label, boolean blocking, boolean resolved,
                     String resolvedByName, OffsetDateTime resolvedAt, UUID createdById, String createdBy,
                     String createdByName, OffsetDateTime createdAt, int version) {
    }

    private final DSLContext db;

    CommentRepository(DSLContext db) {
        this.db = db;
    }

    void insertThread(UUID id, UUID designId, ElementRef element, boolean blocking, UUID userId) {
        db.insertInto(COMMENT_THREAD)
                .set(COMMENT_THREAD.ID, id)
                .set(COMMENT_THREAD.DESIGN_ID, designId)
                .set(COMMENT_THREAD.ELEMENT_TYPE, element.type())
                .set(COMMENT_THREAD.ELEMENT_KEY, element.key())
                .set(COMMENT_THREAD.ELEMENT_LABEL, element.label())
                .set(COMMENT_THREAD.BLOCKING, blocking)
                .set(COMMENT_THREAD.CREATED_BY, userId)
                .set(COMMENT_THREAD.CREATED_AT, OffsetDateTime.now())
                .set(COMMENT_THREAD.VERSION, 1)
                .execute();
    }

    void insertComment(UUID id, UUID threadId, UUID authorId, String body) {
        db.insertInto(DESIGN_COMMENT)
                .set(DESIGN_COMMENT.ID, id)
                .set(DESIGN_COMMENT.THREAD_ID, threadId)
                .set(DESIGN_COMMENT.AUTHOR_ID, authorId)
                .set(DESIGN_COMMENT.BODY, body)
                .set(DESIGN_COMMENT.CREATED_AT, OffsetDateTime.now())
                .set(DESIGN_COMMENT.VERSION, 1)
                .execute();
    }

    void setMentions(UUID commentId, Collection<UUID> userIds) {
        db.deleteFrom(COMMENT_MENTION).where(COMMENT_MENTION.COMMENT_ID.eq(commentId)).execute();
        for (UUID user : userIds) {
            db.insertInto(COMMENT_MENTION).set(COMMENT_MENTION.COMMENT_ID, commentId)
                    .set(COMMENT_MENTION.USER_ID, user).execute();
        }
    }

    boolean updateComment(UUID commentId, int expectedVersion, String body) {
        return db.update(DESIGN_COMMENT)
                .set(DESIGN_COMMENT.BODY, body)
                .set(DESIGN_COMMENT.EDITED_AT, OffsetDateTime.now())
                .set(DESIGN_COMMENT.VERSION, DESIGN_COMMENT.VERSION.plus(1))
                .where(DESIGN_COMMENT.ID.eq(commentId).and(DESIGN_COMMENT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean setResolved(UUID threadId, int expectedVersion, boolean resolved, UUID userId) {
        return db.update(COMMENT_THREAD)
                .set(COMMENT_THREAD.RESOLVED, resolved)
                .set(COMMENT_THREAD.RESOLVED_BY, resolved ? userId : null)
                .set(COMMENT_THREAD.RESOLVED_AT, resolved ? OffsetDateTime.now() : null)
                .set(COMMENT_THREAD.VERSION, COMMENT_THREAD.VERSION.plus(1))
                .where(COMMENT_THREAD.ID.eq(threadId).and(COMMENT_THREAD.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** A thread's design, or empty when it does not exist. */
    Optional<UUID> designOfThread(UUID threadId) {
        return db.select(COMMENT_THREAD.DESIGN_ID).from(COMMENT_THREAD).where(COMMENT_THREAD.ID.eq(threadId))
                .fetchOptional(r -> r.value1());
    }

    /** The comment's thread, design and author. */
    Optional<UUID[]> threadDesignAndAuthorOfComment(UUID commentId) {
        return db.select(DESIGN_COMMENT.THREAD_ID, COMMENT_THREAD.DESIGN_ID, DESIGN_COMMENT.AUTHOR_ID)
                .from(DESIGN_COMMENT).join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(DESIGN_COMMENT.THREAD_ID))
                .where(DESIGN_COMMENT.ID.eq(commentId))
                .fetchOptional(r -> new UUID[] {r.value1(), r.value2(), r.value3()});
    }

    List<ThreadRow> threads(UUID designId) {
        var creator = APP_USER.as("creator");
        var resolver = APP_USER.as("resolver");
        return db.select(COMMENT_THREAD.ID, COMMENT_THREAD.DESIGN_ID, COMMENT_THREAD.ELEMENT_TYPE,
                        COMMENT_THREAD.ELEMENT_KEY, COMMENT_THREAD.ELEMENT_LABEL, COMMENT_THREAD.BLOCKING,
                        COMMENT_THREAD.RESOLVED, resolver.DISPLAY_NAME, COMMENT_THREAD.RESOLVED_AT,
                        COMMENT_THREAD.CREATED_BY, creator.USERNAME, creator.DISPLAY_NAME, COMMENT_THREAD.CREATED_AT,
                        COMMENT_THREAD.VERSION)
                .from(COMMENT_THREAD)
                .join(creator).on(creator.ID.eq(COMMENT_THREAD.CREATED_BY))
                .leftJoin(resolver).on(resolver.ID.eq(COMMENT_THREAD.RESOLVED_BY))
                .where(COMMENT_THREAD.DESIGN_ID.eq(designId))
                .orderBy(COMMENT_THREAD.CREATED_AT.desc(), COMMENT_THREAD.ID)
                .fetch(r -> new ThreadRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(),
                        r.value14()));
    }

    /** Comments of every thread of the design, by thread, oldest first. */
    Map<UUID, List<Comment>> comments(UUID designId) {
        Map<UUID, List<Comment>> byThread = new LinkedHashMap<>();
        db.select(DESIGN_COMMENT.ID, DESIGN_COMMENT.THREAD_ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME,
                        DESIGN_COMMENT.BODY, DESIGN_COMMENT.CREATED_AT, DESIGN_COMMENT.EDITED_AT,
                        DESIGN_COMMENT.VERSION)
                .from(DESIGN_COMMENT)
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(DESIGN_COMMENT.THREAD_ID))
                .join(APP_USER).on(APP_USER.ID.eq(DESIGN_COMMENT.AUTHOR_ID))
                .where(COMMENT_THREAD.DESIGN_ID.eq(designId))
                .orderBy(DESIGN_COMMENT.CREATED_AT, DESIGN_COMMENT.ID)
                .fetch(r -> new Comment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()))
                .forEach(c -> byThread.computeIfAbsent(c.threadId(), k -> new java.util.ArrayList<>()).add(c));
        return byThread;
    }

    /** Usernames mentioned in each thread of the design. */
    Map<UUID, List<String>> mentions(UUID designId) {
        Map<UUID, List<String>> byThread = new LinkedHashMap<>();
        db.selectDistinct(DESIGN_COMMENT.THREAD_ID, APP_USER.USERNAME)
                .from(COMMENT_MENTION)
                .join(DESIGN_COMMENT).on(DESIGN_COMMENT.ID.eq(COMMENT_MENTION.COMMENT_ID))
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(DESIGN_COMMENT.THREAD_ID))
                .join(APP_USER).on(APP_USER.ID.eq(COMMENT_MENTION.USER_ID))
                .where(COMMENT_THREAD.DESIGN_ID.eq(designId))
                .fetch()
                .forEach(r -> byThread.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2()));
        return byThread;
    }

    /** Open threads per element key. */
    Map<String, Integer> openCounts(UUID designId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        db.select(COMMENT_THREAD.ELEMENT_KEY, DSL.count())
                .from(COMMENT_THREAD)
                .where(COMMENT_THREAD.DESIGN_ID.eq(designId).and(COMMENT_THREAD.RESOLVED.isFalse()))
                .groupBy(COMMENT_THREAD.ELEMENT_KEY)
                .fetch()
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Labels of the open threads marked blocking. */
    List<String> openBlocking(UUID designId) {
        return db.select(COMMENT_THREAD.ELEMENT_TYPE, COMMENT_THREAD.ELEMENT_LABEL)
                .from(COMMENT_THREAD)
                .where(COMMENT_THREAD.DESIGN_ID.eq(designId).and(COMMENT_THREAD.RESOLVED.isFalse())
                        .and(COMMENT_THREAD.BLOCKING.isTrue()))
                .orderBy(COMMENT_THREAD.CREATED_AT)
                .fetch(r -> ElementRef.typeLabel(r.value1()).toLowerCase(java.util.Locale.ROOT) + " " + r.value2());
    }

    /** Who started the thread or wrote in it. */
    List<UUID> participants(UUID threadId) {
        return db.select(COMMENT_THREAD.CREATED_BY).from(COMMENT_THREAD).where(COMMENT_THREAD.ID.eq(threadId))
                .union(db.select(DESIGN_COMMENT.AUTHOR_ID).from(DESIGN_COMMENT)
                        .where(DESIGN_COMMENT.THREAD_ID.eq(threadId)))
                .fetch(r -> r.value1());
    }

    Optional<ThreadRow> thread(UUID threadId) {
        UUID designId = designOfThread(threadId).orElse(null);
        if (designId == null) {
            return Optional.empty();
        }
        return threads(designId).stream().filter(t -> t.id().equals(threadId)).findFirst();
    }

    /** Who last changed the thread, for a conflict message. */
    Optional<OffsetDateTime> lastChange(UUID threadId) {
        return db.select(DSL.coalesce(COMMENT_THREAD.RESOLVED_AT, COMMENT_THREAD.CREATED_AT)).from(COMMENT_THREAD)
                .where(COMMENT_THREAD.ID.eq(threadId)).fetchOptional(r -> r.value1());
    }
}
