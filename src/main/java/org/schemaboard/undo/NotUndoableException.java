package org.schemaboard.undo;

import org.schemaboard.base.UserFacingException;

/** A step cannot be undone or redone, for the reason given; nothing was changed. */
public class NotUndoableException extends UserFacingException {

    public NotUndoableException(String message) {
        super(message);
    }
}
