package org.schemaboard.export;

import java.util.regex.Pattern;

import java.util.Locale;
import org.schemaboard.model.entity.Attribute;

/**
 * Our data types (as designers type them, mostly PostgreSQL's names) mapped to each export dialect. Where a dialect
 * has no equivalent the nearest type is used and a note says so; the note ends up as a SQL comment above the table.
 *
 * <p>Key columns — primary key, unique, indexed or foreign-key columns — cannot be large objects in H2 ({@code CLOB},
 * {@code BLOB}) or unprefixed {@code TEXT}/{@code BLOB} in MySQL, so there they become {@code VARCHAR} /
 * {@code VARBINARY}. MySQL's {@code TIMESTAMP} is used for {@code TIMESTAMP WITH TIME ZONE} because, like
 * PostgreSQL's, it stores an instant (converted from the session time zone); its range ends in 2038.
 */
final class TypeMapping {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The type to write, whether the column is an identity column, and what was lost on the way (or null). */
    record SqlType(String name, boolean identity, String note) {

        /** Types MySQL will not take a literal default for, unless the default is an expression in parentheses. */
        boolean mysqlNeedsExpressionDefault() {
            String n = name.toUpperCase(Locale.ROOT);
            return n.endsWith("TEXT") || n.endsWith("BLOB") || n.equals("JSON");
        }

        boolean json() {
            String n = name.toUpperCase(Locale.ROOT);
            return n.equals("JSON") || n.equals("JSONB");
        }
    }

    private TypeMapping() {
    }

    static SqlType map(Attribute a, SqlDialectChoice dialect, boolean keyColumn, boolean designedForDialect) {
        String raw = a.dataType() == null ? "" : a.dataType().strip();
        String upper = WHITESPACE.matcher(raw.toUpperCase(Locale.ROOT)).replaceAll(" ");
        String base = upper;
        String args = null;
        int paren = upper.indexOf('(');
        if (paren >= 0 && upper.endsWith(")")) {
            base = upper.substring(0, paren).strip();
            args = upper.substring(paren + 1, upper.length() - 1).replace(" ", "");
        }
        Integer length = a.length() != null ? a.length() : firstNumber(args);
        Integer precision = a.precision() != null ? a.precision() : firstNumber(args);
        Integer scale = a.scale() != null ? a.scale() : secondNumber(args);
        boolean pg = dialect == SqlDialectChoice.POSTGRESQL;
        boolean mysql = dialect == SqlDialectChoice.MYSQL;

        if (base.endsWith("[]")) {
            return pg ? plain(upper) : noted("JSON", upper + " arrays have no " + dialect.label() + " type; stored as JSON");
        }
        switch (base) {
            case "UUID":
                return plain(mysql ? "CHAR(36)" : "UUID");
            case "BIGINT": case "INT8":
                return plain("BIGINT");
            case "INTEGER": case "INT": case "INT4": case "MEDIUMINT":
                return plain(mysql ? "INT" : "INTEGER");
            case "SMALLINT": case "INT2":
                return plain("SMALLINT");
            case "TINYINT":
                return plain(pg ? "SMALLINT" : "TINYINT");
            case "BIGSERIAL": case "SERIAL8":
                return identity("BIGINT");
            case "SERIAL": case "SERIAL4":
                return identity(mysql ? "INT" : "INTEGER");
            case "SMALLSERIAL": case "SERIAL2":
                return identity("SMALLINT");
            case "DECIMAL": case "NUMERIC": {
                String name = precision == null ? base : base + "(" + precision + (scale != null ? ", " + scale : "") + ")";
                return mysql && precision == null
                        ? noted(name, base + " without precision is DECIMAL(10, 0) on MySQL: give it a precision and scale")
                        : plain(name);
            }
            case "REAL": case "FLOAT4":
                return plain(mysql ? "FLOAT" : "REAL");
            case "DOUBLE PRECISION": case "DOUBLE": case "FLOAT8": case "FLOAT":
                return plain(mysql ? "DOUBLE" : "DOUBLE PRECISION");
            case "BOOLEAN": case "BOOL":
                return plain("BOOLEAN");
            case "VARCHAR": case "CHARACTER VARYING": case "NVARCHAR": case "VARCHAR2":
                if (length != null) {
                    return plain("VARCHAR(" + length + ")");
                }
                return mysql ? noted("VARCHAR(255)", "VARCHAR needs a length on MySQL; 255 assumed") : plain("VARCHAR");
            case "CHAR": case "CHARACTER": case "NCHAR": case "BPCHAR":
                return plain(length != null ? "CHAR(" + length + ")" : "CHAR");
            case "TEXT": case "CLOB": case "MEDIUMTEXT": case "LONGTEXT": case "TINYTEXT": case "STRING":
                return text(base, dialect, keyColumn);
            case "CITEXT":
                if (pg) {
                    return noted("CITEXT", "CITEXT needs the citext extension (CREATE EXTENSION citext)");
                }
                return mysql ? noted(keyColumn ? "VARCHAR(255)" : "TEXT",
                        "CITEXT: MySQL's default collation already compares case-insensitively")
                        : plain("VARCHAR_IGNORECASE");
            case "DATE":
                return plain("DATE");
            case "TIME": case "TIME WITHOUT TIME ZONE":
                return plain("TIME");
            case "TIMESTAMP": case "TIMESTAMP WITHOUT TIME ZONE": case "DATETIME":
                return plain(mysql ? "DATETIME" : "TIMESTAMP");
            case "TIMESTAMP WITH TIME ZONE": case "TIMESTAMPTZ":
                return plain(mysql ? "TIMESTAMP" : "TIMESTAMP WITH TIME ZONE");
            case "INTERVAL":
                if (pg) {
                    return plain("INTERVAL");
                }
                return mysql ? noted("VARCHAR(64)", "INTERVAL has no MySQL type; stored as text")
                        : plain("INTERVAL DAY TO SECOND");
            case "JSONB":
                return plain(pg ? "JSONB" : "JSON");
            case "JSON":
                return plain("JSON");
            case "BYTEA": case "BLOB": case "LONGBLOB": case "MEDIUMBLOB": case "BINARY VARYING": case "VARBINARY":
                return binary(base, length, dialect, keyColumn);
            case "BINARY":
                return plain(pg ? "BYTEA" : length != null ? "BINARY(" + length + ")" : "BINARY");
            case "INET": case "CIDR":
                return pg ? plain(base) : noted("VARCHAR(45)", base + " has no " + dialect.label() + " type; stored as text");
            case "MACADDR":
                return pg ? plain(base) : noted("VARCHAR(17)", "MACADDR has no " + dialect.label() + " type; stored as text");
            case "TSVECTOR":
                return pg ? plain("TSVECTOR") : noted(mysql ? "TEXT" : "CLOB",
                        "TSVECTOR (full-text search) has no " + dialect.label() + " equivalent; stored as text");
            case "ENUM":
                return noted("VARCHAR(255)", "ENUM values are not part of the model; keep the allowed values in a CHECK");
            case "YEAR":
                return plain(mysql ? "YEAR" : "SMALLINT");
            default: {
                String asTyped = paren >= 0 ? raw : a.typeDisplay();
                return designedForDialect ? plain(asTyped)
                        : noted(asTyped, "type " + asTyped + " is not known to Schemaboard; copied unchanged");
            }
        }
    }

