package org.schemaboard.design;

import java.util.UUID;

/** A person's membership of one design. */
public record DesignMember(UUID userId, String username, String displayName, DesignRole role) {
}
