package org.schemaboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
import org.schemaboard.importing.BoundedInput;
import org.schemaboard.importing.InputTooLargeException;
import java.util.zip.ZipOutputStream;
import org.schemaboard.security.DatabaseCredentials;

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
    static final int MAX_MANIFEST_BYTES = 64 * 1024;
    /** Free space a restore leaves on the disk: it stops copying a database that would take more. */
    private static final long DISK_RESERVE = 64L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What a backup holds, as counted in the backed-up database itself. */
    record Contents(String schemaVersion, long accounts, long designs, long auditRows) {
        String describe() {
            return count(accounts, "account") + ", " + count(designs, "design") + ", " + count(auditRows, "audit row")
                    + " (schema version " + schemaVersion + ")";
        }

        private static String count(long n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
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
                    + ";IFEXISTS=TRUE;AUTO_SERVER=TRUE", user(), password(dataDir));
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
            // the copy leaves this instance's database password behind: a restore gives it the new place's own
            withoutPassword(database, password(dataDir));
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
                // counted while it is unpacked: a damaged or hostile entry cannot fill the disk
                long room = Files.getFileStore(work).getUsableSpace() - DISK_RESERVE;
                String tooLarge = "its database unpacks to more than the " + BoundedInput.megabytes(Math.max(0, room))
                        + " free in " + parent;
                if (entry.getSize() > room) {
                    throw new BadInputException("Cannot restore " + file + ": " + tooLarge + ". Nothing was restored.");
                }
                try (InputStream in = zip.getInputStream(entry);
                     java.io.OutputStream out = Files.newOutputStream(database)) {
                    BoundedInput.copyAtMost(in, out, Math.max(0, room), "file", tooLarge);
                } catch (InputTooLargeException e) {
                    throw new BadInputException("Cannot restore " + file + ": " + tooLarge + ". Nothing was restored.");
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
            String known = knownSchemaVersion();
            if (known != null && compareVersions(contents.schemaVersion(), known) > 0) {
                throw new BadInputException(file + " was made by a newer Schemaboard: its database schema is at "
                        + "version " + contents.schemaVersion() + ", and this version knows up to " + known
                        + ". Restore it with the version that made it (or a newer one). Nothing was restored.");
            }
            prepareDataDir(dataDir, force, notes);
            Files.createDirectories(dataDir);
            // the restored database gets a password of its own, stored beside it, before it is moved into place
            String password = DatabaseCredentials.newPassword();
            setPassword(database, "", password);
            move(database, dataDir.resolve(DATABASE_ENTRY));
            Files.deleteIfExists(DatabaseCredentials.passwordFile(dataDir));
            DatabaseCredentials.store(dataDir, password);
            return contents;
        } catch (IOException e) {
            throw new BadInputException("Cannot restore into " + dataDir + ": " + CommandLine.describe(e));
        } catch (NumberFormatException e) {
            throw notABackup(file, "its manifest is not readable");
        } finally {
            deleteRecursively(work);
        }
    }

    /** The database account the command line uses: the server's (SPRING_DATASOURCE_USERNAME), else sa. */
    static String user() {
        String configured = System.getenv("SPRING_DATASOURCE_USERNAME");
        return configured == null || configured.isBlank() ? DatabaseCredentials.DEFAULT_USER : configured;
    }

    /**
     * The password of the database in {@code dataDir}: SPRING_DATASOURCE_PASSWORD when the operator set one, else the
     * one stored in the data directory, else the empty password of a database made by an older version.
     */
    static String password(Path dataDir) {
        String configured = System.getenv("SPRING_DATASOURCE_PASSWORD");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return DatabaseCredentials.storedPassword(dataDir).orElse("");
    }

    private static void withoutPassword(Path databaseFile, String password) {
        setPassword(databaseFile, password, "");
    }

    /** Opens a database file on its own (not a server's) and changes the account's password. */
    private static void setPassword(Path databaseFile, String from, String to) {
        String name = databaseFile.getFileName().toString().replace(".mv.db", "");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + databaseFile.resolveSibling(name)
                + ";IFEXISTS=TRUE", user(), from)) {
            DatabaseCredentials.setPassword(db, user(), to);
        } catch (SQLException e) {
            throw new BadInputException("Cannot open the copy of the database: " + firstLine(e));
        }
    }

    /** The newest schema version this build's migrations reach ({@code V7__….sql} → "7"); null if none is found. */
    static String knownSchemaVersion() {
        try {
            String newest = null;
            for (org.springframework.core.io.Resource migration
                    : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/**/V*__*.sql")) {
                String name = migration.getFilename();
                String version = name == null ? null : name.substring(1, name.indexOf("__")).replace('_', '.');
                if (version != null && (newest == null || compareVersions(version, newest) > 0)) {
                    newest = version;
                }
            }
            return newest;
        } catch (IOException e) {
            return null;
        }
    }

    /** Flyway's order of versions: "7" < "7.1" < "10". */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? parsePart(left[i]) : 0;
            long r = i < right.length ? parsePart(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    private static long parsePart(String part) {
        try {
            return Long.parseLong(part.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Properties readManifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw notABackup(file, "it has no " + MANIFEST);
            }
            Properties manifest = new Properties();
            if (entry.getSize() > MAX_MANIFEST_BYTES) {
                throw notABackup(file, "its manifest is too large");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                // a manifest is a few hundred bytes: read at most a little more, whatever the entry claims
                byte[] text = in.readNBytes(MAX_MANIFEST_BYTES + 1);
                if (text.length > MAX_MANIFEST_BYTES) {
                    throw notABackup(file, "its manifest is too large");
                }
                manifest.load(new StringReader(new String(text, StandardCharsets.UTF_8)));
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

    /**
     * H2 holds a lock on the database file while it has it open (a running server). Asking for the same lock tells
     * without opening the database, which would write to the file being replaced.
     */
    private static void requireNotInUse(Path dataDir) throws IOException {
        boolean inUse;
        try (FileChannel channel = FileChannel.open(dataDir.resolve(DATABASE_ENTRY), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            inUse = lock == null;
            if (lock != null) {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            inUse = true; // this very JVM has it open
        }
        if (inUse) {
            throw new BadInputException("The database in " + dataDir + " is in use by a running Schemaboard "
                    + "server; stop it before restoring over it. Nothing was restored.");
        }
    }

    /**
     * Opens a copy of a database file on its own and counts what it holds. A copy, because H2 may write to a file it
     * opened (even read-only, when it closes), and the file itself must stay byte for byte what its checksum says.
     */
    private static Contents inspect(Path databaseFile, String what) {
        Path folder = temporaryFolder(databaseFile.getParent(), "inspect-");
        try {
            Files.copy(databaseFile, folder.resolve(DATABASE_ENTRY));
            try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("schemaboard")
                    + ";IFEXISTS=TRUE", user(), "")) {
                return requireSchemaboard(db, what);
            } catch (SQLException e) {
                throw new BadInputException(what + " is damaged: its database cannot be opened (" + firstLine(e)
                        + "). Nothing was restored.");
            }
        } catch (IOException e) {
            throw new BadInputException("Cannot check " + what + ": " + CommandLine.describe(e));
        } finally {
            deleteRecursively(folder);
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
