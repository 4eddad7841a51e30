package org.schemaboard.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.spec.BackupRecovery;
import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.DataVolume;
import org.schemaboard.spec.DesignDecisions;
import org.schemaboard.spec.ExecutiveSummary;
import org.schemaboard.spec.HandoffNotes;
import org.schemaboard.spec.IntegrityConsistency;
import org.schemaboard.spec.MigrationStrategy;
import org.schemaboard.spec.Monitoring;
import org.schemaboard.spec.NoSqlIntegration;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.SpecificationService;
import org.schemaboard.spec.TechnologySelection;
import org.schemaboard.spec.scalability.VerticalPartitioning;
import org.schemaboard.spec.scalability.VerticalScaling;
import org.springframework.stereotype.Component;

/**
 * The demo design's specification sections, from the brief's example: its executive summary and technology
 * rationale, hash partitioning of orders into 4 by user_id and the audit log by quarter (both kept as the brief has
 * them, so the PostgreSQL key rule flags them, as it would flag the brief), three read replicas with their purposes,
 * its cache patterns, backup schedule and alert thresholds. Saved through {@link SpecificationService} like any edit.
 */
@Component
class DemoSpecification {

    private final SpecificationService specification;

    DemoSpecification(SpecificationService specification) {
        this.specification = specification;
    }

    /** @param ids ids of the demo's tables ({@code "orders"}), columns ({@code "orders.user_id"}) and patterns */
    void fill(UUID designId, Map<String, UUID> ids) {
        for (SectionContent section : sections(ids)) {
            specification.save(designId, 0, section);
        }
        DemoReflection.sections().forEach(section -> specification.save(designId, 0, section));
    }

