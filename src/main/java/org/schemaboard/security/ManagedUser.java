package org.schemaboard.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An account as the Users page shows it to an administrator.
 *
 * @param lockedUntil when a lock-out after repeated failed sign-ins ends, or null when the account is not locked
 * @param version     for optimistic locking of {@link UserAdministration#update}
 */
public record ManagedUser(UUID id, String username, String displayName, String email, boolean administrator,
                          boolean enabled, boolean mustChangePassword, OffsetDateTime lockedUntil,
                          OffsetDateTime lastSignInAt, OffsetDateTime createdAt, int version) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
