package org.schemaboard.export;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The type to write, whether the column is an identity column, what was lost on the way (or null), and a CHECK
     * that keeps the column's allowed values where the type itself cannot (an ENUM written as VARCHAR), with
     * {@code {0}} for the column's name (or null).
     */
    record SqlType(String name, boolean identity, String note, String check) {

        SqlType(String name, boolean identity, String note) {
            this(name, identity, note, null);
        }

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

        if ((base.equals("ENUM") || base.equals("SET")) && paren >= 0) {
            return enumOrSet(raw, dialect);
        }
        Matcher modifiers = MYSQL_MODIFIERS.matcher(upper);
        if (modifiers.find()) {
            return mysqlModified(a, upper.substring(0, modifiers.start()).strip(), modifiers.group().strip(), dialect,
                    keyColumn, designedForDialect);
        }
        if (SPATIAL.contains(base)) {
            return mysql ? plain(base)
                    : pg ? noted("BYTEA", base + " has no type in PostgreSQL without PostGIS; stored as well-known binary")
                    : plain("GEOMETRY");
        }
        if (base.equals("TINYINT") && Integer.valueOf(1).equals(length) && !mysql) {
            return noted("BOOLEAN", "TINYINT(1), MySQL's BOOLEAN, written as BOOLEAN");
        }

        if (base.endsWith("[]")) {
            return pg ? plain(upper) : noted("JSON", upper + " arrays have no " + dialect.label() + " type; stored as JSON");
        }
        switch (base) {
            case "UUID":
                return plain(mysql ? "CHAR(36)" : "UUID");
            case "BIGINT": case "INT8":
                return plain("BIGINT");
            case "INTEGER": case "INT": case "INT4":
                return plain(mysql ? "INT" : "INTEGER");
            case "MEDIUMINT": case "INT3":
                return plain(mysql ? "MEDIUMINT" : "INTEGER");
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
            case "BYTEA": case "BLOB": case "LONGBLOB": case "MEDIUMBLOB": case "TINYBLOB": case "BINARY VARYING":
            case "VARBINARY":
                return binary(base, length, dialect, keyColumn);
            case "BINARY":
                return plain(pg ? "BYTEA" : length != null ? "BINARY(" + length + ")" : "BINARY");
            case "INET": case "CIDR":
                return pg ? plain(base) : noted("VARCHAR(45)", base + " has no " + dialect.label() + " type; stored as text");
            case "MACADDR":
                return pg ? plain(base) : noted("VARCHAR(17)", "MACADDR has no " + dialect.label() + " type; stored as text");
            case "TSVECTOR":
                return pg ? plain("TSVECTOR") : noted(keyColumn ? (mysql ? "VARCHAR(255)" : "VARCHAR") : mysql ? "TEXT" : "CLOB",
                        "TSVECTOR (full-text search) has no " + dialect.label() + " equivalent; stored as text");
            case "ENUM":
                return noted("VARCHAR(255)", "ENUM values are not part of the model; keep the allowed values in a CHECK");
            case "YEAR":
                return plain(mysql ? "YEAR" : "SMALLINT");
            case "BIT":
                return length == null || length == 1 ? plain(mysql ? "BIT(1)" : "BOOLEAN")
                        : pg || mysql ? plain("BIT(" + length + ")") : plain("BINARY(" + ((length + 7) / 8) + ")");
            default: {
                String asTyped = paren >= 0 ? raw : a.typeDisplay();
                if (designedForDialect) {
                    return plain(asTyped);
                }
                // something that runs, with a comment: never a type name the target cannot read
                String stand = mysql ? (keyColumn ? "VARCHAR(255)" : "TEXT") : pg ? "TEXT" : "VARCHAR";
                return noted(stand, "type " + asTyped + " has no " + dialect.label() + " equivalent known to "
                        + "Schemaboard; written as " + stand);
            }
        }
    }

    private static final Pattern MYSQL_MODIFIERS = Pattern.compile("(\\s+(UNSIGNED|SIGNED|ZEROFILL|BINARY))+$");
    private static final java.util.Set<String> SPATIAL = java.util.Set.of("GEOMETRY", "POINT", "LINESTRING", "POLYGON",
            "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION", "GEOMCOLLECTION");
    private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^'\\\\]|''|\\\\.)*)'");

    /**
     * A MySQL type with UNSIGNED, ZEROFILL or (for strings) BINARY: kept on MySQL; elsewhere an unsigned integer takes
     * the next wider signed type (so every value fits), and the other modifiers are dropped with a note.
     */
    private static SqlType mysqlModified(Attribute a, String type, String modifiers, SqlDialectChoice dialect,
                                         boolean keyColumn, boolean designedForDialect) {
        Attribute bare = new Attribute(a.id(), a.entityId(), a.position(), a.name(), type, a.length(), a.precision(),
                a.scale(), a.nullable(), a.defaultValue(), a.primaryKey(), a.unique(), a.checkExpression(),
                a.description(), a.version());
        SqlType inner = map(bare, dialect, keyColumn, designedForDialect);
        if (dialect == SqlDialectChoice.MYSQL) {
            return new SqlType(inner.name() + " " + modifiers, inner.identity(), inner.note(), inner.check());
        }
        if (!modifiers.contains("UNSIGNED")) {
            return inner;
        }
        String base = type.replaceAll("\\s*\\(.*\\)", "").strip();
        String wider = switch (base) {
            case "TINYINT", "INT1" -> "SMALLINT";
            case "SMALLINT", "INT2", "MEDIUMINT", "INT3" -> "INTEGER";
            case "INT", "INTEGER", "INT4" -> "BIGINT";
            case "BIGINT", "INT8" -> "NUMERIC(20)";
            default -> null;
        };
        if (wider == null) {
            return inner;
        }
        return new SqlType(wider, inner.identity(), base + " UNSIGNED written as " + wider + ", the next wider signed type",
                null);
    }

    /**
     * MySQL's ENUM and SET: kept on MySQL; elsewhere an ENUM is a VARCHAR as long as its longest value with a CHECK
     * on the values, and a SET a VARCHAR long enough for all values comma-separated (which values may be combined is
     * not checked there).
     */
    private static SqlType enumOrSet(String raw, SqlDialectChoice dialect) {
        String typed = raw.strip();
        boolean isEnum = typed.toUpperCase(Locale.ROOT).startsWith("ENUM");
        java.util.List<String> values = new java.util.ArrayList<>();
        Matcher m = ENUM_VALUE.matcher(typed.substring(typed.indexOf('(')));
        while (m.find()) {
            values.add(m.group(1));
        }
        if (dialect == SqlDialectChoice.MYSQL) {
            return plain((isEnum ? "ENUM(" : "SET(") + String.join(", ", values.stream().map(v -> "'" + v + "'").toList())
                    + ")");
        }
        int longest = values.stream().mapToInt(String::length).max().orElse(1);
        if (isEnum) {
            String list = String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
            return new SqlType("VARCHAR(" + Math.max(1, longest) + ")", false, null, "{0} IN (" + list + ")");
        }
        int all = values.stream().mapToInt(String::length).sum() + Math.max(0, values.size() - 1);
        return noted("VARCHAR(" + Math.max(1, all) + ")", "SET(" + String.join(", ", values) + ") written as comma-separated "
                + "text; which values may be combined is not checked in " + dialect.label());
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