    private static List<SectionContent> sections(Map<String, UUID> ids) {
        return List.of(
                new ExecutiveSummary("PostgreSQL 16", ExecutiveSummary.DataModelApproach.HYBRID,
                        "Third normal form with selective denormalization (order totals, cached display names). "
                                + "Integrity is enforced by the database: foreign keys with deliberate ON DELETE "
                                + "rules, CHECK constraints for statuses and amounts, unique natural keys. Performance "
                                + "priority: the customer-facing reads (dashboard, product search) under 300 ms.",
                        "Strong consistency for money, stock and accounts; eventual consistency for search "
                                + "indexes, analytics and caches.",
                        "Scale up first (one primary on fast NVMe, connection pooling), then out for reads with "
                                + "three purpose-specific replicas; partition the two tables that grow without bound "
                                + "(orders by customer hash, audit_log by quarter). Sharding is planned but not "
                                + "needed before about 50 million orders."),
                new TechnologySelection("PostgreSQL 16 (relational core) with Redis for caching and Elasticsearch "
                        + "for catalogue search",
                        "Orders, items, products and customers are strongly related with enforced references: a "
                                + "relational model fits. Addresses and settings vary per country, so JSONB columns "
                                + "hold them without extra tables.",
                        "Index-only scans and partial indexes keep the hot dashboard and search queries in memory; "
                                + "expected 500 queries/s at peak is well within one primary with replicas.",
                        "Streaming replication gives read replicas; declarative partitioning handles the big "
                                + "tables; Citus is the sharding path if one primary ever stops being enough.",
                        "Full ACID transactions for checkout (order, items, stock, payment status in one "
                                + "transaction).",
                        "Managed PostgreSQL (backups, failover, minor upgrades) keeps operations to one DBA "
                                + "part-time.",
                        "The team has run PostgreSQL in production for years; Redis and Elasticsearch are already "
                                + "in the stack.",
                        "JDBC/jOOQ in the services, Debezium for change data capture to the search index."),
                new DataVolume("About 20 GB: 2 million users, 5 million orders migrated from the old shop",
                        "About 1.5 GB per month (150,000 orders and 400,000 audit rows a month), rising 30 % a year",
                        "500 queries/s average, 80 % reads; 40 writes/s",
                        "Evenings 19–22 h at 3× average; Black Friday week at 8× average for checkout and search",
                        "Orders and audit log 10 years (tax law); sessions 30 days; reviews while the product "
                                + "exists",
                        List.of(new DataVolume.EntityVolume(id(ids, "users"), 2_000_000L, 40_000L,
                                        "Registrations peak after campaigns; closed accounts stay"),
                                new DataVolume.EntityVolume(id(ids, "orders"), 5_000_000L, 150_000L,
                                        "Seasonal: November triples"),
                                new DataVolume.EntityVolume(id(ids, "order_items"), 14_000_000L, 420_000L,
                                        "About 2.8 lines per order; grows with orders"),
                                new DataVolume.EntityVolume(id(ids, "audit_log"), 30_000_000L, 400_000L,
                                        "Archived after 10 years"))),
                new DesignDecisions("**Decision**: UUIDs for all primary keys.\n\n"
                        + "- **Global uniqueness**: enables distributed system integration\n"
                        + "- **Security**: non-predictable ids prevent enumeration attacks\n"
                        + "- **Merge-friendly**: simplifies data synchronization between environments\n"
                        + "- **Trade-off**: slightly larger storage and index overhead than auto-increment integers",
                        List.of(new DesignDecisions.DataTypeChoice("UUID", "Primary / foreign keys",
                                        "Global uniqueness, security, distributed systems"),
                                new DesignDecisions.DataTypeChoice("VARCHAR vs TEXT", "String storage",
                                        "VARCHAR for constrained fields, TEXT for unlimited content"),
                                new DesignDecisions.DataTypeChoice("DECIMAL(12,2)", "Monetary values",
                                        "Exact precision required for financial calculations"),
                                new DesignDecisions.DataTypeChoice("JSONB", "Semi-structured data",
                                        "Flexible storage with indexing and query capabilities"),
                                new DesignDecisions.DataTypeChoice("TIMESTAMP WITH TIME ZONE", "Temporal data",
                                        "Time zone awareness for global applications")),
                        "3NF with selective denormalization",
                        "3NF eliminates redundancy and keeps integrity in the database; the few copies below are "
                                + "deliberate, each with the process that keeps it right.",
                        List.of("Order totals stored redundantly for performance (checked by check_total_calculation)",
                                "User full names derived but cached for display performance",
                                "Product categories denormalized in search indexes"),
                        "- **Foreign keys**: enabled, with CASCADE/RESTRICT/SET NULL chosen per relationship\n"
                                + "- **Check constraints**: status enums and business rules (amounts, quantities)\n"
                                + "- **Unique constraints**: natural business keys (email, username, order_number, "
                                + "sku)\n"
                                + "- **Not null**: every required business field"),
                new IntegrityConsistency("Strong consistency for financial data, eventual consistency for "
                        + "non-critical data",
                        "- Financial transactions: order totals, payment processing, refunds\n"
                                + "- Inventory: stock levels, reservations\n"
                                + "- User authentication: credentials, permissions\n"
                                + "- Audit data: compliance and regulatory tracking",
                        "- Search indexes: product catalogue updates\n- Analytics: reporting and dashboards\n"
                                + "- Recommendations: user preference learning\n- Application caches",
                        "CHECK constraints check_positive_amounts, check_total_calculation and "
                                + "check_positive_quantity; foreign keys; unique natural keys.",
                        "Business rules across tables, temporal rules (delivery after shipping), external "
                                + "validation (payment provider, address verification)."),
                new MigrationStrategy("Flyway, versioned SQL files (V<n>__<what>.sql) in the service's "
                        + "repository; the schema_history table records version, checksum and who applied it",
                        "- **Atomic**: each migration in one transaction\n"
                                + "- **Non-destructive**: no dropped columns in the release that stops using them\n"
                                + "- **Backward compatible**: the running application works before and after\n"
                                + "- **Tested** on a production-sized copy",
                        "Every migration has a rollback script (U<n>__<what>.sql) reviewed with it; a release is "
                                + "rolled back by the script, never by restoring a backup, unless data was lost. "
                                + "After migrating, row counts and constraint checks verify integrity.",
                        List.of(new MigrationStrategy.ChecklistItem("Migration scripts tested on staging", true),
                                new MigrationStrategy.ChecklistItem("Performance impact assessed for large tables",
                                        true),
                                new MigrationStrategy.ChecklistItem("Rollback procedures documented and tested",
                                        false),
                                new MigrationStrategy.ChecklistItem(
                                        "Monitoring alerts configured for new schema elements", false),
                                new MigrationStrategy.ChecklistItem(
                                        "Application code deployed and tested with new schema", false)),
                        "1. Maintenance window in low traffic\n2. Full backup\n3. Run migrations with monitoring\n"
                                + "4. Verify schema and data integrity\n5. Deploy the application\n"
                                + "6. Watch performance and errors\n7. Roll back if needed",
                        "Categories are seeded by a repeatable migration with ON CONFLICT (slug) DO NOTHING; "
                                + "test data is generated at production volume for performance tests."),
                new BackupRecovery("Daily at 03:00 UTC, kept 35 days", "Every 4 hours during business hours",
                        "WAL archived continuously, shipped every 15 minutes at the latest",
                        "To any second in the last 35 days from base backup + WAL",
                        "Cross-region replica promoted on region failure; RPO 15 min, RTO 1 h",
                        "Monthly restore of the latest backup into a scratch environment, with row-count and "
                                + "checksum comparison; quarterly failover drill"),
                noSql(),
                new Monitoring("- **Query performance**: slow queries and their plans (pg_stat_statements)\n"
                        + "- **Index usage**: unused and missing indexes\n"
                        + "- **Connection pooling**: utilization and wait times\n"
                        + "- **Lock contention**: blocking queries\n- **Replication lag** per replica",
                        "Storage growth per table and index, query volume and peaks, CPU / memory / disk I/O, "
                                + "concurrent connections",
                        List.of(new Monitoring.AlertThreshold("Slow query", "> 5 s", "Ticket to the owning team"),
                                new Monitoring.AlertThreshold("Replication lag", "> 30 s",
                                        "Page on-call; the router stops sending reads to that replica"),
                                new Monitoring.AlertThreshold("Storage usage", "> 80 % of allocated space",
                                        "Ticket; plan archiving or growth"),
                                new Monitoring.AlertThreshold("Connections", "> 90 % of maximum", "Page on-call"),
                                new Monitoring.AlertThreshold("Blocking queries (lock timeout)", "> 60 s",
                                        "Page on-call"))),
                new HandoffNotes("- The schema includes audit_log and user tracking (changed_by, ip_address) for "
                        + "security monitoring\n- Access patterns are the query patterns: a base for role-based "
                        + "access\n- Sensitive fields to encrypt or restrict: users.email, users.phone, "
                        + "users.password_hash, orders.shipping_address, orders.billing_address",
                        "- The schema is ready for jOOQ code generation from the Flyway migrations\n"
                                + "- Query patterns are documented with the indexes they rely on\n"
                                + "- Writes that must read their own result stay on the primary (see Read "
                                + "replicas)\n- Use cursor pagination beyond page 20 of product search"),
                partitioning(ids),
                new Sharding(32, Sharding.Routing.HASH,
                        List.of(new Sharding.ShardKey(id(ids, "orders"), List.of(id(ids, "orders.user_id")),
                                "Keeps a customer's orders on one shard")),
                        "Not needed before about 50 million orders. Then: shard by user_id so a customer's "
                                + "dashboard reads one shard; reports run on a replica of each shard.",
                        "Start with 32 logical shards on 4 servers and move logical shards, never split keys.",
                        "Foreign keys only within a shard; products and categories are reference tables copied "
                                + "to every shard."),
                new ReadReplicas(List.of(
                        new ReadReplicas.Replica("replica-reporting", "Reporting and analytics queries", List.of(),
                                300, "Long analytical queries; may lag minutes"),
                        new ReadReplicas.Replica("replica-search", "Search and catalogue browsing",
                                List.of(id(ids, "Product search")), 5,
                                "Must stay fresh: prices and stock shown to customers"),
                        new ReadReplicas.Replica("replica-jobs", "Background jobs and data processing", List.of(),
                                600, "Exports, emails, recommendation batches")),
                        List.of(id(ids, "User dashboard")),
                        "- **Read-heavy queries** go to replicas (product searches, reports)\n"
                                + "- **Write-after-read** goes to the primary to avoid replication lag surprises "
                                + "(the dashboard right after checkout)\n"
                                + "- **Load balancing** across replicas of the same purpose\n"
                                + "- **Monitoring** of lag and failover"),
                new VerticalPartitioning(List.of(
                        new VerticalPartitioning.Split(id(ids, "users"),
                                List.of(id(ids, "users.id"), id(ids, "users.email"), id(ids, "users.username"),
                                        id(ids, "users.status")),
                                List.of(id(ids, "users.phone"), id(ids, "users.last_login_at")),
                                "Sign-in and the dashboard read few columns on every request; profile details "
                                        + "are read on the profile page only."),
                        new VerticalPartitioning.Split(id(ids, "orders"),
                                List.of(id(ids, "orders.id"), id(ids, "orders.user_id"), id(ids, "orders.status"),
                                        id(ids, "orders.total_amount")),
                                List.of(id(ids, "orders.shipping_address"), id(ids, "orders.billing_address"),
                                        id(ids, "orders.notes")),
                                "Core order data vs. fulfilment details: the dashboard never reads the addresses."))),
                new Caching(List.of(
                        new Caching.CacheEntry("session:{uuid}", "User session (user id, email)", 3600,
                                "Sign-out or password change", List.of()),
                        new Caching.CacheEntry("cart:{user_id}", "Shopping cart: product id → quantity (hash)",
                                86400, "Checkout empties it", List.of()),
                        new Caching.CacheEntry("product:{id}", "Product JSON (name, price)", 3600,
                                "Product updated (tagged via product_tags:{category})",
                                List.of(id(ids, "Product search")))),
                        "Static reference data (categories, configuration) is cached in the application. Database "
                                + "side: prepared statements keep plans cached; PgBouncer pools connections; a "
                                + "materialized view serves heavy sales reports."),
                new VerticalScaling("Queries and indexes tuned for CPU efficiency first; 8 vCPU primary, scale to 16 "
                        + "before adding complexity",
                        "64 GB: shared_buffers 16 GB, effective_cache_size 48 GB, work_mem 32 MB",
                        "NVMe SSD for OLTP; 500 GB with 3× headroom for growth",
                        "PgBouncer in transaction mode, 200 client connections onto 40 server connections; "
                                + "statement caching in the driver"));
    }

