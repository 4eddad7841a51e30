package org.schemaboard.collab;

import java.time.Instant;
import java.util.UUID;

/**
 * One open editor: who, since when, and what they are looking at or editing right now.
 *
 * @param sessionKey one per open browser tab
 * @param focus      human-readable element, e.g. "orders" or "orders.status", or null
 * @param editing    whether they have a form of that element open for editing
 */
public record Presence(String sessionKey, String username, String displayName, String initials, UUID focusId,
                       String focus, boolean editing, Instant since) {
}