    private static SqlType text(String base, SqlDialectChoice dialect, boolean keyColumn) {
        switch (dialect) {
            case POSTGRESQL:
                return plain("TEXT");
            case MYSQL:
                if (keyColumn) {
                    return noted("VARCHAR(255)", base + " cannot be indexed without a prefix on MySQL; VARCHAR(255) instead");
                }
                return plain(base.equals("MEDIUMTEXT") || base.equals("LONGTEXT") || base.equals("TINYTEXT") ? base
                        : base.equals("CLOB") ? "LONGTEXT" : "TEXT");
            default:
                return keyColumn ? noted("VARCHAR", base + " becomes CLOB in H2, which cannot be indexed; VARCHAR instead")
                        : plain("CLOB");
        }
    }

    private static SqlType binary(String base, Integer length, SqlDialectChoice dialect, boolean keyColumn) {
        if (dialect == SqlDialectChoice.POSTGRESQL) {
            return plain("BYTEA");
        }
        if (length != null) {
            return plain("VARBINARY(" + length + ")");
        }
        if (keyColumn) {
            return noted(dialect == SqlDialectChoice.MYSQL ? "VARBINARY(255)" : "VARBINARY",
                    base + " cannot be indexed on " + dialect.label() + "; VARBINARY instead");
        }
        return plain(dialect == SqlDialectChoice.MYSQL && (base.equals("LONGBLOB") || base.equals("MEDIUMBLOB"))
                ? base : "BLOB");
    }

    private static SqlType plain(String name) {
        return new SqlType(name, false, null);
    }

    private static SqlType identity(String name) {
        return new SqlType(name, true, null);
    }

    private static SqlType noted(String name, String note) {
        return new SqlType(name, false, note);
    }

    private static Integer firstNumber(String args) {
        return number(args, 0);
    }

    private static Integer secondNumber(String args) {
        return number(args, 1);
    }

    private static Integer number(String args, int position) {
        if (args == null) {
            return null;
        }
        String[] parts = args.split(",");
        if (parts.length <= position) {
            return null;
        }
        try {
            return Integer.valueOf(parts[position]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
