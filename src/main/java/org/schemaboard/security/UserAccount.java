package org.schemaboard.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account as other features see it (no password hash). */
public record UserAccount(UUID id, String username, String displayName, String email, boolean administrator,
                          boolean enabled, OffsetDateTime lastSignInAt) {
}
