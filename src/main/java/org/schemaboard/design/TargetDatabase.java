package org.schemaboard.design;

/** The database technology a design is made for; it decides data types, identifier rules and the DDL dialect. */
public enum TargetDatabase {
    POSTGRESQL("PostgreSQL", 63),
    MYSQL("MySQL", 64),
    MARIADB("MariaDB", 64),
    H2("H2", 256),
    SQLITE("SQLite", 256);

    private final String label;
    private final int maxIdentifierLength;

    TargetDatabase(String label, int maxIdentifierLength) {
        this.label = label;
        this.maxIdentifierLength = maxIdentifierLength;
    }

    public String label() {
        return label;
    }

    /** Longest table, column or index name the database accepts. */
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }
}
