package org.schemaboard.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts password attempts per channel (sign-in, password change), username and source, and locks a counter out for
 * {@link #LOCK_DURATION} when it reaches {@link #MAX_ATTEMPTS} within {@link #WINDOW}. An attempt is counted
 * <em>before</em> its password is checked, under the counter row's lock: however many attempts arrive at once, no more
 * than {@link #MAX_ATTEMPTS} passwords are checked per window, and a success resets the counter. Attempts during a
 * lock-out are refused without being counted, so they do not extend it.
 *
 * <p>Each call is its own transaction: the count must stay even when the caller's work is rolled back.
 */
@Component
class SignInThrottle {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    static final String SIGN_IN = "sign-in";
    static final String PASSWORD_CHANGE = "password-change";

    /**
     * @param attempt     which attempt of the window this is (1..{@link #MAX_ATTEMPTS}), or 0 when refused
     * @param lockedUntil when the lock-out ends: the one that refused this attempt, or the one this last attempt set
     */
    record Reservation(int attempt, OffsetDateTime lockedUntil) {
        boolean allowed() {
            return attempt > 0;
        }

        boolean last() {
            return attempt == MAX_ATTEMPTS;
        }
    }

    private final ThrottleRepository counters;

    SignInThrottle(ThrottleRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Reservation reserve(String channel, String username, String source) {
        String name = key(username, 50);
        String from = key(source, 64);
        OffsetDateTime now = OffsetDateTime.now();
        ThrottleRepository.Counter counter = lockRow(channel, name, from, now);
        if (counter.lockedUntil() != null && counter.lockedUntil().isAfter(now)) {
            return new Reservation(0, counter.lockedUntil());
        }
        boolean windowOpen = counter.attempts() > 0 && counter.firstAttemptAt().plus(WINDOW).isAfter(now);
        int attempt = windowOpen ? counter.attempts() + 1 : 1;
        OffsetDateTime first = windowOpen ? counter.firstAttemptAt() : now;
        if (attempt < MAX_ATTEMPTS) {
            counters.update(channel, name, from, new ThrottleRepository.Counter(attempt, first, null));
            return new Reservation(attempt, null);
        }
        // the last allowed attempt: locked from now on, unless it succeeds (which resets the counter)
        OffsetDateTime until = now.plus(LOCK_DURATION);
        counters.update(channel, name, from, new ThrottleRepository.Counter(0, now, until));
        return new Reservation(attempt, until);
    }

    /** Two first attempts at once may both try to create the row; the loser reads the winner's. */
    private ThrottleRepository.Counter lockRow(String channel, String name, String from, OffsetDateTime now) {
        for (int tries = 1; ; tries++) {
            try {
                return counters.lock(channel, name, from, now);
            } catch (DataAccessException e) {
                if (tries == 3) {
                    throw e;
                }
            }
        }
    }

    /** After a right password: the counter starts again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String channel, String username, String source) {
        counters.delete(channel, key(username, 50), key(source, 64));
    }

    /** An administrator's unlock: every counter of the username, from every source, on every channel. */
    @Transactional
    public void clear(String username) {
        counters.deleteUsername(key(username, 50));
    }

    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> signInLockedUntil(String username) {
        return counters.lockedUntil(SIGN_IN, key(username, 50), OffsetDateTime.now());
    }

    @Transactional(readOnly = true)
    public Map<String, OffsetDateTime> signInLocks() {
        return counters.lockedUsernames(SIGN_IN, OffsetDateTime.now());
    }

    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    @Transactional
    public void forgetExpired() {
        OffsetDateTime now = OffsetDateTime.now();
        counters.deleteExpired(now.minus(WINDOW), now);
    }

    /** Usernames as typed and sources are stored cut to the column; a longer username belongs to no account. */
    private static String key(String text, int max) {
        String value = text == null ? "" : text.strip();
        return value.length() <= max ? value : value.substring(0, max);
    }
}
