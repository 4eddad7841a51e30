package org.schemaboard.export;

/**
 * A {@code design.json} file cannot be read: it is not JSON, not a Schemaboard design, of a format version this
 * Schemaboard does not know, or inconsistent. The message says what is wrong and where, ready to show a person.
 */
public class DesignJsonException extends org.schemaboard.base.UserFacingException {

    public DesignJsonException(String message) {
        super(message);
    }
}
