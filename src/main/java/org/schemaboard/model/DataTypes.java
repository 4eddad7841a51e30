package org.schemaboard.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemaboard.design.TargetDatabase;

/**
 * The data types offered for a target database (any other type can be typed in), and which types go together in a
 * foreign key.
 */
public final class DataTypes {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SIGN_SUFFIX =
            java.util.regex.Pattern.compile("( (UNSIGNED|SIGNED|ZEROFILL))+$");


    private static final List<String> POSTGRESQL = List.of("UUID", "BIGINT", "INTEGER", "SMALLINT", "BIGSERIAL",
            "SERIAL", "DECIMAL", "NUMERIC", "REAL", "DOUBLE PRECISION", "BOOLEAN", "VARCHAR", "CHAR", "TEXT", "DATE",
            "TIME", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "INTERVAL", "JSONB", "JSON", "BYTEA", "INET", "TSVECTOR");
    private static final List<String> MYSQL = List.of("BIGINT", "INT", "SMALLINT", "TINYINT", "DECIMAL", "FLOAT",
            "DOUBLE", "BOOLEAN", "VARCHAR", "CHAR", "TEXT", "MEDIUMTEXT", "LONGTEXT", "DATE", "TIME", "DATETIME",
            "TIMESTAMP", "JSON", "BINARY", "VARBINARY", "BLOB", "ENUM");
    private static final List<String> H2 = List.of("UUID", "BIGINT", "INTEGER", "SMALLINT", "DECIMAL", "NUMERIC",
            "REAL", "DOUBLE PRECISION", "BOOLEAN", "VARCHAR", "CHAR", "CLOB", "DATE", "TIME", "TIMESTAMP",
            "TIMESTAMP WITH TIME ZONE", "INTERVAL", "JSON", "BINARY VARYING", "BLOB");
    private static final List<String> SQLITE = List.of("INTEGER", "REAL", "NUMERIC", "TEXT", "BLOB");

    private static final Set<String> INTEGERS = Set.of("BIGINT", "INTEGER", "INT", "SMALLINT", "TINYINT", "MEDIUMINT",
            "BIGSERIAL", "SERIAL", "SMALLSERIAL", "INT2", "INT4", "INT8");
    private static final List<Set<String>> FAMILIES = List.of(
            INTEGERS,
            Set.of("DECIMAL", "NUMERIC"),
            Set.of("REAL", "FLOAT", "DOUBLE", "DOUBLE PRECISION", "FLOAT4", "FLOAT8"),
            Set.of("VARCHAR", "CHAR", "TEXT", "CHARACTER VARYING", "CHARACTER", "CLOB", "MEDIUMTEXT", "LONGTEXT",
                    "NVARCHAR", "NCHAR", "CITEXT", "VARCHAR_IGNORECASE"),
            Set.of("UUID"),
            Set.of("DATE"),
            Set.of("TIMESTAMP", "DATETIME", "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "TIMESTAMP WITHOUT TIME ZONE"),
            Set.of("BOOLEAN", "BOOL"));

    /**
     * The longest type text an attribute holds: room for an ENUM or SET with its values (a PostgreSQL enum type is
     * imported as one), which run past 100 characters in real schemas.
     */
    public static final int MAX_LENGTH = 2000;

    private DataTypes() {
    }

    public static List<String> offeredFor(TargetDatabase target) {
        return switch (target) {
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL, MARIADB -> MYSQL;
            case H2 -> H2;
            case SQLITE -> SQLITE;
        };
    }

    /** Whether a type takes a length: VARCHAR(255). */
    public static boolean takesLength(String type) {
        String t = normalize(type);
        return t.equals("VARCHAR") || t.equals("CHAR") || t.equals("CHARACTER VARYING") || t.equals("BINARY")
                || t.equals("VARBINARY") || t.equals("BINARY VARYING");
    }

    /** Whether a type takes precision and scale: DECIMAL(12,2). */
    public static boolean takesPrecision(String type) {
        String t = normalize(type);
        return t.equals("DECIMAL") || t.equals("NUMERIC");
    }

    /** Whether a type is a whole-number type (MySQL's UNSIGNED ones included): what auto-increment needs. */
    public static boolean isInteger(String type) {
        return INTEGERS.contains(normalize(type));
    }

    /** Whether a foreign key column of type {@code a} can refer to a column of type {@code b}. */
    public static boolean compatible(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.equals(y)) {
            return true;
        }
        return FAMILIES.stream().anyMatch(f -> f.contains(x) && f.contains(y));
    }

    static String normalize(String type) {
        if (type == null) {
            return "";
        }
        // MySQL's UNSIGNED / ZEROFILL do not change the family: an INT UNSIGNED key may be referred to by a BIGINT
        String t = SIGN_SUFFIX.matcher(WHITESPACE.matcher(type.strip().toUpperCase(Locale.ROOT)).replaceAll(" "))
                .replaceAll("");
        int paren = t.indexOf('(');
        return paren >= 0 ? t.substring(0, paren).strip() : t;
    }
}
