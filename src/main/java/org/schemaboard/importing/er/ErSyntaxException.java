package org.schemaboard.importing.er;

/** A diagram that cannot be read, at a 1-based line and column; the reader turns it into the plan's error. */
final class ErSyntaxException extends RuntimeException {

    private final int line;
    private final int column;

    ErSyntaxException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
