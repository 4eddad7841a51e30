package org.schemaboard.checks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.spec.BackupRecovery;
import org.schemaboard.spec.DataVolume;
import org.schemaboard.spec.IntegrityConsistency;
import org.schemaboard.spec.MigrationStrategy;
import org.schemaboard.spec.Monitoring;
import org.schemaboard.spec.TechnologySelection;
import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.scalability.VerticalPartitioning;

/**
 * The fixtures of the rule tests: a clean shop design (no finding at all) and, per rule, the one change to it that
 * makes the rule fire.
 */
final class RuleCases {

    private RuleCases() {
    }

    /** users 1:N orders, orders 1:N order_items N:1 products; indexed, patterns with targets, every section written. */
    static TestDesign clean() {
        TestDesign d = new TestDesign();
        d.table("users").pk("id", "UUID").col("email", "VARCHAR").col("created_at", "TIMESTAMP WITH TIME ZONE");
        d.col("users", "email").length = 255;
        d.col("users", "email").unique = true;
        d.table("orders").pk("id", "UUID").col("user_id", "UUID").col("total", "DECIMAL")
                .col("created_at", "TIMESTAMP WITH TIME ZONE");
        d.col("orders", "user_id").nullable = false;
        d.col("orders", "total").precision = 12;
        d.col("orders", "total").scale = 2;
        d.table("products").pk("id", "UUID").col("name", "VARCHAR");
        d.col("products", "name").length = 200;
        d.table("order_items").kind(EntityKind.JUNCTION).pk("order_id", "UUID").pk("product_id", "UUID")
                .col("quantity", "INTEGER");
        d.fk("users", "id", "orders", "user_id");
        d.fk("orders", "id", "order_items", "order_id").onDelete = ReferentialAction.CASCADE;
        d.fk("products", "id", "order_items", "product_id");
        d.pattern("Orders of a user", "SELECT * FROM orders WHERE user_id = $1 ORDER BY created_at", "users", "orders");
        d.pattern("Items of a product", "SELECT * FROM order_items WHERE product_id = ?", "order_items");
        d.index("idx_orders_user", "orders", "user_id", "created_at").serves.add("Orders of a user");
        d.index("idx_order_items_product", "order_items", "product_id").serves.add("Items of a product");
        d.write(new MigrationStrategy("Flyway", "Expand, then contract.", "Each migration has its down script.",
                List.of(), null, null));
        d.write(new BackupRecovery("Daily", null, "Every 15 minutes", "RPO 15 minutes", "RTO 1 hour, other region",
                "Monthly restore into staging"));
        d.write(new Monitoring("Slow queries", null, List.of(new Monitoring.AlertThreshold("Slow query", "> 5 s",
                "Page the on-call"))));
        d.write(new DataVolume("10 GB", "1 GB a month", null, null, null,
                List.of(new DataVolume.EntityVolume(d.entityId("orders"), 1_000_000L, 50_000L, null))));
        d.write(new IntegrityConsistency("Strong for orders", null, null, "Keys and checks", "Formats"));
        d.write(new TechnologySelection("PostgreSQL 16", "Relational data", null, null, null, null, null, null));
        d.write(new Caching(List.of(new Caching.CacheEntry("user:{id}:orders", "Order list", 60, null,
                List.of(d.patternId("Orders of a user")))), null));
        d.write(new ReadReplicas(List.of(new ReadReplicas.Replica("replica-1", "Reads", List.of(
                d.patternId("Items of a product")), 5, null)), List.of(), null));
        return d;
    }

