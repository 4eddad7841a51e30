package org.schemaboard.model;

import java.util.UUID;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.history.AuditEntry;
import org.schemaboard.history.AuditLog;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps every model write shares, before and after its own rows: check the caller may edit the design, and
 * afterwards write the audit line, mark the design as changed and publish {@link DesignChanged} (delivered after
 * commit).
 */
@Component
class ModelChanges {

    private final DesignService designs;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ModelChanges(DesignService designs, CurrentUser currentUser, AuditLog auditLog, ApplicationEventPublisher events) {
        this.designs = designs;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Refuses the call unless the caller is an owner or editor of the design. */
    SignedInUser requireEditor(UUID designId) {
        SignedInUser me = currentUser.require();
        designs.requireRole(designId, RoleRequirement.EDIT);
        return me;
    }

    DesignRole requireReader(UUID designId) {
        return designs.requireRole(designId, RoleRequirement.READ);
    }

    TargetDatabase target(UUID designId) {
        return designs.get(designId).targetDatabase();
    }

    void record(UUID designId, String action, String elementType, UUID elementId, String elementName,
                Object oldValue, Object newValue) {
        SignedInUser me = currentUser.require();
        auditLog.record(new AuditEntry(me.username(), designId, action, elementType, elementId, elementName,
                oldValue, newValue));
        designs.touch(designId);
        events.publishEvent(new DesignChanged(designId, me.username(), action, elementType, elementId, elementName));
    }
}
