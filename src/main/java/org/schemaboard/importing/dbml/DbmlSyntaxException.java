package org.schemaboard.importing.dbml;

/** A DBML file that cannot be read, at a 1-based line and column; the reader turns it into the plan's error. */
final class DbmlSyntaxException extends RuntimeException {

    private final int line;
    private final int column;

    DbmlSyntaxException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    DbmlSyntaxException(DbmlLexer.Token at, String message) {
        this(at.line(), at.column(), message);
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
