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
 * Backup and restore of a whole instance in the portable format ({@link PortableFormat}): {@code backup} reads every
 * table of the instance's database in one snapshot while the server goes on working (an H2 data directory through
 * the server's AUTO_SERVER, or the PostgreSQL database SCHEMABOARD_DATABASE_URL names); {@code restore} checks the
 * whole file first and then fills an empty database, H2 or PostgreSQL, whichever made the file. Into a data directory
 * it builds the new H2 database beside it and moves it in only when everything went in. Plain JDBC and Flyway, no
 * Spring: a backup must not run migrations or start anything on the server's database.
 */
final class InstanceBackup {

    static final String DATABASE_ENTRY = "schemaboard.mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What a backup holds, as counted in its rows. */
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

    /** Writes a backup of the H2 database in {@code dataDir} to {@code out}; returns what it holds. */
    static Contents backup(Path dataDir, Path out) {
        return backup("jdbc:h2:file:" + dataDir.resolve("schemaboard") + ";IFEXISTS=TRUE;AUTO_SERVER=TRUE", user(),
                password(dataDir), dataDir.toString(), out);
    }

    /** Writes a backup of the database at {@code url} (H2 or PostgreSQL) to {@code out}; returns what it holds. */
    static Contents backup(String url, String user, String password, String what, Path out) {
        Path work = temporaryFolder(out.toAbsolutePath().getParent(), ".schemaboard-backup-");
        try {
            Path partial = work.resolve("backup.zip");
            PortableFormat.Manifest manifest;
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                manifest = PortableBackup.write(db, partial);
            } catch (SQLException e) {
                throw new BadInputException("Cannot back up the database in " + what + ": "
                        + PortableRestore.firstLine(e));
            }
            // the file is read back as a restore reads it: a backup that would not restore is never written
            PortableRestore.verify(partial);
            move(partial, out);
            return manifest.contents();
        } catch (IOException e) {
            throw new BadInputException("Cannot write " + out + ": " + CommandLine.describe(e));
        } finally {
            deleteRecursively(work);
        }
    }

    /**
     * Restores a backup into the empty database at {@code url} (PostgreSQL, or H2); refuses one that is not empty.
     */
    static Contents restoreInto(Path file, String url, String user, String password) {
        PortableFormat.Manifest manifest = verified(file);
        PortableRestore.load(file, manifest, url, user, password, url.startsWith("jdbc:postgresql:") ? "postgresql"
                : "h2");
        return manifest.contents();
    }

    /**
     * Restores a backup into {@code dataDir}. Refuses a file that is not a Schemaboard backup or is damaged, a data
     * directory that is not empty (unless {@code force}: then the old database is kept in a {@code replaced-…}
     * folder), and a database a running server holds. Nothing in the data directory changes until every row went
     * into the new database beside it.
     */
    static Contents restore(Path file, Path dataDir, boolean force, StringBuilder notes) {
        PortableFormat.Manifest manifest = verified(file);
        Path parent = dataDir.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new BadInputException("Cannot create " + parent + ": " + CommandLine.describe(e));
        }
        Path work = temporaryFolder(parent, ".schemaboard-restore-");
        try {
            checkDataDir(dataDir, force);
            // the restored database gets a password of its own, stored beside it once it is in place
            String password = DatabaseCredentials.newPassword();
            PortableRestore.load(file, manifest, "jdbc:h2:file:" + work.resolve("schemaboard"), user(), password,
                    "h2");
            checkDataDir(dataDir, force); // again: a server may have started there meanwhile
            moveAside(dataDir, notes);
            Files.createDirectories(dataDir);
            move(work.resolve(DATABASE_ENTRY), dataDir.resolve(DATABASE_ENTRY));
            Files.deleteIfExists(DatabaseCredentials.passwordFile(dataDir));
            DatabaseCredentials.store(dataDir, password);
            return manifest.contents();
        } catch (IOException e) {
            throw new BadInputException("Cannot restore into " + dataDir + ": " + CommandLine.describe(e));
        } finally {
            deleteRecursively(work);
        }
    }

    private static PortableFormat.Manifest verified(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("Cannot read " + file + ": there is no such file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (!PortableRestore.isPortable(zip)) {
                if (zip.getEntry("schemaboard-backup.properties") != null) {
                    throw new BadInputException(file + " is a Schemaboard backup of format version 1 (a copy of an "
                            + "H2 database file), which this version cannot restore: restore it with the version "
                            + "that made it and back up again. Nothing was restored.");
                }
                throw PortableRestore.notABackup(file, "it has no " + PortableFormat.MANIFEST);
            }
        } catch (ZipException e) {
            throw PortableRestore.notABackup(file, "it is not a ZIP file");
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + CommandLine.describe(e));
        }
        return PortableRestore.verify(file);
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

    /** An empty (or missing) data directory, or with {@code force} one whose database no server holds. */
    private static void checkDataDir(Path dataDir, boolean force) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            if (Files.exists(dataDir)) {
                throw new BadInputException(dataDir + " is a file, not a data directory");
            }
            return;
        }
        if (isEmpty(dataDir)) {
            return;
        }
        if (!force) {
            throw new BadInputException(dataDir + " is not empty. Restore into an empty directory, or add --force to "
                    + "replace its database (the old one is kept in a replaced-… folder there). Nothing was restored.");
        }
        if (Files.exists(dataDir.resolve(DATABASE_ENTRY))) {
            requireNotInUse(dataDir);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** With {@code force}: the old database of a data directory goes into a {@code replaced-…} folder. */
    private static void moveAside(Path dataDir, StringBuilder notes) throws IOException {
        if (!Files.isDirectory(dataDir) || isEmpty(dataDir)) {
            return;
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
}
