package org.schemaboard.base;

/**
 * What a change did to its element. Stored in the audit log by {@link #name()}, so a stored line reads back as the
 * same constant: rename a constant only together with a migration of {@code audit_log.action}.
 */
public enum ChangeAction {
    CREATE,
    UPDATE,
    DELETE,
    /** An attribute to another position, a box in a diagram. */
    MOVE,
    /** A whole batch of elements at once (SQL dump, design.json), one line for all of them. */
    IMPORT,
    /** A member's role given or changed. */
    SET_ROLE,
    /** A member taken out of a design. */
    REMOVE,
    RESOLVE,
    REOPEN,
    REQUEST_REVIEW,
    APPROVE,
    REQUEST_CHANGES,
    /** An open review request taken back by its requester (or an owner). */
    WITHDRAW_REVIEW,
    /** A person's own step taken back (see the undo feature). */
    UNDO,
    /** An undone step done again. */
    REDO,
    /** Approvals of an open request turned back to pending because the design changed after them. */
    ASK_AGAIN,
    // accounts (no design)
    ENABLE,
    DISABLE,
    LOCK,
    UNLOCK,
    RESET_PASSWORD,
    CHANGE_PASSWORD,
    SIGN_UP
}
