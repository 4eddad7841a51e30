package org.schemaboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * What H2 itself costs to store the rows of a 10,000-table import (issue 22), with no application code: the
 * application's own schema (its Flyway migrations, on an H2 file database with the application's settings), then per
 * round a new design with 10,000 entities and 200,000 attributes written the way the import writes them — prepared
 * multi-row INSERTs of 50 rows in JDBC batches of 1,000 rows, ids counting up, one transaction — and committed. Run on
 * its own, not part of {@code mvn verify}:
 * {@code mvn -Pbenchmark -Dbench.main=org.schemaboard.bench.H2WriteFloorBenchmark -DskipTests test-compile exec:java}.
 *
 * <p>{@code -Dbench.entities}, {@code -Dbench.attributesPerEntity} (20), {@code -Dbench.rounds} (4; the first warms
 * up), and {@code -Dbench.before="SQL;SQL"} to try a schema change first (e.g. dropping an index) and see what it
 * saves.
 */
public final class H2WriteFloorBenchmark {

    private static final int ROWS_PER_STATEMENT = 50;
    private static final int CHUNK = 1000;

    private H2WriteFloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = Integer.getInteger("bench.entities", 10_000);
        int perEntity = Integer.getInteger("bench.attributesPerEntity", 20);
        int rounds = Integer.getInteger("bench.rounds", 4);
        Path dir = Files.createTempDirectory("schemaboard-h2-floor");
        String url = "jdbc:h2:file:" + dir.resolve("schemaboard") + ";WRITE_DELAY=0;CACHE_SIZE=65536";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        StringBuilder report = new StringBuilder("## H2's own cost for the rows of a 10,000-table import\n\n")
                .append(Machine.describe()).append('\n')
                .append(String.format("- per round: a design, %,d entities, %,d attributes, one transaction; "
                        + "schema changes first: %s%n%n", entities, entities * perEntity,
                        System.getProperty("bench.before", "none")))
                .append("| round | entities ms | attributes ms | commit ms | total ms | rows per second |\n"
                        + "|---|---:|---:|---:|---:|---:|\n");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                for (String sql : System.getProperty("bench.before", "").split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            UUID user = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO app_user (id, username, display_name, "
                    + "password_hash, created_at) VALUES (?, 'bench', 'Bench', 'x', ?)")) {
                p.setObject(1, user);
                p.setObject(2, now);
                p.executeUpdate();
            }
            c.setAutoCommit(false);
            long[] id = {System.currentTimeMillis() << 16 | 0x7000L, 0};
            for (int round = 0; round < rounds; round++) {
                UUID design = UUID.randomUUID();
                try (PreparedStatement p = c.prepareStatement("INSERT INTO design (id, name, name_key, "
                        + "target_database, created_by, created_at, updated_by, updated_at) "
                        + "VALUES (?, ?, ?, 'POSTGRESQL', ?, ?, ?, ?)")) {
                    p.setObject(1, design);
                    p.setString(2, "Floor " + round);
                    p.setString(3, "floor " + round);
                    p.setObject(4, user);
                    p.setObject(5, now);
                    p.setObject(6, user);
                    p.setObject(7, now);
                    p.executeUpdate();
                }
                List<Object[]> entityRows = new ArrayList<>();
                List<Object[]> attributeRows = new ArrayList<>();
                for (int e = 0; e < entities; e++) {
                    UUID entity = new UUID(id[0], 0x8000000000000000L | id[1]++);
                    entityRows.add(new Object[] {entity, design, "t" + e + "_things", "CORE", now, user, now});
                    for (int a = 0; a < perEntity; a++) {
                        attributeRows.add(new Object[] {new UUID(id[0], 0x8000000000000000L | id[1]++), entity, a,
                                a == 0 ? "id" : "column_" + a, a == 0 ? "BIGINT" : "VARCHAR", a == 0 ? null : 100,
                                a != 0, a == 0, user, now});
                    }
                }
                long t0 = System.nanoTime();
                insert(c, "entity (id, design_id, name, kind, created_at, updated_by, updated_at)", entityRows);
                long t1 = System.nanoTime();
                insert(c, "attribute (id, entity_id, position, name, data_type, length, nullable, primary_key, "
                        + "updated_by, updated_at)", attributeRows);
                long t2 = System.nanoTime();
                c.commit();
                long t3 = System.nanoTime();
                int rows = entityRows.size() + attributeRows.size();
                report.append(String.format("| %d%s | %,d | %,d | %,d | %,d | %,.0f |%n", round,
                        round == 0 ? " (warm-up)" : "", ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t0, t3),
                        rows / ((t3 - t0) / 1e9)));
            }
        }
        Machine.report("h2-write-floor", report.toString());
    }

    private static void insert(Connection c, String into, List<Object[]> rows) throws SQLException {
        int columns = rows.get(0).length;
        String one = "(" + "?, ".repeat(columns - 1) + "?)";
        int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + into + " VALUES "
                + String.join(", ", java.util.Collections.nCopies(ROWS_PER_STATEMENT, one)))) {
            for (int from = 0; from < full; from += ROWS_PER_STATEMENT) {
                int parameter = 1;
                for (Object[] row : rows.subList(from, from + ROWS_PER_STATEMENT)) {
                    for (Object value : row) {
                        p.setObject(parameter++, value);
                    }
                }
                p.addBatch();
                if ((from + ROWS_PER_STATEMENT) % CHUNK == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        for (Object[] row : rows.subList(full, rows.size())) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + into + " VALUES " + one)) {
                for (int i = 0; i < row.length; i++) {
                    p.setObject(i + 1, row[i]);
                }
                p.executeUpdate();
            }
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
