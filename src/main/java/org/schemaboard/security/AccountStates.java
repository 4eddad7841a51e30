package org.schemaboard.security;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a signed-in session may still act: its account is enabled and the session signed in at the account's
 * current session epoch. {@link CurrentUser#require()} asks at every service call, so the answer is kept in memory
 * and read from the database only after the account changed (a primary-key read, once per change).
 *
 * <p>Whoever ends an account's sessions calls {@link #endSessions(UUID)} inside its transaction: the epoch goes up,
 * the cached answer is dropped (again after the transaction ends, so a read of the old row in between cannot stay),
 * and after commit {@link AccountSessionsEnded} tells the web layer to close the open pages of those sessions.
 */
@Component
class AccountStates {

    record State(boolean enabled, int epoch) {
    }

    private static final State GONE = new State(false, -1);

    private final Map<UUID, State> cache = new ConcurrentHashMap<>();
    /** Counts evictions: a read that overlapped one is not cached, as it may have read the row before the change. */
    private final AtomicLong evictions = new AtomicLong();
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;

    AccountStates(AccountRepository accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    boolean current(UUID accountId, int sessionEpoch) {
        State state = cache.get(accountId);
        if (state == null) {
            long before = evictions.get();
            state = accounts.findState(accountId).orElse(GONE);
            if (evictions.get() == before) {
                cache.put(accountId, state);
            }
        }
        return state.enabled() && state.epoch() == sessionEpoch;
    }

    /** Raises the account's session epoch: every session signed in before no longer passes {@link #current}. */
    void endSessions(UUID accountId) {
        accounts.raiseSessionEpoch(accountId);
        changed(accountId);
    }

    /** The account's enabled flag or epoch changed in the running transaction (or just now, without one). */
    void changed(UUID accountId) {
        evict(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict(accountId);
                    if (status == STATUS_COMMITTED) {
                        events.publishEvent(new AccountSessionsEnded(accountId));
                    }
                }
            });
        } else {
            events.publishEvent(new AccountSessionsEnded(accountId));
        }
    }

    private void evict(UUID accountId) {
        evictions.incrementAndGet();
        cache.remove(accountId);
    }
}
