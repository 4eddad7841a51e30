package org.schemaboard.cli;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Every row of every table of a Schemaboard database, written the same way whatever the database (H2 or PostgreSQL):
 * table and column names lower-cased, times as instants, numbers without trailing zeros. Written for the tests on
 * their own, apart from the backup's reading code, so the comparison does not trust what it checks.
 */
final class DatabaseRows {

    private DatabaseRows() {
    }

    /** Table → its rows, sorted; without Flyway's history, which every database writes for itself. */
    static Map<String, List<String>> of(Connection db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getTables(null, db.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        try (Statement st = db.createStatement()) {
            for (String name : names) {
                if (name.equalsIgnoreCase("flyway_schema_history")) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        TreeMap<String, String> row = new TreeMap<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.put(meta.getColumnName(c).toLowerCase(Locale.ROOT), text(rs.getObject(c)));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(name.toLowerCase(Locale.ROOT), rows);
            }
        }
        return tables;
    }

    static Map<String, List<String>> of(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url)) {
            return of(db);
        }
    }

    private static String text(Object value) throws SQLException {
        if (value == null) {
            return "null";
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof Timestamp time) { // PostgreSQL's driver answers timestamptz with a Timestamp
            return time.toInstant().toString();
        }
        if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer
                || value instanceof Short) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof UUID || value instanceof Boolean || value instanceof String) {
            return value.toString();
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    /** A new, empty database on the PostgreSQL server {@code serverUrl} names; its JDBC URL. */
    static String newPostgresDatabase(String serverUrl, String name) throws SQLException {
        try (Connection db = DriverManager.getConnection(serverUrl); Statement st = db.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + name);
        }
        return serverUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    static void dropPostgresDatabase(String serverUrl, String name) throws SQLException {
        try (Connection db = DriverManager.getConnection(serverUrl); Statement st = db.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
