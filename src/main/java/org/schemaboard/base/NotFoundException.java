package org.schemaboard.base;

/** The element does not exist, or the signed-in person may not see it (the two are not told apart on purpose). */
public class NotFoundException extends UserFacingException {

    public NotFoundException(String message) {
        super(message);
    }
}
