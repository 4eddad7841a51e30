package org.schemaboard.model;

import org.schemaboard.base.Change;
import java.util.UUID;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.UndoCapture;
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
    private final UndoCapture undo;

    ModelChanges(DesignService designs, CurrentUser currentUser, UndoCapture undo) {
        this.undo = undo;
        this.designs = designs;
        this.currentUser = currentUser;
    }

    /**
     * Refuses the call unless the caller is an owner or editor of the design; then holds the design's row lock until
     * the transaction ends. Every model write ends by marking the design as changed, which takes that lock anyway;
     * taking it first makes the writes of one design run one after the other, so a name check (entity, attribute,
     * index, query pattern, relationship) reads what a concurrent write committed instead of passing beside it. The
     * database's unique indexes on the lower-cased names ({@code V12}) stay the last word.
     */
    public SignedInUser requireEditor(UUID designId) {
        SignedInUser me = currentUser.require();
        designs.requireRole(designId, RoleRequirement.EDIT);
        designs.lockForWrite(designId);
        return me;
    }

    /**
     * {@link #requireEditor} without the early lock, for a long write (a whole import) that should not hold up every
     * other edit of the design while it runs; a name written meanwhile makes it fail on the database's unique index
     * and nothing of it is saved.
     */
    public SignedInUser requireEditorUnlocked(UUID designId) {
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

    /**
     * Before a write changes or deletes an element: its state now (and what the database would delete with it) is
     * what undoing the write goes back to.
     */
    public void before(UUID designId, ElementType type, UUID elementId) {
        undo.before(designId, type, elementId);
    }

    /** An element a write adds without a change line of its own (an import's): undoing the write removes it. */
    public void created(UUID designId, ElementType type, UUID elementId) {
        undo.created(designId, type, elementId);
    }

    /** Ends a model write: {@link DesignService#recordChange}. */
    public void record(Change change) {
        designs.recordChange(change);
    }
}
