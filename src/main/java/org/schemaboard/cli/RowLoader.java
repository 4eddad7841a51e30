package org.schemaboard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the rows of a portable backup into a database freshly migrated to the backup's schema version, inside the
 * caller's transaction. Every table and column name in the statements comes from the database's own catalogue (the
 * file's names only select among them), and every value is a typed parameter: the file supplies data, never SQL.
 */
final class RowLoader {

    private static final int BATCH = 500;

    /** Reads a table's rows from the file. */
    interface TableReader {
        void read(PortableFormat.Table table, PortableRestore.RowSink rows) throws IOException;
    }

    private final Connection db;
    private final Path file;
    private final PortableFormat.Manifest manifest;

    RowLoader(Connection db, Path file, PortableFormat.Manifest manifest) {
        this.db = db;
        this.file = file;
        this.manifest = manifest;
    }

    void load(TableReader reader) throws SQLException, IOException {
        DatabaseMetaData meta = db.getMetaData();
        String schema = db.getSchema();
        String quote = meta.getIdentifierQuoteString();
        Map<String, String> realNames = new LinkedHashMap<>();
        for (String table : PortableFormat.tables(meta, schema)) {
            realNames.put(table.toLowerCase(Locale.ROOT), table);
        }
        Map<String, PortableFormat.Table> inFile = new HashMap<>();
        manifest.tables().forEach(t -> inFile.put(t.name(), t));
        if (!realNames.keySet().equals(inFile.keySet())) {
            throw mismatch("its tables are " + inFile.keySet().stream().sorted().toList() + ", the schema's are "
                    + realNames.keySet().stream().sorted().toList());
        }
        for (String table : dependencyOrder(meta, schema, realNames)) {
            String real = realNames.get(table);
            PortableFormat.Table fileTable = inFile.get(table);
            Map<String, PortableFormat.DbColumn> columns = new HashMap<>();
            for (PortableFormat.DbColumn c : PortableFormat.columns(meta, schema, real)) {
                columns.put(c.portable().name(), c);
            }
            Set<PortableFormat.Column> expected = columns.values().stream().map(PortableFormat.DbColumn::portable)
                    .collect(Collectors.toSet());
            if (!expected.equals(Set.copyOf(fileTable.columns())) || fileTable.columns().size() != expected.size()) {
                throw mismatch("the columns of the table " + table + " differ");
            }
            List<PortableFormat.DbColumn> ordered = fileTable.columns().stream().map(c -> columns.get(c.name()))
                    .toList();
            String insert = "INSERT INTO " + quote + real + quote + " (" + ordered.stream()
                    .map(c -> quote + c.realName() + quote).collect(Collectors.joining(", ")) + ") VALUES ("
                    + ordered.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement st = db.prepareStatement(insert)) {
                int[] pending = {0};
                reader.read(fileTable, row -> {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            st.setNull(i + 1, ordered.get(i).jdbcType());
                        } else {
                            st.setObject(i + 1, row[i]);
                        }
                    }
                    st.addBatch();
                    if (++pending[0] == BATCH) {
                        st.executeBatch();
                        pending[0] = 0;
                    }
                });
                if (pending[0] > 0) {
                    st.executeBatch();
                }
            }
            restartIdentities(meta, schema, real, quote);
        }
    }

    /** Tables before the tables that refer to them, so that every foreign key holds as the rows go in. */
    private static List<String> dependencyOrder(DatabaseMetaData meta, String schema, Map<String, String> realNames)
            throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : realNames.entrySet()) {
            Set<String> refs = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, table.getValue())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) {
                        refs.add(parent);
                    }
                }
            }
            parents.put(table.getKey(), refs);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            int before = order.size();
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!order.contains(table.getKey()) && order.containsAll(table.getValue())) {
                    order.add(table.getKey());
                }
            }
            if (order.size() == before) {
                throw new IllegalStateException("The schema's foreign keys form a cycle; no order of inserts exists");
            }
        }
        return order;
    }

    /** An identity column continues after the highest restored value, so the next insert does not collide. */
    private void restartIdentities(DatabaseMetaData meta, String schema, String table, String quote)
            throws SQLException {
        boolean postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        List<String> identities = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    identities.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        for (String column : identities) {
            long next;
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(" + quote + column + quote + "), 0) + 1 FROM "
                         + quote + table + quote)) {
                rs.next();
                next = rs.getLong(1);
            }
            if (postgres) {
                try (PreparedStatement st = db.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                    st.setString(1, quote + table + quote);
                    st.setString(2, column);
                    st.setLong(3, next);
                    st.execute();
                }
            } else {
                try (Statement st = db.createStatement()) {
                    st.execute("ALTER TABLE " + quote + table + quote + " ALTER COLUMN " + quote + column + quote
                            + " RESTART WITH " + next);
                }
            }
        }
    }

    private BadInputException mismatch(String why) {
        return new BadInputException(file + " does not fit this Schemaboard's schema at version "
                + manifest.schemaVersion() + ": " + why + ". Nothing was restored.");
    }
}
