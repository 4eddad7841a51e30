package org.schemaboard.importing.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The database engines the DDL tests run on: a real PostgreSQL and a real MariaDB when {@value #PG} and
 * {@value #MARIADB} name them (CI starts both, see {@code .ci/run}), and an in-memory H2 always. Each test gets a
 * database of its own, dropped afterwards; a script is run statement by statement, split as the database's own
 * client would, and every statement that fails is collected with the engine's message rather than stopping the run.
 */
final class TestEngines {

    static final String PG = "SCHEMABOARD_TEST_PG_URL";
    static final String MARIADB = "SCHEMABOARD_TEST_MARIADB_URL";

    enum Engine {
        POSTGRESQL, MARIADB, H2
    }

    private TestEngines() {
    }

    static String url(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> System.getenv(PG);
            case MARIADB -> System.getenv(MARIADB);
            case H2 -> "jdbc:h2:mem:";
        };
    }

    static boolean available(Engine engine) {
        String url = url(engine);
        return url != null && !url.isBlank();
    }

    static String unavailableMessage(Engine engine) {
        return "No " + engine + " to run the DDL on: set " + (engine == Engine.POSTGRESQL ? PG : MARIADB)
                + " (e.g. " + (engine == Engine.POSTGRESQL ? "jdbc:postgresql://localhost:55432/postgres?user=postgres"
                : "jdbc:mariadb://127.0.0.1:33306/?user=root") + ") to run this test";
    }

    /** A fresh, empty database on the engine; closing it drops the database. */
    static Database create(Engine engine, String label) throws SQLException {
        String name = ("sb_" + label.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8)).toLowerCase(Locale.ROOT);
        String base = url(engine);
        switch (engine) {
            case H2:
                return new Database(engine, name, DriverManager.getConnection("jdbc:h2:mem:" + name), null);
            case POSTGRESQL: {
                try (Connection admin = DriverManager.getConnection(base); Statement s = admin.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                }
                return new Database(engine, name, DriverManager.getConnection(withDatabase(base, name)), base);
            }
            default: {
                try (Connection admin = DriverManager.getConnection(base); Statement s = admin.createStatement()) {
                    s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
                }
                return new Database(engine, name, DriverManager.getConnection(withDatabase(base, name)), base);
            }
        }
    }

    /** The URL with its database part (the path after host and port) replaced. */
    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int slash = url.indexOf('/', hostStart);
        int query = url.indexOf('?', hostStart);
        String head = url.substring(0, slash < 0 ? (query < 0 ? url.length() : query) : slash);
        String tail = query < 0 ? "" : url.substring(query);
        return head + "/" + database + tail;
    }

    /** A database of its own for one test. */
    static final class Database implements AutoCloseable {
        final Engine engine;
        final String name;
        final Connection connection;
        private final String adminUrl;

        Database(Engine engine, String name, Connection connection, String adminUrl) {
            this.engine = engine;
            this.name = name;
            this.connection = connection;
            this.adminUrl = adminUrl;
        }

        /** The schema JDBC metadata is asked about: PostgreSQL's public, H2's PUBLIC, none on MariaDB. */
        String schema() {
            return switch (engine) {
                case POSTGRESQL -> "public";
                case H2 -> "PUBLIC";
                case MARIADB -> null;
            };
        }

        /** The catalog JDBC metadata is asked about: the database on MariaDB, none elsewhere. */
        String catalog() {
            return engine == Engine.MARIADB ? name : null;
        }

        /** Runs a script statement by statement; returns the statements that failed, each with the engine's message. */
        List<String> run(String script) {
            List<String> failures = new ArrayList<>();
            if (engine == Engine.POSTGRESQL && script.contains("$$")) {
                // pg_dump files: the driver splits them as psql does (dollar-quoted bodies included)
                try (Statement s = connection.createStatement()) {
                    s.execute(script.replaceAll("(?m)^\\\\.*$", ""));
                } catch (SQLException e) {
                    failures.add(e.getMessage());
                }
                return failures;
            }
            StatementSplitter.Result split = StatementSplitter.split(script, engine == Engine.MARIADB);
            for (StatementSplitter.Statement statement : split.statements()) {
                String sql = statement.text().strip();
                if (sql.isEmpty() || sql.regionMatches(true, 0, "DELIMITER", 0, 9) || sql.startsWith("\\")) {
                    continue;
                }
                try (Statement s = connection.createStatement()) {
                    s.execute(sql);
                } catch (SQLException e) {
                    failures.add("line " + statement.line() + ": " + StatementSplitter.excerpt(sql) + " → "
                            + e.getMessage());
                }
            }
            return failures;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
            if (adminUrl != null) {
                try (Connection admin = DriverManager.getConnection(adminUrl); Statement s = admin.createStatement()) {
                    s.execute(engine == Engine.POSTGRESQL ? "DROP DATABASE " + name + " WITH (FORCE)"
                            : "DROP DATABASE " + name);
                }
            }
        }
    }
}
