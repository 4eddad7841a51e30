package org.schemaboard.bench;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.schemaboard.cluster.AppNode;

/**
 * Which database a benchmark's application runs on: H2 in the data directory (the default), or with
 * {@code -Dbench.postgres=<JDBC URL of a PostgreSQL server>} a fresh database made there for the run and dropped at
 * the end, so the same figures can be taken on both.
 */
final class BenchDatabase {

    private static final String SERVER = System.getProperty("bench.postgres", "");
    private static String database;

    private BenchDatabase() {
    }

    static boolean postgres() {
        return !SERVER.isBlank();
    }

    /** The application's arguments, plus the datasource when the run is on PostgreSQL. */
    static synchronized String[] arguments(String... arguments) {
        if (!postgres()) {
            return arguments;
        }
        if (database == null) {
            database = "sb_bench_" + ProcessHandle.current().pid();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> AppNode.dropDatabase(SERVER, database)));
        }
        try {
            String url = AppNode.freshDatabase(SERVER, database);
            return Stream.concat(Arrays.stream(arguments), Stream.of("--spring.datasource.url=" + url))
                    .toArray(String[]::new);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the benchmark database on " + SERVER, e);
        }
    }
}
