package org.schemaboard.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account row as stored, password hash included: never leaves this package. */
record StoredAccount(UUID id, String username, String displayName, String email, String passwordHash,
                     boolean administrator, boolean enabled, boolean mustChangePassword, OffsetDateTime createdAt,
                     OffsetDateTime lastSignInAt) {
}