    /** The brief's plan as it stands: orders hashed by user_id into 4, the audit log by quarter. */
    private static Partitioning partitioning(Map<String, UUID> ids) {
        return new Partitioning(List.of(
                new Partitioning.Plan(id(ids, "orders"), Partitioning.Strategy.HASH,
                        List.of(id(ids, "orders.user_id")), 4, List.of(),
                        "Hash partitions are never dropped; old orders are archived with the audit log's 10-year rule",
                        "The brief's plan: hash by user_id for an even spread and single-partition dashboard "
                                + "queries (orders_shard_0 … orders_shard_3, MODULUS 4). As written it cannot be "
                                + "created on PostgreSQL: the primary key (id) and the unique order_number do not "
                                + "contain user_id. See the checks for the fix."),
                new Partitioning.Plan(id(ids, "audit_log"), Partitioning.Strategy.RANGE,
                        List.of(id(ids, "audit_log.changed_at")), null, List.of(
                        new Partitioning.Bound("audit_log_2025_q1", "FROM ('2025-01-01') TO ('2025-04-01')"),
                        new Partitioning.Bound("audit_log_2025_q2", "FROM ('2025-04-01') TO ('2025-07-01')"),
                        new Partitioning.Bound("audit_log_2025_q3", "FROM ('2025-07-01') TO ('2025-10-01')"),
                        new Partitioning.Bound("audit_log_2025_q4", "FROM ('2025-10-01') TO ('2026-01-01')")),
                        "Detach partitions older than 10 years and archive them to object storage",
                        "Date ranges make archival a DETACH PARTITION instead of a mass DELETE.")));
    }