    /** Per rule id, the change to the clean design that makes it fire. */
    static Map<String, Consumer<TestDesign>> triggers() {
        Map<String, Consumer<TestDesign>> t = new LinkedHashMap<>();
        // integrity
        t.put("no-entities", d -> {
            d.tables.clear();
            d.fks.clear();
            d.indexes.clear();
            d.patterns.clear();
        });
        t.put("entity-without-attributes", d -> d.table("tags"));
        t.put("entity-without-primary-key", d -> d.col("products", "id").pk = false);
        t.put("nullable-primary-key", d -> d.col("products", "id").nullable = true);
        t.put("fk-type-mismatch", d -> d.col("orders", "user_id").type = "BIGINT");
        t.put("set-null-on-not-null", d -> d.fkTo("orders").onDelete = ReferentialAction.SET_NULL);
        t.put("set-default-without-default", d -> d.fkTo("orders").onDelete = ReferentialAction.SET_DEFAULT);
        t.put("cascade-chain", d -> d.fkTo("orders").onDelete = ReferentialAction.CASCADE);
        t.put("one-to-one-without-unique", d -> d.fkTo("orders").cardinality = Cardinality.ONE_TO_ONE);
        t.put("junction-without-composite-key", d -> d.col("order_items", "product_id").pk = false);
        t.put("orphan-entity", d -> d.table("settings").pk("id", "UUID"));
        t.put("fk-references-non-key", d -> d.fk("users", "created_at", "orders", "created_at"));
        t.put("relationship-without-columns", d -> d.fkTo("orders").pairs.clear());
        t.put("junction-missing", d -> d.fk("users", "id", "products", "id").cardinality = Cardinality.MANY_TO_MANY);
        t.put("identifying-fk-not-in-key", d -> d.fkTo("orders").identifying = true);
        t.put("missing-foreign-key", d -> d.table("products").col("supplier_id", "UUID"));
        t.put("fk-default-on-delete", d -> d.fkTo("orders").onDelete = ReferentialAction.NO_ACTION);
        // indexing
        t.put("fk-without-index", d -> d.indexes.remove(d.idx("idx_orders_user")));
        t.put("duplicate-index", d -> d.index("idx_orders_user_2", "orders", "user_id", "created_at")
                .serves.add("Orders of a user"));
        t.put("redundant-prefix-index", d -> d.index("idx_orders_user_only", "orders", "user_id")
                .serves.add("Orders of a user"));
        t.put("unique-index-duplicates-pk", d -> d.index("uq_products_id", "products", "id").unique = true);
        t.put("partial-index-unknown-column", d -> d.idx("idx_orders_user").predicate = "status = 'open'");
        t.put("too-many-indexes-write-heavy", d -> {
            d.pattern("Place an order", "INSERT INTO orders (id, user_id, total) VALUES (?, ?, ?)", "orders")
                    .frequency = BigDecimal.valueOf(100);
            for (int n = 0; n < 5; n++) {
                d.index("idx_orders_" + n, "orders", n % 2 == 0 ? "total" : "created_at", "id").predicate = "id <> " + n;
            }
        });
        t.put("index-unused", d -> d.index("idx_products_name", "products", "name"));
        t.put("index-without-rationale", d -> d.idx("idx_orders_user").rationale = " ");
        t.put("no-indexes", d -> d.indexes.clear());
        t.put("no-query-patterns", d -> {
            d.patterns.clear();
            d.indexes.forEach(i -> i.serves.clear());
        });
        t.put("query-pattern-without-index", d -> d.pattern("Dashboard", "SELECT count(*) FROM users", "users"));
        t.put("index-method-unsupported", d -> {
            d.target = TargetDatabase.H2;
            d.idx("idx_order_items_product").method = IndexMethod.GIN;
        });
        // types and naming
        t.put("column-type-inconsistent", d -> d.table("products").col("email", "TEXT"));
        t.put("money-in-float", d -> d.col("orders", "total").type = "DOUBLE PRECISION");
        t.put("timestamp-without-time-zone", d -> d.col("orders", "created_at").type = "TIMESTAMP");
        t.put("varchar-without-length", d -> {
            d.target = TargetDatabase.MYSQL;
            d.col("products", "name").length = null;
        });
        t.put("reserved-word", d -> d.table("products").col("order", "INTEGER"));
        t.put("mixed-naming", d -> d.table("products").col("displayName", "TEXT"));
        t.put("identifier-too-long", d -> d.table("products").col("x".repeat(64), "TEXT"));
        t.put("name-needs-quoting", d -> d.table("products").col("unit price", "INTEGER"));
        t.put("float-key", d -> d.col("products", "id").type = "REAL");
        t.put("decimal-without-precision", d -> d.col("orders", "total").precision = null);
        // scalability
        t.put("no-scalability-plan", d -> {
            d.write(Caching.EMPTY);
            d.write(ReadReplicas.EMPTY);
        });
        t.put("partitioning-unsupported", d -> {
            d.target = TargetDatabase.H2;
            partition(d, "orders", Partitioning.Strategy.HASH, 4, List.of(), "id");
        });
        t.put("partition-key-missing", d -> partition(d, "orders", Partitioning.Strategy.HASH, 4, List.of()));
        t.put("hash-partition-count", d -> partition(d, "orders", Partitioning.Strategy.HASH, 1, List.of(), "id"));
        t.put("hash-with-bounds", d -> partition(d, "orders", Partitioning.Strategy.HASH, 4,
                List.of(new Partitioning.Bound("p1", "x")), "id"));
        t.put("bounds-missing", d -> partition(d, "orders", Partitioning.Strategy.RANGE, null, List.of(), "id"));
        t.put("list-single-column", d -> partition(d, "orders", Partitioning.Strategy.LIST, null,
                List.of(new Partitioning.Bound("p1", "IN (1)")), "id", "user_id"));
        t.put("partition-key-in-unique", d -> partition(d, "orders", Partitioning.Strategy.HASH, 4, List.of(),
                "user_id"));
        t.put("hash-partition-without-volume", d -> partition(d, "products", Partitioning.Strategy.HASH, 4,
                List.of(), "id"));
        t.put("shard-key-missing", d -> d.write(new Sharding(4, Sharding.Routing.HASH, List.of(
                new Sharding.ShardKey(d.entityId("orders"), List.of(), null)), null, null, null)));
        t.put("shard-count", d -> d.write(new Sharding(null, Sharding.Routing.HASH, List.of(
                new Sharding.ShardKey(d.entityId("orders"), List.of(d.columnId("orders", "user_id")), null)),
                null, null, null)));
        t.put("routing-pattern-missing", d -> replica(d, UUID.randomUUID(), List.of()));
        t.put("replica-unrouted", d -> d.write(new ReadReplicas(List.of(new ReadReplicas.Replica("replica-2",
                "Reports", List.of(), 5, null)), List.of(), null)));
        t.put("routing-both", d -> replica(d, d.patternId("Items of a product"),
                List.of(d.patternId("Items of a product"))));
        t.put("replica-routes-write", d -> {
            d.pattern("Place an order", "INSERT INTO orders (id) VALUES (:id)", "orders");
            d.idx("idx_orders_user").serves.add("Place an order");
            replica(d, d.patternId("Place an order"), List.of());
        });
        t.put("column-in-both-groups", d -> d.write(new VerticalPartitioning(List.of(new VerticalPartitioning.Split(
                d.entityId("orders"), List.of(d.columnId("orders", "total")), List.of(d.columnId("orders", "total")),
                null)))));
        t.put("cache-pattern-missing", d -> cache(d, 60, List.of(UUID.randomUUID())));
        t.put("cache-without-expiry", d -> cache(d, null, List.of(d.patternId("Orders of a user"))));
        t.put("entity-missing", d -> d.write(new Partitioning(List.of(new Partitioning.Plan(UUID.randomUUID(),
                Partitioning.Strategy.HASH, List.of(), 4, List.of(), null, null)))));
        t.put("key-not-attribute", d -> d.write(new Partitioning(List.of(new Partitioning.Plan(d.entityId("orders"),
                Partitioning.Strategy.HASH, List.of(d.columnId("users", "id")), 4, List.of(), null, null)))));
        // written sections
        t.put("no-migration-strategy", d -> d.write(MigrationStrategy.EMPTY));
        t.put("no-rollback-procedure", d -> d.write(new MigrationStrategy("Flyway", null, null, List.of(), null,
                null)));
        t.put("no-backup-plan", d -> d.write(BackupRecovery.EMPTY));
        t.put("no-rpo-rto", d -> d.write(new BackupRecovery("Daily", null, null, null, null, "Monthly")));
        t.put("no-restore-testing", d -> d.write(new BackupRecovery("Daily", null, null, "RPO 15 min", "RTO 1 h",
                null)));
        t.put("no-monitoring-thresholds", d -> d.write(new Monitoring("Slow queries", null, List.of())));
        t.put("no-data-volume-estimate", d -> d.write(DataVolume.EMPTY));
        t.put("query-pattern-without-latency-target", d -> d.pattern("Orders of a user").latencyMs = null);
        t.put("query-pattern-without-frequency", d -> d.pattern("Orders of a user").frequency = null);
        t.put("no-integrity-split", d -> d.write(IntegrityConsistency.EMPTY));
        t.put("no-technology-rationale", d -> d.write(TechnologySelection.EMPTY));
        return t;
    }

    private static void partition(TestDesign d, String table, Partitioning.Strategy strategy, Integer count,
                                  List<Partitioning.Bound> bounds, String... key) {
        d.write(new Partitioning(List.of(new Partitioning.Plan(d.entityId(table), strategy,
                java.util.Arrays.stream(key).map(c -> d.columnId(table, c)).toList(), count, bounds, null, null))));
    }

    private static void replica(TestDesign d, UUID routed, List<UUID> onPrimary) {
        d.write(new ReadReplicas(List.of(new ReadReplicas.Replica("replica-1", "Reads", List.of(routed), 5, null)),
                onPrimary, null));
    }

    private static void cache(TestDesign d, Integer ttl, List<UUID> patterns) {
        d.write(new Caching(List.of(new Caching.CacheEntry("user:{id}", "Profile", ttl, null, patterns)), null));
    }
}
