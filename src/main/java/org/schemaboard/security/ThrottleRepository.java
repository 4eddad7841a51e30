package org.schemaboard.security;

import static org.schemaboard.db.Tables.SIGN_IN_THROTTLE;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ThrottleRepository {

    /** One counter: attempts since {@code firstAttemptAt}, and the end of its lock-out if it has one. */
    record Counter(int attempts, OffsetDateTime firstAttemptAt, OffsetDateTime lockedUntil) {
    }

    private final DSLContext db;

    ThrottleRepository(DSLContext db) {
        this.db = db;
    }

    private static Condition key(String channel, String username, String source) {
        return SIGN_IN_THROTTLE.CHANNEL.eq(channel).and(SIGN_IN_THROTTLE.USERNAME.eq(username))
                .and(SIGN_IN_THROTTLE.SOURCE.eq(source));
    }

    /** The counter's row, created when missing, locked until the transaction ends. */
    Counter lock(String channel, String username, String source, OffsetDateTime now) {
        db.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.CHANNEL, channel)
                .set(SIGN_IN_THROTTLE.USERNAME, username)
                .set(SIGN_IN_THROTTLE.SOURCE, source)
                .set(SIGN_IN_THROTTLE.ATTEMPTS, 0)
                .set(SIGN_IN_THROTTLE.FIRST_ATTEMPT_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
        return db.select(SIGN_IN_THROTTLE.ATTEMPTS, SIGN_IN_THROTTLE.FIRST_ATTEMPT_AT, SIGN_IN_THROTTLE.LOCKED_UNTIL)
                .from(SIGN_IN_THROTTLE).where(key(channel, username, source)).forUpdate()
                .fetchSingle(Records.mapping(Counter::new));
    }

    void update(String channel, String username, String source, Counter counter) {
        db.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.ATTEMPTS, counter.attempts())
                .set(SIGN_IN_THROTTLE.FIRST_ATTEMPT_AT, counter.firstAttemptAt())
                .set(SIGN_IN_THROTTLE.LOCKED_UNTIL, counter.lockedUntil())
                .where(key(channel, username, source))
                .execute();
    }

    void delete(String channel, String username, String source) {
        db.deleteFrom(SIGN_IN_THROTTLE).where(key(channel, username, source)).execute();
    }

    void deleteUsername(String username) {
        db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.USERNAME.eq(username)).execute();
    }

    /** When the latest lock-out of the username on the channel ends (from whichever address), if one runs now. */
    Optional<OffsetDateTime> lockedUntil(String channel, String username, OffsetDateTime now) {
        return db.select(DSL.max(SIGN_IN_THROTTLE.LOCKED_UNTIL)).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.CHANNEL.eq(channel).and(SIGN_IN_THROTTLE.USERNAME.eq(username))
                        .and(SIGN_IN_THROTTLE.LOCKED_UNTIL.gt(now)))
                .fetchOptional(0, OffsetDateTime.class);
    }

    /** Every username with a running lock-out on the channel, with when its latest one ends. */
    Map<String, OffsetDateTime> lockedUsernames(String channel, OffsetDateTime now) {
        return db.select(SIGN_IN_THROTTLE.USERNAME, DSL.max(SIGN_IN_THROTTLE.LOCKED_UNTIL)).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.CHANNEL.eq(channel).and(SIGN_IN_THROTTLE.LOCKED_UNTIL.gt(now)))
                .groupBy(SIGN_IN_THROTTLE.USERNAME)
                .fetchMap(SIGN_IN_THROTTLE.USERNAME, DSL.max(SIGN_IN_THROTTLE.LOCKED_UNTIL));
    }

    /** Forgets counters whose window and lock-out are both over. */
    int deleteExpired(OffsetDateTime windowStartedBefore, OffsetDateTime now) {
        return db.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.FIRST_ATTEMPT_AT.lt(windowStartedBefore))
                .and(SIGN_IN_THROTTLE.LOCKED_UNTIL.isNull().or(SIGN_IN_THROTTLE.LOCKED_UNTIL.le(now)))
                .execute();
    }
}
