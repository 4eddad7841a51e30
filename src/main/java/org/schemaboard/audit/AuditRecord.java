package org.schemaboard.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the audit log as stored; old and new values are JSON text. */
public record AuditRecord(long id, OffsetDateTime occurredAt, String actor, UUID designId, String action,
                          String elementType, UUID elementId, String elementName, String oldValue, String newValue) {
}
