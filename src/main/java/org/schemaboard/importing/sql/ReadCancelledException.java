package org.schemaboard.importing.sql;

/**
 * Reading a dump was stopped because its thread was interrupted: the person cancelled the preview, started a newer
 * one, or closed the dialog. Not an error of the file; nothing is reported about it beyond "cancelled".
 */
public class ReadCancelledException extends RuntimeException {

    public ReadCancelledException() {
        super("Reading the SQL was cancelled");
    }
}
