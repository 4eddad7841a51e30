package org.schemaboard.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the portable backup ({@link PortableFormat}) of the database behind a connection: every table's rows, read in
 * one snapshot (a read-only transaction that sees one committed state while the server goes on writing).
 */
final class PortableBackup {

    private PortableBackup() {
    }

    /** Writes every table of {@code db} to {@code file}; returns the manifest written. */
    static PortableFormat.Manifest write(Connection db, Path file) throws SQLException, IOException {
        DatabaseMetaData meta = db.getMetaData();
        String vendor = meta.getDatabaseProductName();
        boolean postgres = vendor.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        db.setAutoCommit(false);
        // PostgreSQL's REPEATABLE READ is a snapshot; H2's SERIALIZABLE is its snapshot level (plus checks on writes)
        db.setTransactionIsolation(postgres ? Connection.TRANSACTION_REPEATABLE_READ
                : Connection.TRANSACTION_SERIALIZABLE);
        db.setReadOnly(true);
        try {
            String schema = db.getSchema();
            String version = schemaVersion(db);
            List<PortableFormat.Table> tables = new ArrayList<>();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                for (String table : PortableFormat.tables(meta, schema)) {
                    tables.add(writeTable(db, meta, schema, table, zip));
                }
                PortableFormat.Manifest manifest = new PortableFormat.Manifest(PortableFormat.FORMAT,
                        PortableFormat.FORMAT_VERSION, Instant.now().toString(), postgres ? "PostgreSQL" : "H2",
                        version, tables);
                zip.putNextEntry(new ZipEntry(PortableFormat.MANIFEST));
                zip.write(PortableFormat.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                return manifest;
            }
        } finally {
            db.rollback();
        }
    }

    private static PortableFormat.Table writeTable(Connection db, DatabaseMetaData meta, String schema, String table,
                                                   ZipOutputStream zip) throws SQLException, IOException {
        List<PortableFormat.DbColumn> columns = PortableFormat.columns(meta, schema, table);
        String quote = meta.getIdentifierQuoteString();
        String select = "SELECT " + columns.stream().map(c -> quote + c.realName() + quote)
                .collect(Collectors.joining(", ")) + " FROM " + quote + table + quote
                + orderByKey(meta, schema, table, quote);
        PortableFormat.Table written = new PortableFormat.Table(table.toLowerCase(java.util.Locale.ROOT),
                columns.stream().map(PortableFormat.DbColumn::portable).toList(), 0, null);
        zip.putNextEntry(new ZipEntry(written.entry()));
        MessageDigest digest = sha256();
        // the zip stays open for the next entry: the digesting stream must not close it
        OutputStream entry = new DigestOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
            }
        }, digest);
        long rows = 0;
        try (Statement st = db.createStatement()) {
            st.setFetchSize(500);
            try (ResultSet rs = st.executeQuery(select)) {
                List<Object> values = new ArrayList<>(columns.size());
                while (rs.next()) {
                    values.clear();
                    for (int i = 0; i < columns.size(); i++) {
                        values.add(PortableFormat.read(rs, i + 1, columns.get(i).type()));
                    }
                    entry.write(PortableFormat.JSON.writeValueAsBytes(values));
                    entry.write('\n');
                    rows++;
                }
            }
        }
        entry.flush();
        zip.closeEntry();
        return new PortableFormat.Table(written.name(), written.columns(), rows,
                HexFormat.of().formatHex(digest.digest()));
    }

    /** Rows in key order, so that two backups of the same data are the same file (but for the time stamp). */
    private static String orderByKey(DatabaseMetaData meta, String schema, String table, String quote)
            throws SQLException {
        java.util.SortedMap<Short, String> key = new java.util.TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), quote + rs.getString("COLUMN_NAME") + quote);
            }
        }
        return key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key.values());
    }

    /** The newest successfully applied migration of the database. */
    static String schemaVersion(Connection db) throws SQLException {
        String history = "\"" + PortableFormat.HISTORY + "\"";
        String newest = null;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM " + history
                     + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                if (newest == null || InstanceBackup.compareVersions(rs.getString(1), newest) > 0) {
                    newest = rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new BadInputException("The database is not a Schemaboard database (it has no schema history: "
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (newest == null) {
            throw new BadInputException("The database is not a Schemaboard database (its schema history is empty)");
        }
        return newest;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