    private static NoSqlIntegration noSql() {
        return new NoSqlIntegration("Redis caches sessions, carts and product JSON; Elasticsearch serves "
                + "catalogue search, fed by change data capture from products. MongoDB is not used: the product "
                + "document below is the shape of the search document.",
                List.of(new NoSqlIntegration.CodeBlock("Product search document",
                                NoSqlIntegration.BlockKind.DOCUMENT_SCHEMA, "javascript", """
                                {
                                  _id: ObjectId("..."),
                                  sku: "PROD-12345",
                                  name: "Wireless Headphones",
                                  category: { id: "electronics", name: "Electronics", path: "/electronics/audio" },
                                  pricing: { currency: "USD", price: 199.99, sale_price: null },
                                  attributes: { color: ["Black", "White"], brand: "AudioTech", wireless: true },
                                  created_at: ISODate("2024-01-15T10:30:00Z")
                                }"""),
                        new NoSqlIntegration.CodeBlock("Caching patterns", NoSqlIntegration.BlockKind.CACHE_KEYS,
                                "redis", """
                                # User session cache
                                SET session:uuid:12345 "{\\"user_id\\":\\"user-456\\"}" EX 3600
                                # Shopping cart cache
                                HSET cart:user-456 product-123 2
                                EXPIRE cart:user-456 86400
                                # Product cache with tags
                                SET product:123 "{\\"name\\":\\"Product Name\\",\\"price\\":29.99}" EX 3600
                                SADD product_tags:electronics product:123"""),
                        new NoSqlIntegration.CodeBlock("Search index mapping",
                                NoSqlIntegration.BlockKind.SEARCH_MAPPING, "json", """
                                {
                                  "mappings": {
                                    "properties": {
                                      "name": { "type": "text", "fields": { "keyword": { "type": "keyword" } } },
                                      "description": { "type": "text" },
                                      "category": { "type": "keyword" },
                                      "price": { "type": "float" },
                                      "created_at": { "type": "date" }
                                    }
                                  }
                                }""")));
    }

    private static UUID id(Map<String, UUID> ids, String name) {
        UUID id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("The demo specification refers to " + name + ", which the demo lacks");
        }
        return id;
    }
}
