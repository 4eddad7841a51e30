package org.schemaboard.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account row as stored, password hash included: never leaves this package. */
record StoredAccount(UUID id, String username, String displayName, String email, String passwordHash,
                     boolean administrator, boolean enabled, boolean mustChangePassword, OffsetDateTime createdAt,
                     OffsetDateTime lastSignInAt, int sessionEpoch, int version) {

    /** @param lockedUntil when the latest lock-out of its sign-in (from some address) ends, or null */
    ManagedUser managed(OffsetDateTime lockedUntil) {
        return new ManagedUser(id, username, displayName, email, administrator, enabled, mustChangePassword,
                lockedUntil, lastSignInAt, createdAt, version);
    }

    UserAccount account() {
        return new UserAccount(id, username, displayName, email, administrator, enabled, lastSignInAt);
    }
}
