package org.schemaboard.importing.live;

import org.schemaboard.base.UserFacingException;

/** The database could not be reached or read; the message says why and what to try, and never holds the password. */
public class LiveDatabaseException extends UserFacingException {

    public LiveDatabaseException(String message) {
        super(message);
    }
}
