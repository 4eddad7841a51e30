package org.schemaboard.security;

import java.util.UUID;

/**
 * Published after commit when an account's sessions were ended (password reset or changed, disabled, administrator
 * role removed): the web layer closes the open pages of every session of that account that
 * {@link CurrentUser#isStillValid} no longer accepts — the session that made the change keeps going when it was
 * given the new epoch.
 */
public record AccountSessionsEnded(UUID accountId) {
}
