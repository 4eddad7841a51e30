package org.schemaboard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The H2 database of a data directory as the command line finds it: there or not, in use by a server, and at this
 * build's schema version — the command line never migrates a database a server of another version may hold.
 */
final class ExistingDatabase {

    private static final int H2_DATABASE_IN_USE = 90020;
    private static final String DATABASE_FILE = "schemaboard.mv.db";

    private ExistingDatabase() {
    }

    static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(DATABASE_FILE));
    }

    static BadInputException inUse(Path dataDir) {
        return new BadInputException("The database in " + dataDir + " is in use by a running Schemaboard "
                + "server; stop it or use the server's export button");
    }

    /**
     * Refuses a database whose schema is not exactly this build's: the command line would have to migrate it (or
     * would misread a newer one), and the server that holds it may be of another version.
     */
    static void requireSameSchemaVersion(Path dataDir) {
        try (Connection db = open(dataDir)) {
            requireSameSchemaVersion(dataDir, db);
        } catch (SQLException e) {
            throw new BadInputException("Cannot open the Schemaboard database in " + dataDir + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The data directory's H2 database, through a running server when one holds it (AUTO_SERVER). */
    static Connection open(Path dataDir) {
        try {
            return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("schemaboard")
                    + ";IFEXISTS=TRUE;AUTO_SERVER=TRUE", InstanceBackup.user(), InstanceBackup.password(dataDir));
        } catch (SQLException e) {
            throw cannotOpen(dataDir, e);
        }
    }

    static BadInputException cannotOpen(Path dataDir, SQLException e) {
        if (e.getErrorCode() == H2_DATABASE_IN_USE) {
            return inUse(dataDir);
        }
        return new BadInputException("Cannot open the Schemaboard database in " + dataDir + ": "
                + e.getMessage().lines().findFirst().orElse(""));
    }

    static void requireSameSchemaVersion(Path dataDir, Connection db) {
        String database;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                     + "AND \"version\" IS NOT NULL")) {
            database = null;
            while (rs.next()) {
                if (database == null || InstanceBackup.compareVersions(rs.getString(1), database) > 0) {
                    database = rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw cannotOpen(dataDir, e);
        }
        String build = InstanceBackup.knownSchemaVersion();
        if (database == null || build == null || InstanceBackup.compareVersions(database, build) == 0) {
            return;
        }
        throw new BadInputException("The database in " + dataDir + " is at schema version " + database
                + ", and this Schemaboard's command line is at version " + build + ". "
                + (InstanceBackup.compareVersions(database, build) < 0
                ? "It would have to migrate the database, which a server of the older version may still use. "
                : "It was made by a newer Schemaboard. ")
                + "Use the command line of the same jar as the server. Nothing was changed.");
    }

    static boolean causedByDatabaseInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return true;
            }
        }
        return false;
    }

    /** {@code list} and {@code export} read an existing database; opening a missing one would make an empty one. */
    static void require(Path dataDir) {
        if (!exists(dataDir)) {
            throw new BadInputException("There is no Schemaboard database in " + dataDir + " (no " + DATABASE_FILE
                    + "); give the server's data directory with --data-dir");
        }
    }
}
