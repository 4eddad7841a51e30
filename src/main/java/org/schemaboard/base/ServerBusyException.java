package org.schemaboard.base;

/**
 * The background work a person asked for was refused because the server already has as much queued as it takes:
 * nothing was done, and trying again in a moment will most likely work.
 */
public class ServerBusyException extends UserFacingException {

    public ServerBusyException() {
        super(BackgroundWork.BUSY);
    }
}
