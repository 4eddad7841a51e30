package org.schemaboard.base;

/** The signed-in person's role does not allow this action. Enforced by services, whatever the UI shows. */
public class NotAllowedException extends UserFacingException {

    public NotAllowedException(String message) {
        super(message);
    }
}
