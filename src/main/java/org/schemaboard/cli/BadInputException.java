package org.schemaboard.cli;

/** The command cannot be done as asked (unknown design, unreadable file, database in use…): exit status 1. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }
}
