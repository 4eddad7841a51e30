package org.schemaboard.model;

import org.schemaboard.base.Change;
import java.util.UUID;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.base.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The steps every model write shares, before and after its own rows: check the caller may edit the design, and
 * afterwards write the audit line, mark the design as changed and publish {@link DesignChanged} (delivered after
 * commit).
 */
@Component
public class ModelChanges {

    private final DesignService designs;
    private final CurrentUser currentUser;

    ModelChanges(DesignService designs, CurrentUser currentUser) {
        this.designs = designs;
        this.currentUser = currentUser;
    }

    /** Refuses the call unless the caller is an owner or editor of the design. */
    public SignedInUser requireEditor(UUID designId) {
        SignedInUser me = currentUser.require();
        designs.requireRole(designId, RoleRequirement.EDIT);
        return me;
    }

    /** Refuses the call unless the caller is an owner of the design. */
    public SignedInUser requireOwner(UUID designId) {
        SignedInUser me = currentUser.require();
        designs.requireRole(designId, RoleRequirement.MANAGE);
        return me;
    }

    public DesignRole requireReader(UUID designId) {
        return designs.requireRole(designId, RoleRequirement.READ);
    }

    public TargetDatabase target(UUID designId) {
        return designs.get(designId).targetDatabase();
    }

    /** Ends a model write: {@link DesignService#recordChange}. */
    public void record(Change change) {
        designs.recordChange(change);
    }
}
