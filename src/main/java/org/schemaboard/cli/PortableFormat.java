package org.schemaboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The portable backup format (version 2), the same whatever database wrote it or will read it: a ZIP with a manifest
 * ({@value #MANIFEST}: the schema version, and per table its columns with portable types, its row count and the
 * SHA-256 of its rows) and one entry per table, {@code tables/NAME.jsonl}, a JSON array of values per row in the
 * manifest's column order. Only values travel: a restore creates the schema with this build's own migrations and
 * inserts the rows with typed parameters, so nothing in a file is ever run as SQL.
 */
final class PortableFormat {

    static final String MANIFEST = "schemaboard-backup.json";
    static final String FORMAT = "schemaboard-backup";
    static final int FORMAT_VERSION = 2;
    /** Flyway's own table: the schema version travels in the manifest, the target writes its own history. */
    static final String HISTORY = "flyway_schema_history";
    static final ObjectMapper JSON = new ObjectMapper();

    private PortableFormat() {
    }

    /** A column: its lower-case name and portable type (uuid, text, integer, decimal, boolean, timestamptz, ...). */
    record Column(String name, String type) {
    }

    /** A table of the backup: its columns, how many rows it holds and the SHA-256 of its entry. */
    record Table(String name, List<Column> columns, long rows, String sha256) {
        String entry() {
            return "tables/" + name + ".jsonl";
        }
    }

    record Manifest(String format, int formatVersion, String createdAt, String sourceDatabase, String schemaVersion,
                    List<Table> tables) {

        long rows(String table) {
            return tables.stream().filter(t -> t.name().equals(table)).mapToLong(Table::rows).sum();
        }

        InstanceBackup.Contents contents() {
            return new InstanceBackup.Contents(schemaVersion, rows("app_user"), rows("design"), rows("audit_log"));
        }
    }

    /** The tables of the schema the connection is in, lower-cased, without Flyway's history. */
    static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(HISTORY)) {
                    names.add(name);
                }
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    /** A column as the database has it: its real name, JDBC type and portable type. */
    record DbColumn(String realName, int jdbcType, String type) {
        Column portable() {
            return new Column(realName.toLowerCase(Locale.ROOT), type);
        }
    }

    /** The columns a backup holds: all but computed ones, which the database derives again. */
    static List<DbColumn> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<DbColumn> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                if ("YES".equalsIgnoreCase(rs.getString("IS_GENERATEDCOLUMN"))) {
                    continue;
                }
                columns.add(new DbColumn(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
                        portableType(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), table)));
            }
        }
        return columns;
    }

    /** One name for each kind of value, whatever the database calls it (PostgreSQL's timestamptz is TIMESTAMP). */
    static String portableType(int jdbcType, String typeName, String table) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return "uuid";
        }
        if (name.equals("timestamptz") || name.equals("timestamp with time zone")
                || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE) {
            return "timestamptz";
        }
        return switch (jdbcType) {
            case Types.TIMESTAMP -> "timestamp";
            case Types.DATE -> "date";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> "integer";
            case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> "decimal";
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB -> "text";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "binary";
            // PostgreSQL reports a domain (our clob over text) as DISTINCT
            case Types.DISTINCT -> name.equals("clob") ? "text" : unsupported(table, typeName);
            default -> unsupported(table, typeName);
        };
    }

    private static String unsupported(String table, String typeName) {
        throw new IllegalStateException("The table " + table + " has a column of type " + typeName
                + ", which the portable backup does not know");
    }

    /** The value of column {@code i} as it is written to the file: a JSON-friendly Java value or null. */
    static Object read(ResultSet rs, int i, String type) throws SQLException {
        Object value = switch (type) {
            case "uuid" -> rs.getObject(i, UUID.class);
            case "timestamptz" -> rs.getObject(i, OffsetDateTime.class);
            case "timestamp" -> rs.getObject(i, LocalDateTime.class);
            case "date" -> rs.getObject(i, LocalDate.class);
            case "boolean" -> rs.getBoolean(i);
            case "integer" -> rs.getLong(i);
            case "decimal" -> rs.getBigDecimal(i);
            case "binary" -> rs.getBytes(i);
            default -> rs.getString(i);
        };
        if (rs.wasNull() || value == null) {
            return null;
        }
        return switch (type) {
            case "uuid", "timestamptz", "timestamp", "date" -> value.toString();
            case "decimal" -> ((BigDecimal) value).toPlainString();
            case "binary" -> Base64.getEncoder().encodeToString((byte[]) value);
            default -> value;
        };
    }

    /**
     * A value of the file as the Java value bound to the insert; an {@link IllegalArgumentException} when it is not
     * a value of that type (a damaged or forged file).
     */
    static Object decode(JsonNode value, String type) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return switch (type) {
                case "uuid" -> UUID.fromString(text(value));
                case "timestamptz" -> OffsetDateTime.parse(text(value));
                case "timestamp" -> LocalDateTime.parse(text(value));
                case "date" -> LocalDate.parse(text(value));
                case "boolean" -> {
                    if (!value.isBoolean()) {
                        throw new IllegalArgumentException("not a boolean");
                    }
                    yield value.booleanValue();
                }
                case "integer" -> {
                    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                        throw new IllegalArgumentException("not an integer");
                    }
                    yield value.longValue();
                }
                case "decimal" -> new BigDecimal(text(value));
                case "binary" -> Base64.getDecoder().decode(text(value));
                case "text" -> text(value);
                default -> throw new IllegalArgumentException("unknown type " + type);
            };
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a " + type + " value");
        }
    }

    private static String text(JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("not a text value");
        }
        return value.textValue();
    }
}
