package org.schemaboard.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account row as stored, password hash included: never leaves this package. */
record StoredAccount(UUID id, String username, String displayName, String email, String passwordHash,
                     boolean administrator, boolean enabled, boolean mustChangePassword, OffsetDateTime createdAt,
                     OffsetDateTime lastSignInAt, int failedSignIns, OffsetDateTime firstFailedSignInAt,
                     OffsetDateTime lockedUntil, int version) {

    boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    ManagedUser managed(OffsetDateTime now) {
        return new ManagedUser(id, username, displayName, email, administrator, enabled, mustChangePassword,
                lockedAt(now) ? lockedUntil : null, lastSignInAt, createdAt, version);
    }

    UserAccount account() {
        return new UserAccount(id, username, displayName, email, administrator, enabled, lastSignInAt);
    }
}
