package org.schemaboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of a whole instance: the H2 database file, taken with H2's {@code BACKUP TO}, which copies a
 * transactionally consistent state while the server goes on working (the server opens its database with
 * {@code AUTO_SERVER=TRUE}, so this process reaches it through the server). A backup is a ZIP of the database file and
 * a manifest ({@value #MANIFEST}) that says what it is, the schema version, what it holds and the file's SHA-256; a
 * restore checks all of that on a copy, opening it as a database, before it touches the data directory.
 * Plain JDBC, no Spring: a backup must not run migrations or start anything on the server's database.
 */
final class InstanceBackup {

    static final String MANIFEST = "schemaboard-backup.properties";
    static final String FORMAT = "schemaboard-backup";
    static final String DATABASE_ENTRY = "schemaboard.mv.db";
    private static final int FORMAT_VERSION = 1;
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What a backup holds, as counted in the backed-up database itself. */
    record Contents(String schemaVersion, long accounts, long designs, long auditRows) {
        String describe() {
            return accounts + " accounts, " + designs + " designs, " + auditRows + " audit rows (schema version "
                    + schemaVersion + ")";
        }
    }

    private InstanceBackup() {
    }

    /** Writes a backup of the database in {@code dataDir} to {@code out}; returns what it holds. */
    static Contents backup(Path dataDir, Path out) {
        Path work = temporaryFolder(out.getParent(), ".schemaboard-backup-");
        try {
            Path h2Zip = work.resolve("h2-backup.zip");
            try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("schemaboard")
                    + ";IFEXISTS=TRUE;AUTO_SERVER=TRUE", "sa", "");
                 Statement st = db.createStatement()) {
                requireSchemaboard(db, dataDir.toString());
                st.execute("BACKUP TO '" + h2Zip.toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new BadInputException("Cannot back up the database in " + dataDir + ": " + firstLine(e));
            }
            Path database = work.resolve(DATABASE_ENTRY);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(h2Zip))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().endsWith(".mv.db")) {
                        Files.copy(zip, database);
                    }
                }
            }
            if (!Files.isRegularFile(database)) {
                throw new BadInputException("H2 made a backup without a database file; nothing was written");
            }
            // the copy is opened as a database: a backup that would not restore is never written
            Contents contents = inspect(database, "the backup copy");
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("formatVersion", Integer.toString(FORMAT_VERSION));
            manifest.setProperty("createdAt", Instant.now().toString());
            manifest.setProperty("sourceDataDir", dataDir.toString());
            manifest.setProperty("schemaVersion", contents.schemaVersion());
            manifest.setProperty("accounts", Long.toString(contents.accounts()));
            manifest.setProperty("designs", Long.toString(contents.designs()));
            manifest.setProperty("auditRows", Long.toString(contents.auditRows()));
            manifest.setProperty("databaseSha256", sha256(database));
            Path partial = work.resolve("backup.zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                StringWriter text = new StringWriter();
                manifest.store(text, "Schemaboard instance backup: restore with "
                        + "java -jar schemaboard.jar restore --data-dir DIR --file THIS.zip");
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                Files.copy(database, zip);
                zip.closeEntry();
            }
            move(partial, out);
            return contents;
        } catch (IOException e) {
            throw new BadInputException("Cannot write " + out + ": " + CommandLine.describe(e));
        } finally {
            deleteRecursively(work);
        }
    }

    /**
     * Restores a backup into {@code dataDir}. Refuses a file that is not a Schemaboard backup or is damaged, a data
     * directory that is not empty (unless {@code force}: then the old database is kept in a {@code replaced-…}
     * folder), and a database a running server holds. Nothing in the data directory changes until every check passed.
     */
    static Contents restore(Path file, Path dataDir, boolean force, StringBuilder notes) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("Cannot read " + file + ": there is no such file");
        }
        Properties manifest = readManifest(file);
        Path parent = dataDir.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new BadInputException("Cannot create " + parent + ": " + CommandLine.describe(e));
        }
        Path work = temporaryFolder(parent, ".schemaboard-restore-");
        try {
            Path database = work.resolve(DATABASE_ENTRY);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(DATABASE_ENTRY);
                if (entry == null) {
                    throw notABackup(file, "it has no " + DATABASE_ENTRY);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, database);
                }
            } catch (ZipException e) {
                throw new BadInputException(file + " is damaged: " + e.getMessage() + ". Nothing was restored.");
            }
            if (!sha256(database).equals(manifest.getProperty("databaseSha256"))) {
                throw new BadInputException(file + " is damaged: its database does not match the checksum in its "
                        + "manifest. Nothing was restored.");
            }
            Contents contents = inspect(database, file.toString());
            if (!contents.schemaVersion().equals(manifest.getProperty("schemaVersion"))
                    || contents.accounts() != Long.parseLong(manifest.getProperty("accounts", "-1"))
                    || contents.designs() != Long.parseLong(manifest.getProperty("designs", "-1"))) {
                throw new BadInputException(file + " is damaged: its database does not hold what its manifest says. "
                        + "Nothing was restored.");
            }
            prepareDataDir(dataDir, force, notes);
            Files.createDirectories(dataDir);
            move(database, dataDir.resolve(DATABASE_ENTRY));
            return contents;
        } catch (IOException e) {
            throw new BadInputException("Cannot restore into " + dataDir + ": " + CommandLine.describe(e));
        } catch (NumberFormatException e) {
            throw notABackup(file, "its manifest is not readable");
        } finally {
            deleteRecursively(work);
        }
    }

    private static Properties readManifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw notABackup(file, "it has no " + MANIFEST);
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw notABackup(file, "its manifest is not a Schemaboard backup's");
            }
            if (!Integer.toString(FORMAT_VERSION).equals(manifest.getProperty("formatVersion"))) {
                throw new BadInputException(file + " is a Schemaboard backup of format version "
                        + manifest.getProperty("formatVersion") + ", which this version cannot restore");
            }
            return manifest;
        } catch (ZipException e) {
            throw notABackup(file, "it is not a ZIP file");
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + CommandLine.describe(e));
        }
    }

    private static BadInputException notABackup(Path file, String why) {
        return new BadInputException(file + " is not a Schemaboard backup: " + why + ". Nothing was restored.");
    }

    /** An empty (or missing) data directory, or with {@code force} one whose old database is moved aside. */
    private static void prepareDataDir(Path dataDir, boolean force, StringBuilder notes) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            if (Files.exists(dataDir)) {
                throw new BadInputException(dataDir + " is a file, not a data directory");
            }
            return;
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        if (!force) {
            throw new BadInputException(dataDir + " is not empty. Restore into an empty directory, or add --force to "
                    + "replace its database (the old one is kept in a replaced-… folder there). Nothing was restored.");
        }
        if (Files.exists(dataDir.resolve(DATABASE_ENTRY))) {
            requireNotInUse(dataDir);
        }
        Path aside = dataDir.resolve("replaced-" + STAMP.format(Instant.now()));
        Files.createDirectories(aside);
        try (Stream<Path> entries = Files.list(dataDir)) {
            for (Path entry : (Iterable<Path>) entries.filter(p -> p.getFileName().toString().startsWith("schemaboard."))
                    ::iterator) {
                Files.move(entry, aside.resolve(entry.getFileName()));
            }
        }
        notes.append("The database that was there is now in ").append(aside).append('\n');
    }

    /** Opening without AUTO_SERVER fails while another process (a running server) holds the file. */
    private static void requireNotInUse(Path dataDir) {
        try (Connection ignored = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("schemaboard")
                + ";IFEXISTS=TRUE", "sa", "")) {
            // closed at once: nobody else had it open
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw new BadInputException("The database in " + dataDir + " is in use by a running Schemaboard "
                        + "server; stop it before restoring over it. Nothing was restored.");
            }
            // a damaged old database may be replaced: that is what a restore is for
        }
    }

    /** Opens a database file on its own (a copy, never the server's) and counts what it holds. */
    private static Contents inspect(Path databaseFile, String what) {
        String name = databaseFile.getFileName().toString();
        Path base = databaseFile.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r",
                "sa", "")) {
            return requireSchemaboard(db, what);
        } catch (SQLException e) {
            throw new BadInputException(what + " is damaged: its database cannot be opened (" + firstLine(e)
                    + "). Nothing was restored.");
        }
    }

    private static Contents requireSchemaboard(Connection db, String what) throws SQLException {
        try (Statement st = db.createStatement()) {
            String version;
            try (ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                version = rs.next() ? rs.getString(1) : null;
            }
            if (version == null) {
                throw new BadInputException(what + " is not a Schemaboard database (it has no schema history)");
            }
            return new Contents(version, count(st, "APP_USER"), count(st, "DESIGN"), count(st, "AUDIT_LOG"));
        } catch (SQLException e) {
            if (e.getErrorCode() == 42104 || e.getErrorCode() == 42102) { // table not found
                throw new BadInputException(what + " is not a Schemaboard database (" + firstLine(e) + ")");
            }
            throw e;
        }
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Path temporaryFolder(Path near, String prefix) {
        try {
            return Files.createTempDirectory(near, prefix);
        } catch (IOException e) {
            throw new BadInputException("Cannot write in " + near + ": " + CommandLine.describe(e));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless; the command's result is what matters
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
