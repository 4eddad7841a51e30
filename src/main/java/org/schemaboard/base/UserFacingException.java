package org.schemaboard.base;

/**
 * A refusal whose message is written for the person who asked: it says what is wrong and what to do, names no
 * internals, and may be shown as it is (in a form, a notice, or on the command line's stderr). Anything else that a
 * service throws is an unexpected error, shown with an id and logged with its stack trace.
 */
public abstract class UserFacingException extends RuntimeException {

    protected UserFacingException(String message) {
        super(message);
    }

    protected UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
