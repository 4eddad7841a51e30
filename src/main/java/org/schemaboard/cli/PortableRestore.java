package org.schemaboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Reads a portable backup ({@link PortableFormat}) back: first the whole file is checked (its manifest, every table's
 * checksum and row count, every value against its column's type) without touching any database; then an empty
 * database gets this build's own migrations up to the file's schema version, and the rows go in with typed parameters,
 * in one transaction ({@link RowLoader}). Should anything fail after the migrations, the database is emptied again:
 * it was empty before, so nothing has changed.
 */
final class PortableRestore {

    /** A manifest names a few dozen tables: a megabyte is far more than any real one. */
    static final int MAX_MANIFEST_BYTES = 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PortableRestore() {
    }

    /** Whether the file is a portable backup (rather than a format-1 H2 copy). */
    static boolean isPortable(ZipFile zip) {
        return zip.getEntry(PortableFormat.MANIFEST) != null;
    }

    /** Checks the whole file; returns its manifest, or says what is wrong with it. */
    static PortableFormat.Manifest verify(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            PortableFormat.Manifest manifest = manifest(zip, file);
            for (PortableFormat.Table table : manifest.tables()) {
                readRows(zip, file, table, row -> { });
            }
            return manifest;
        } catch (ZipException e) {
            throw notABackup(file, "it is not a ZIP file");
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + CommandLine.describe(e));
        }
    }

    /**
     * Restores a checked file into the empty database at {@code url}: migrations up to the file's schema version,
     * then every row. {@code vendor} is the migrations' vendor folder ({@code h2} or {@code postgresql}).
     */
    static void load(Path file, PortableFormat.Manifest manifest, String url, String user, String password,
                     String vendor) {
        var configuration = Flyway.configure(PortableRestore.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .cleanDisabled(false);
        requireKnownVersion(file, manifest.schemaVersion(), configuration.load());
        // this build's migrations up to the file's version: the rows then fit the schema they were read from
        Flyway flyway = configuration.target(MigrationVersion.fromVersion(manifest.schemaVersion())).load();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            if (!PortableFormat.tables(db.getMetaData(), db.getSchema()).isEmpty()
                    || hasHistory(db)) {
                throw new BadInputException("The database at " + url + " is not empty: restore into an empty "
                        + "database (a new one, or its schema dropped). Nothing was restored.");
            }
        } catch (SQLException e) {
            throw new BadInputException("Cannot open the database at " + url + ": " + firstLine(e));
        }
        flyway.migrate();
        try (Connection db = DriverManager.getConnection(url, user, password);
             ZipFile zip = new ZipFile(file.toFile())) {
            db.setAutoCommit(false);
            try {
                new RowLoader(db, file, manifest).load((table, rows) -> readRows(zip, file, table, rows));
                db.commit();
            } catch (RuntimeException | SQLException | IOException e) {
                db.rollback();
                throw e;
            }
        } catch (RuntimeException | SQLException | IOException e) {
            flyway.clean(); // the database was empty before the migrations: it is again
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException("Cannot restore " + file + " into " + url + ": "
                    + (e instanceof SQLException sql ? firstLine(sql) : CommandLine.describe((Exception) e))
                    + ". Nothing was restored.");
        }
    }

    /** The file's schema version must be one of this build's migrations, and not newer than its last. */
    private static void requireKnownVersion(Path file, String version, Flyway flyway) {
        String newest = null;
        boolean known = false;
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getVersion() == null) {
                continue;
            }
            String v = migration.getVersion().getVersion();
            known |= v.equals(version);
            if (newest == null || InstanceBackup.compareVersions(v, newest) > 0) {
                newest = v;
            }
        }
        if (newest != null && InstanceBackup.compareVersions(version, newest) > 0) {
            throw new BadInputException(file + " was made by a newer Schemaboard: its database schema is at "
                    + "version " + version + ", and this version knows up to " + newest
                    + ". Restore it with the version that made it (or a newer one). Nothing was restored.");
        }
        if (!known) {
            throw new BadInputException(file + " is at schema version " + version + ", which is not a version of "
                    + "this Schemaboard's schema (its versions go up to " + newest + "). Nothing was restored.");
        }
    }

    private static boolean hasHistory(Connection db) throws SQLException {
        try (var rs = db.getMetaData().getTables(null, db.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(PortableFormat.HISTORY)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PortableFormat.Manifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(PortableFormat.MANIFEST);
        if (entry == null) {
            throw notABackup(file, "it has no " + PortableFormat.MANIFEST);
        }
        byte[] text;
        try (InputStream in = zip.getInputStream(entry)) {
            text = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        }
        if (text.length > MAX_MANIFEST_BYTES) {
            throw notABackup(file, "its manifest is too large");
        }
        PortableFormat.Manifest manifest;
        try {
            manifest = PortableFormat.JSON.readValue(text, PortableFormat.Manifest.class);
        } catch (IOException e) {
            throw notABackup(file, "its manifest is not readable");
        }
        if (!PortableFormat.FORMAT.equals(manifest.format())) {
            throw notABackup(file, "its manifest is not a Schemaboard backup's");
        }
        if (manifest.formatVersion() != PortableFormat.FORMAT_VERSION) {
            throw new BadInputException(file + " is a Schemaboard backup of format version "
                    + manifest.formatVersion() + ", which this version cannot restore");
        }
        if (manifest.schemaVersion() == null || manifest.tables() == null || manifest.tables().isEmpty()) {
            throw notABackup(file, "its manifest names no schema version or no tables");
        }
        for (PortableFormat.Table table : manifest.tables()) {
            if (table.name() == null || !NAME.matcher(table.name()).matches() || table.columns() == null
                    || table.columns().isEmpty() || table.sha256() == null || table.columns().stream()
                    .anyMatch(c -> c.name() == null || !NAME.matcher(c.name()).matches())) {
                throw notABackup(file, "its manifest describes a table it cannot hold");
            }
        }
        return manifest;
    }

    /** Something that takes one row's values at a time. */
    interface RowSink {
        void accept(Object[] row) throws SQLException;
    }

    /**
     * Reads one table's entry, checking each row against the column types and the whole entry against its checksum
     * and row count, and hands every row to {@code sink}. A mismatch is found at the end of the entry: the caller's
     * transaction then rolls back.
     */
    static void readRows(ZipFile zip, Path file, PortableFormat.Table table, RowSink sink) throws IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw damaged(file, "it has no rows for the table " + table.name());
        }
        List<PortableFormat.Column> columns = table.columns();
        long rows = 0;
        try (DigestInputStream in = new DigestInputStream(zip.getInputStream(entry), PortableBackup.sha256());
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                rows++;
                JsonNode values;
                try {
                    values = PortableFormat.JSON.readTree(line);
                } catch (IOException e) {
                    throw damaged(file, "row " + rows + " of the table " + table.name() + " is not readable");
                }
                if (values == null || !values.isArray() || values.size() != columns.size()) {
                    throw damaged(file, "row " + rows + " of the table " + table.name() + " does not have its "
                            + columns.size() + " columns");
                }
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    try {
                        row[i] = PortableFormat.decode(values.get(i), columns.get(i).type());
                    } catch (IllegalArgumentException e) {
                        throw damaged(file, "the column " + columns.get(i).name() + " of row " + rows
                                + " of the table " + table.name() + " is " + e.getMessage());
                    }
                }
                try {
                    sink.accept(row);
                } catch (SQLException e) {
                    throw new BadInputException("Cannot restore row " + rows + " of the table " + table.name()
                            + " of " + file + ": " + firstLine(e) + ". Nothing was restored.");
                }
            }
            if (!HexFormat.of().formatHex(in.getMessageDigest().digest()).equals(table.sha256())) {
                throw damaged(file, "the rows of the table " + table.name()
                        + " do not match the checksum in its manifest");
            }
        }
        if (rows != table.rows()) {
            throw damaged(file, "the table " + table.name() + " has " + rows + " rows, and its manifest says "
                    + table.rows());
        }
    }

    static BadInputException notABackup(Path file, String why) {
        return new BadInputException(file + " is not a Schemaboard backup: " + why + ". Nothing was restored.");
    }

    static BadInputException damaged(Path file, String why) {
        return new BadInputException(file + " is damaged: " + why + ". Nothing was restored.");
    }

    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
