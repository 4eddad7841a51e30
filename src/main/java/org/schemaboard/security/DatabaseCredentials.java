package org.schemaboard.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The embedded H2 database's own password. With {@code AUTO_SERVER=TRUE} H2 serves the database to other processes
 * (the command line) over TCP; that port listens on the loopback interface only ({@link #bindToLoopback()}), and the
 * database account has a random password kept in the data directory ({@value #PASSWORD_FILE}, readable by its owner
 * only), so another machine cannot reach the port and another local account that cannot read the data directory
 * cannot sign in. The server and the command line read the same file; an operator's own
 * {@code SPRING_DATASOURCE_PASSWORD} takes precedence.
 */
public final class DatabaseCredentials {

    /** Beside the database file, so a restore --force moves it aside together with the database it belongs to. */
    public static final String PASSWORD_FILE = "schemaboard.password";
    public static final String DEFAULT_USER = "sa";
    private static final Pattern USER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private DatabaseCredentials() {
    }

    /**
     * Makes H2's servers listen on 127.0.0.1 only. H2 reads the property once, when its first server starts, so this
     * is called before any database is opened (at the start of main, and before the data source is made).
     */
    public static void bindToLoopback() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    public static Path passwordFile(Path dataDir) {
        return dataDir.resolve(PASSWORD_FILE);
    }

    /** The stored password of the database in {@code dataDir}, if the directory has one. */
    public static java.util.Optional<String> storedPassword(Path dataDir) {
        Path file = passwordFile(dataDir);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database password in " + file, e);
        }
    }

    /**
     * The stored password, or a new random one stored now (mode 0600). Two processes storing at once agree: the file
     * appears whole or not at all, and the second reads the first's.
     */
    public static String storedOrNewPassword(Path dataDir) {
        java.util.Optional<String> stored = storedPassword(dataDir);
        return stored.isPresent() ? stored.get() : store(dataDir, newPassword());
    }

    public static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Stores the password unless the directory has one already; returns the one that is stored. */
    public static String store(Path dataDir, String password) {
        try {
            Files.createDirectories(dataDir);
            Path partial = Files.createTempFile(dataDir, ".schemaboard-password-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(partial, password + "\n", StandardCharsets.UTF_8);
                Files.createLink(passwordFile(dataDir), partial); // fails when another process stored one first
            } catch (FileAlreadyExistsException raced) {
                return storedPassword(dataDir).orElseThrow();
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (UnsupportedOperationException notPosix) {
            throw new IllegalStateException("Cannot store the database password with owner-only permissions in "
                    + dataDir + ": the file system has no POSIX permissions", notPosix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the database password in " + dataDir, e);
        }
        return password;
    }

    /** Sets the password of the database account {@code user} on an open connection. */
    public static void setPassword(Connection db, String user, String password) throws SQLException {
        if (!USER.matcher(user).matches()) {
            throw new IllegalArgumentException("Unexpected database user name " + user);
        }
        try (Statement st = db.createStatement()) {
            st.execute("ALTER USER " + user + " SET PASSWORD '" + password.replace("'", "''") + "'");
        }
    }
}
