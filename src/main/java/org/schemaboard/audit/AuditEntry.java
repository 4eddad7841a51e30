package org.schemaboard.audit;

import java.util.UUID;

/**
 * One line of the audit log, before it is written.
 *
 * @param actor       username of who did it ({@code system} for start-up work)
 * @param designId    the design it belongs to, or null for instance-level changes (accounts)
 * @param oldValue    the element before the change (any value Jackson can write), or null
 * @param newValue    the element after the change, or null
 */
public record AuditEntry(String actor, UUID designId, String action, String elementType, UUID elementId,
                         String elementName, Object oldValue, Object newValue) {

    public static AuditEntry of(String actor, UUID designId, String action, String elementType, UUID elementId,
                                String elementName) {
        return new AuditEntry(actor, designId, action, elementType, elementId, elementName, null, null);
    }

    public AuditEntry withOldValue(Object value) {
        return new AuditEntry(actor, designId, action, elementType, elementId, elementName, value, newValue);
    }

    public AuditEntry withNewValue(Object value) {
        return new AuditEntry(actor, designId, action, elementType, elementId, elementName, oldValue, value);
    }
}
