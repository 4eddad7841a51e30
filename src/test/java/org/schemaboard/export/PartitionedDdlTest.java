package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.StoredSection;

/**
 * Partitioning plans in the DDL: declared with {@code PARTITION BY} and {@code PARTITION OF} for PostgreSQL when
 * PostgreSQL can create them, and only noted (with the reason) when it cannot or for other databases.
 */
class PartitionedDdlTest {

    private final DesignBuilder d = new DesignBuilder("Events").target(TargetDatabase.POSTGRESQL);
    private final DesignBuilder.EntityBuilder events = d.entity("events", EntityKind.CORE, "What happened.");
    private final DesignBuilder.EntityBuilder sessions = d.entity("sessions", EntityKind.CORE, "Who is signed in.");
    private final DesignBuilder.EntityBuilder orders = d.entity("orders", EntityKind.CORE, "Orders, brief style.");

    PartitionedDdlTest() {
        events.col("id", "BIGINT").pk().and()
                .col("occurred_at", "TIMESTAMP").pk().and()
                .col("kind", "VARCHAR").len(40).notNull();
        sessions.col("user_id", "UUID").pk().and().col("started_at", "TIMESTAMP").notNull();
        orders.col("id", "UUID").pk().and().col("user_id", "UUID").notNull().and()
                .col("order_number", "VARCHAR").len(20).unique();
    }

    private ExportSource source() {
        DesignModel model = d.build();
        Partitioning plans = new Partitioning(List.of(
                new Partitioning.Plan(events.id, Partitioning.Strategy.RANGE,
                        List.of(events.attributeId("occurred_at")), null, List.of(
                        new Partitioning.Bound("events_2025", "FROM ('2025-01-01') TO ('2026-01-01')"),
                        new Partitioning.Bound("events_2026", "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"),
                        new Partitioning.Bound("events_rest", "DEFAULT")), "Drop after 2 years", "Archival"),
                new Partitioning.Plan(sessions.id, Partitioning.Strategy.HASH,
                        List.of(sessions.attributeId("user_id")), 3, List.of(), null, null),
                new Partitioning.Plan(orders.id, Partitioning.Strategy.HASH,
                        List.of(orders.attributeId("user_id")), 4, List.of(), null, null)));
        Specification spec = new Specification(model.designId(), Map.of(SpecSection.PARTITIONING,
                new StoredSection<>(plans, 1, "alice", null, true)));
        return new ExportSource(model, spec, null, null);
    }

    @Test
    void postgresql_declares_the_plans_it_can_create_and_explains_the_one_it_cannot() {
        String ddl = SpecificationExport.ddl(source(), SqlDialectChoice.POSTGRESQL);

        assertThat(ddl).contains(")\nPARTITION BY RANGE (occurred_at);")
                .contains("CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');")
                .contains("CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');")
                .contains("CREATE TABLE events_rest PARTITION OF events DEFAULT;")
                .contains(")\nPARTITION BY HASH (user_id);")
                .contains("CREATE TABLE sessions_p2 PARTITION OF sessions FOR VALUES WITH (MODULUS 3, REMAINDER 2);")
                .contains("-- orders: the design partitions it by HASH (user_id), not declared here: PostgreSQL "
                        + "requires the primary key (id) to include the partition key (user_id)");
        assertThat(ddl).doesNotContain("PARTITION OF orders");
        assertThat(ddl.indexOf("PARTITION OF events")).isGreaterThan(ddl.indexOf("CREATE TABLE orders"));
    }

    @Test
    void other_databases_get_a_note_instead_of_a_declaration() {
        for (SqlDialectChoice dialect : List.of(SqlDialectChoice.MYSQL, SqlDialectChoice.H2)) {
            String ddl = SpecificationExport.ddl(source(), dialect);
            assertThat(ddl).doesNotContain("PARTITION BY").doesNotContain("PARTITION OF")
                    .contains("-- events: partitioned by RANGE (occurred_at) in the design; declared in the "
                            + "PostgreSQL DDL only");
        }
    }

    @Test
    void the_specification_lists_the_plans_with_their_partitions_and_the_findings() {
        String md = SpecificationExport.markdown(source());
        assertThat(md).contains("**events**:", "**Strategy**: Range on (occurred_at)",
                "**Partitions**: 3 hash partitions", "events_2025 FROM ('2025-01-01') TO ('2026-01-01')",
                "#### Open Findings on the Scalability Plan");
    }

    @Test
    void the_partitioned_tables_are_created_on_a_real_postgresql() throws SQLException {
        String url = System.getenv(PostgresDdlTest.URL_VARIABLE);
        assumeTrue(url != null && !url.isBlank(), "No PostgreSQL to run the DDL on: set "
                + PostgresDdlTest.URL_VARIABLE + " to run this test");
        String ddl = SpecificationExport.ddl(source(), SqlDialectChoice.POSTGRESQL);
        String schema = "partition_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            try {
                s.execute("SET search_path TO " + schema);
                s.execute(ddl);
                List<String> partitions = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT c.relname, p.relname FROM pg_inherits i "
                        + "JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent "
                        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = '"
                        + schema + "' ORDER BY 1")) {
                    while (rs.next()) {
                        partitions.add(rs.getString(1) + " of " + rs.getString(2));
                    }
                }
                assertThat(partitions).containsExactly("events_2025 of events", "events_2026 of events",
                        "events_rest of events", "sessions_p0 of sessions", "sessions_p1 of sessions",
                        "sessions_p2 of sessions");
                s.execute("INSERT INTO events (id, occurred_at, kind) VALUES (1, '2025-06-01', 'x'), "
                        + "(2, '2031-01-01', 'y')");
                try (ResultSet rs = s.executeQuery("SELECT tableoid::regclass::text FROM events ORDER BY id")) {
                    rs.next();
                    assertThat(rs.getString(1)).endsWith("events_2025");
                    rs.next();
                    assertThat(rs.getString(1)).endsWith("events_rest");
                }
            } finally {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
