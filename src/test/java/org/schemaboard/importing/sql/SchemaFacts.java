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

    /**
     * A schema's structure as sets that two schemas on different engines can be compared by: table names, columns
     * ({@code table.column}), column types ({@code table.column TYPE}), primary keys, foreign keys with both actions
     * ({@code t(a,b) -> r(x,y) ON DELETE … ON UPDATE …}) and indexes by their columns and uniqueness (names differ
     * between engines: an engine makes its own for keys). Names are lower case. PostgreSQL partitions are left out:
     * they are compared through their partitioned table. {@code autoIncrement} holds the columns the engine numbers
     * itself (JDBC's {@code IS_AUTOINCREMENT}: AUTO_INCREMENT, identity, a sequence default).
     */
    record Structure(java.util.SortedSet<String> tables, java.util.SortedSet<String> columns,
                     java.util.SortedSet<String> columnTypes, java.util.SortedSet<String> primaryKeys,
                     java.util.SortedSet<String> foreignKeys, java.util.SortedSet<String> indexes,
                     java.util.SortedSet<String> autoIncrement) {

        /** Foreign keys without their actions, for engines that cannot write some action. */
        java.util.SortedSet<String> foreignKeyColumns() {
            TreeSet<String> keys = new TreeSet<>();
            foreignKeys.forEach(f -> keys.add(f.substring(0, f.indexOf(" ON DELETE"))));
            return keys;
        }
    }

    static Structure structure(Connection c, String catalog, String schema) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        java.util.Set<String> partitions = new java.util.HashSet<>();
        if (meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            try (java.sql.Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT relname FROM pg_class WHERE relispartition")) {
                while (rs.next()) {
                    partitions.add(lower(rs.getString(1)));
                }
            }
        }
        TreeSet<String> tables = new TreeSet<>();
        List<String> tableNames = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE", "PARTITIONED TABLE"})) {
            while (rs.next()) {
                if (!partitions.contains(lower(rs.getString("TABLE_NAME")))) {
                    tableNames.add(rs.getString("TABLE_NAME"));
                    tables.add(lower(rs.getString("TABLE_NAME")));
                }
            }
        }
        TreeSet<String> columns = new TreeSet<>();
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> pks = new TreeSet<>();
        TreeSet<String> fks = new TreeSet<>();
        TreeSet<String> indexes = new TreeSet<>();
        TreeSet<String> autoIncrement = new TreeSet<>();
        for (String table : tableNames) {
            String t = lower(table);
            try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
                while (rs.next()) {
                    columns.add(t + "." + lower(rs.getString("COLUMN_NAME")));
                    types.add(t + "." + lower(rs.getString("COLUMN_NAME")) + " " + rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT));
                    if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                        autoIncrement.add(t + "." + lower(rs.getString("COLUMN_NAME")));
                    }
                }
            }
            java.util.TreeMap<Integer, String> pk = new java.util.TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
                while (rs.next()) {
                    pk.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
                }
            }
            // the model marks primary-key columns; their order in the key is the columns' order, so keys (and the
            // index behind each) are compared as column sets
            String pkColumns = String.join(",", new TreeSet<>(pk.values()));
            if (!pk.isEmpty()) {
                pks.add(t + "(" + pkColumns + ")");
            }
            java.util.Map<String, java.util.TreeMap<Integer, String[]>> byName = new java.util.LinkedHashMap<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
                while (rs.next()) {
                    String key = rs.getString("FK_NAME") + "|" + lower(rs.getString("PKTABLE_NAME"));
                    byName.computeIfAbsent(key, k -> new java.util.TreeMap<>()).put(rs.getInt("KEY_SEQ"), new String[] {
                            lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKCOLUMN_NAME")),
                            lower(rs.getString("PKTABLE_NAME")), rule(rs.getShort("DELETE_RULE")),
                            rule(rs.getShort("UPDATE_RULE"))});
                }
            }
            byName.values().forEach(pairs -> {
                String[] first = pairs.firstEntry().getValue();
                fks.add(t + "(" + String.join(",", pairs.values().stream().map(p -> p[0]).toList()) + ") -> " + first[2]
                        + "(" + String.join(",", pairs.values().stream().map(p -> p[1]).toList()) + ") ON DELETE "
                        + first[3] + " ON UPDATE " + first[4]);
            });
            java.util.Map<String, java.util.TreeMap<Integer, String>> indexColumns = new java.util.LinkedHashMap<>();
            java.util.Map<String, Boolean> unique = new java.util.HashMap<>();
            try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (name == null || column == null) {
                        continue;
                    }
                    String order = "D".equals(rs.getString("ASC_OR_DESC")) ? " DESC" : "";
                    indexColumns.computeIfAbsent(name, k -> new java.util.TreeMap<>())
                            .put(rs.getInt("ORDINAL_POSITION"), lower(column).replace("\"", "") + order);
                    unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                }
            }
            indexColumns.forEach((name, cols) -> {
                boolean primary = unique.get(name) && String.join(",", new TreeSet<>(cols.values())).equals(pkColumns);
                indexes.add(t + "(" + (primary ? pkColumns : String.join(",", cols.values())) + ")"
                        + (unique.get(name) ? " unique" : ""));
            });
        }
        return new Structure(tables, columns, types, pks, fks, indexes, autoIncrement);
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }
}
