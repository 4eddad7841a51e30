package org.schemaboard.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;

/**
 * One line of the audit log as stored; old and new values are JSON text. Action and element type are stored as their
 * names and read back as the constants.
 */
public record AuditRecord(long id, OffsetDateTime occurredAt, String actor, UUID designId, ChangeAction action,
                          ElementType elementType, UUID elementId, String elementName, String oldValue, String newValue) {
}
