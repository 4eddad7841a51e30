package org.schemaboard.importing.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a database schema holds, as sorted lines that two schemas can be compared by: read over JDBC metadata, so the
 * same code describes an H2 and a PostgreSQL schema. Indexes are those named {@code idx_…} (the explicit ones).
 */
final class SchemaFacts {

    private SchemaFacts() {
    }

    /** Tables, columns (type, size, nullability), primary keys, foreign keys with actions, the explicit indexes. */
    static List<String> describe(Connection c, String schema) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        TreeSet<String> facts = new TreeSet<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            facts.add("table " + lower(table));
            try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                while (rs.next()) {
                    facts.add("column " + lower(table) + "." + lower(rs.getString("COLUMN_NAME")) + " "
                            + rs.getString("TYPE_NAME") + "(" + rs.getInt("COLUMN_SIZE") + ","
                            + rs.getInt("DECIMAL_DIGITS") + ") " + (rs.getInt("NULLABLE") == 0 ? "NOT NULL" : "NULL"));
                }
            }
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
                while (rs.next()) {
                    facts.add("pk " + lower(table) + "." + lower(rs.getString("COLUMN_NAME")) + " #" + rs.getInt("KEY_SEQ"));
                }
            }
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    facts.add("fk " + lower(table) + "." + lower(rs.getString("FKCOLUMN_NAME")) + " -> "
                            + lower(rs.getString("PKTABLE_NAME")) + "." + lower(rs.getString("PKCOLUMN_NAME"))
                            + " delete " + rs.getShort("DELETE_RULE") + " update " + rs.getShort("UPDATE_RULE"));
                }
            }
            try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rs.next()) {
                    String index = lower(rs.getString("INDEX_NAME"));
                    if (index.startsWith("idx_")) {
                        facts.add("index " + index + " on " + lower(table) + " #" + rs.getInt("ORDINAL_POSITION")
                                + " " + lower(rs.getString("COLUMN_NAME")) + " " + rs.getString("ASC_OR_DESC")
                                + (rs.getBoolean("NON_UNIQUE") ? "" : " unique"));
                    }
                }
            }
            facts.add("unique " + lower(table) + " " + uniqueColumnSets(meta, schema, table));
        }
        return List.copyOf(facts);
    }

    /** The column sets with a unique index (whatever its name: constraint in one, unique index in the other). */
    private static TreeSet<String> uniqueColumnSets(DatabaseMetaData meta, String schema, String table) throws SQLException {
        java.util.Map<String, TreeSet<String>> byIndex = new java.util.HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, true, false)) {
            while (rs.next()) {
                byIndex.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new TreeSet<>())
                        .add(lower(rs.getString("COLUMN_NAME")));
            }
        }
        TreeSet<String> sets = new TreeSet<>();
        byIndex.values().forEach(s -> sets.add(String.join(",", s)));
        return sets;
    }

    static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
