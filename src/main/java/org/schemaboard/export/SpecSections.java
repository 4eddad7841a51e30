package org.schemaboard.export;

import static org.schemaboard.export.MarkdownText.NOT_SPECIFIED;
import static org.schemaboard.export.MarkdownText.block;
import static org.schemaboard.export.MarkdownText.cell;
import static org.schemaboard.export.MarkdownText.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.spec.BackupRecovery;
import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.MigrationStrategy;
import org.schemaboard.spec.Monitoring;
import org.schemaboard.spec.NoSqlIntegration;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.checks.DesignChecker;
import org.schemaboard.spec.scalability.VerticalPartitioning;
import org.schemaboard.spec.scalability.VerticalScaling;

/**
 * The sections of the specification that people write rather than the model: scalability, migration, backup, NoSQL
 * and monitoring, under the brief's headings. A field nobody filled reads {@code _Not specified yet._}; lists that
 * point at entities, attributes or query patterns show their current names.
 */
final class SpecSections {

    private final MarkdownDoc doc;
    private final ModelView view;
    private final Specification spec;
    private final DdlScript ddl;
    private final List<Check> findings;

    private SpecSections(MarkdownDoc doc, ModelView view, Specification spec, DdlScript ddl, List<Check> findings) {
        this.doc = doc;
        this.view = view;
        this.spec = spec;
        this.ddl = ddl;
        this.findings = findings;
    }

    static SpecSections of(MarkdownDoc doc, ModelView view, Specification spec, DdlScript ddl) {
        return new SpecSections(doc, view, spec, ddl, null);
    }

    /** With the design checks' findings already made (every finding, suppressed or not), so they run once. */
    static SpecSections of(MarkdownDoc doc, ModelView view, Specification spec, DdlScript ddl, List<Check> findings) {
        return new SpecSections(doc, view, spec, ddl, findings);
    }

    // ---- Scalability Architecture

    void scalability() {
        doc.heading(2, "Scalability Architecture");
        VerticalScaling vertical = spec.verticalScaling();
        doc.heading(3, "Vertical Scaling Strategy");
        fields("CPU Optimization", vertical.cpu(), "Memory Optimization", vertical.memory(),
                "Storage Optimization", vertical.storage(), "Connection Management", vertical.connectionPooling());
        doc.heading(3, "Horizontal Scaling Strategy");
        readReplicas();
        doc.heading(4, "Partitioning Strategy");
        partitioning();
        doc.heading(5, "Horizontal Partitioning (Sharding)");
        sharding();
        doc.heading(5, "Vertical Partitioning");
        verticalPartitioning();
        doc.heading(4, "Database Sharding Considerations");
        Sharding sharding = spec.sharding();
        fields("Shard Key Selection", sharding.keys().isEmpty() ? null : String.join("; ", sharding.keys().stream()
                        .map(k -> view.entityName(k.entityId()) + " by " + attributeNames(k.attributeIds())).toList()),
                "Cross-Shard Queries", sharding.crossShardQueries(),
                "Resharding Strategy", sharding.resharding(),
                "Referential Integrity", sharding.referentialIntegrity());
        List<Check> checks = (findings != null ? findings : DesignChecker.run(view.model(), spec)).stream()
                .filter(c -> c.section() != null && c.section().group() == SpecSection.Group.SCALABILITY).toList();
        if (!checks.isEmpty()) {
            doc.heading(4, "Open Findings on the Scalability Plan");
            doc.bullets(checks.stream().map(c -> "**" + c.severity().label() + "** (" + inline(c.section().label())
                    + (c.subject() == null ? "" : ", " + c.subject()) + "): " + inline(c.message())).toList());
        }
    }

    private void readReplicas() {
        doc.heading(4, "Read Replicas");
        ReadReplicas replicas = spec.readReplicas();
        if (replicas.replicas().isEmpty()) {
            doc.notSpecified();
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ReadReplicas.Replica r : replicas.replicas()) {
                rows.add(List.of(cell(r.name()), cell(r.purpose()), cell(patternNames(r.queryPatternIds())),
                        r.maxLagSeconds() == null ? "" : r.maxLagSeconds() + " s", cell(r.notes())));
            }
            doc.table(List.of("Replica", "Purpose", "Query patterns routed here", "Max. lag", "Notes"), rows);
        }
        List<String> guidelines = new ArrayList<>();
        if (!replicas.primaryQueryPatternIds().isEmpty()) {
            guidelines.add("**Kept on the primary (write-after-read)**: " + inline(patternNames(
                    replicas.primaryQueryPatternIds())));
        }
        if (present(replicas.guidelines())) {
            guidelines.add(field("Guidelines", replicas.guidelines()));
        }
        if (!guidelines.isEmpty()) {
            doc.block("**Read Replica Guidelines**:");
            doc.bullets(guidelines);
        }
    }

    private void partitioning() {
        Partitioning partitioning = spec.partitioning();
        if (partitioning.plans().isEmpty()) {
            doc.notSpecified();
            return;
        }
        for (Partitioning.Plan plan : partitioning.plans()) {
            String entity = view.entityName(plan.entityId());
            List<String> lines = new ArrayList<>();
            lines.add("**Strategy**: " + (plan.strategy() == null ? NOT_SPECIFIED : plan.strategy().label())
                    + " on " + (plan.keyAttributeIds().isEmpty() ? NOT_SPECIFIED
                    : inline("(" + attributeNames(plan.keyAttributeIds()) + ")")));
            if (plan.strategy() == Partitioning.Strategy.HASH) {
                lines.add("**Partitions**: " + (plan.hashPartitions() == null ? NOT_SPECIFIED
                        : plan.hashPartitions() + " hash partitions"));
            } else if (!plan.bounds().isEmpty()) {
                lines.add("**Partitions**: " + inline(String.join("; ", plan.bounds().stream()
                        .map(b -> b.name() + " " + b.bound()).toList())));
            } else {
                lines.add("**Partitions**: " + NOT_SPECIFIED);
            }
            lines.add(field("Retention / Archival", plan.retention()));
            lines.add(field("Rationale", plan.rationale()));
            doc.block("**" + inline(entity) + "**:");
            doc.bullets(lines);
        }
        List<DdlScript.StatementDdl> partitionDdl = ddl == null ? List.of() : ddl.partitions();
        if (!partitionDdl.isEmpty()) {
            doc.block("Partitions for " + ddl.dialect().label() + " (the tables above are declared "
                    + "`PARTITION BY` accordingly):");
            doc.code("sql", String.join("\n\n", partitionDdl.stream().map(DdlScript.StatementDdl::sql).toList()));
        }
    }

    private void sharding() {
        Sharding sharding = spec.sharding();
        if (sharding.keys().isEmpty() && sharding.shardCount() == null && sharding.routing() == null) {
            doc.notSpecified();
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("**Shards**: " + (sharding.shardCount() == null ? NOT_SPECIFIED : sharding.shardCount())
                + ", routed by " + (sharding.routing() == null ? NOT_SPECIFIED
                : inline(sharding.routing().label().toLowerCase(java.util.Locale.ROOT))));
        for (Sharding.ShardKey key : sharding.keys()) {
            lines.add("**" + inline(view.entityName(key.entityId())) + "**: shard key "
                    + (key.attributeIds().isEmpty() ? NOT_SPECIFIED : inline("(" + attributeNames(key.attributeIds())
                    + ")")) + (present(key.notes()) ? " — " + inline(key.notes()) : ""));
        }
        doc.bullets(lines);
    }

    private void verticalPartitioning() {
        VerticalPartitioning vertical = spec.verticalPartitioning();
        if (vertical.splits().isEmpty()) {
            doc.notSpecified();
            return;
        }
        doc.bullets(vertical.splits().stream().map(s -> "**" + inline(view.entityName(s.entityId())) + "**: hot "
                + (s.hotAttributeIds().isEmpty() ? NOT_SPECIFIED : inline("(" + attributeNames(s.hotAttributeIds()) + ")"))
                + ", cold " + (s.coldAttributeIds().isEmpty() ? NOT_SPECIFIED
                : inline("(" + attributeNames(s.coldAttributeIds()) + ")"))
                + (present(s.rationale()) ? " — " + inline(s.rationale()) : "")).toList());
    }

    // ---- Caching (part of "Performance Optimization Strategy")

    void caching() {
        Caching caching = spec.caching();
        doc.heading(3, "Caching Integration Points");
        doc.heading(4, "Application-Level Caching");
        if (caching.entries().isEmpty()) {
            doc.notSpecified();
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Caching.CacheEntry e : caching.entries()) {
                rows.add(List.of(cell(e.keyPattern()), cell(e.cached()),
                        e.ttlSeconds() == null ? "" : duration(e.ttlSeconds()), cell(e.invalidation()),
                        cell(patternNames(e.queryPatternIds()))));
            }
            doc.table(List.of("Key pattern", "What is cached", "TTL", "Invalidated when", "Serves"), rows);
        }
        doc.heading(4, "Database-Level Caching");
        doc.block(prose(caching.notes()));
    }

    // ---- Data Migration and Evolution Strategy

    void migration() {
        MigrationStrategy m = spec.migration();
        doc.heading(2, "Data Migration and Evolution Strategy");
        doc.heading(3, "Schema Version Control");
        doc.heading(4, "Migration Framework");
        doc.block(prose(m.framework()));
        doc.heading(4, "Migration Best Practices");
        fields("Practices", m.practices(), "Rollback", m.rollback());
        doc.heading(3, "Data Seeding Strategy");
        doc.heading(4, "Reference Data");
        doc.block(prose(m.seeding()));
        doc.heading(4, "Test Data Generation");
        // no field holds it, so nothing a person could fill: not "not specified yet"
        doc.block(MarkdownText.NONE);
        doc.heading(3, "Production Deployment Procedures");
        doc.heading(4, "Pre-Deployment Checklist");
        if (m.deploymentChecklist().isEmpty()) {
            doc.notSpecified();
        } else {
            doc.bullets(m.deploymentChecklist().stream().map(i -> (i.done() ? "[x] " : "[ ] ") + inline(i.text()))
                    .toList());
        }
        doc.heading(4, "Deployment Process");
        doc.block(prose(m.deploymentProcess()));
    }

    // ---- Backup and Recovery Strategy (under "Data Integrity and Consistency")

    void backup() {
        BackupRecovery b = spec.backup();
        doc.heading(3, "Backup and Recovery Strategy");
        doc.heading(4, "Backup Schedule");
        fields("Full Backups", b.fullBackups(), "Incremental Backups", b.incrementalBackups(),
                "Transaction Log Backups", b.logBackups());
        doc.heading(4, "Recovery Procedures");
        fields("Point-in-Time Recovery", b.pointInTimeRecovery(), "Disaster Recovery", b.disasterRecovery(),
                "Testing", b.restoreTesting());
    }

    // ---- NoSQL Integration (if applicable)

    void noSql() {
        noSql(List.of());
    }

    /** The section with the design's structured NoSQL elements first under each heading, then the text blocks. */
    void noSql(List<org.schemaboard.model.nosql.NoSqlElement> elements) {
        NoSqlIntegration n = spec.noSql();
        doc.heading(2, "NoSQL Integration (if applicable)");
        if (present(n.notes())) {
            doc.block(prose(n.notes()));
        }
        doc.heading(3, "Document Database Design (MongoDB)");
        noSqlBlocks(NoSqlSpecText.mongo(doc, elements), n, NoSqlIntegration.BlockKind.DOCUMENT_SCHEMA,
                NoSqlIntegration.BlockKind.INDEXES);
        doc.heading(3, "Cache Database Design (Redis)");
        noSqlBlocks(NoSqlSpecText.redis(doc, elements), n, NoSqlIntegration.BlockKind.CACHE_KEYS);
        doc.heading(3, "Search Engine Design (Elasticsearch)");
        noSqlBlocks(NoSqlSpecText.search(doc, elements), n, NoSqlIntegration.BlockKind.SEARCH_MAPPING);
        List<NoSqlIntegration.CodeBlock> other = n.blocks().stream()
                .filter(b -> b.kind() == null || b.kind() == NoSqlIntegration.BlockKind.OTHER).toList();
        if (!other.isEmpty()) {
            doc.heading(3, "Other NoSQL Designs");
            other.forEach(this::codeBlock);
        }
    }

    private void noSqlBlocks(boolean structured, NoSqlIntegration n, NoSqlIntegration.BlockKind... kinds) {
        List<NoSqlIntegration.CodeBlock> blocks = n.blocks().stream()
                .filter(b -> b.kind() != null && List.of(kinds).contains(b.kind())).toList();
        if (blocks.isEmpty() && !structured) {
            doc.notSpecified();
        }
        blocks.forEach(this::codeBlock);
    }

    private void codeBlock(NoSqlIntegration.CodeBlock b) {
        doc.heading(4, (present(b.title()) ? b.title().strip() : "Untitled")
                + (b.kind() == null ? "" : " (" + b.kind().label() + ")"));
        doc.code(b.language() == null ? "" : b.language().strip(), b.text() == null ? "" : b.text());
    }

    // ---- Monitoring and Observability

    void monitoring() {
        Monitoring m = spec.monitoring();
        doc.heading(2, "Monitoring and Observability");
        doc.heading(3, "Performance Monitoring");
        doc.block(prose(m.performanceMetrics()));
        doc.heading(3, "Capacity Planning Metrics");
        doc.block(prose(m.capacityMetrics()));
        doc.heading(3, "Alerting Thresholds");
        if (m.alerts().isEmpty()) {
            doc.notSpecified();
        } else {
            doc.table(List.of("Metric", "Threshold", "Action"), m.alerts().stream()
                    .map(a -> List.of(cell(a.metric()), cell(a.threshold()), cell(a.action()))).toList());
        }
    }

    // ---- helpers

    private String attributeNames(List<UUID> ids) {
        return String.join(", ", ids.stream().map(id -> view.attribute(id).map(Attribute::name)
                .orElse("(deleted attribute)")).toList());
    }

    private String patternNames(List<UUID> ids) {
        Function<UUID, String> name = id -> view.model().queryPattern(id).map(QueryPattern::name)
                .orElse("(deleted query pattern)");
        return String.join(", ", ids.stream().map(name).toList());
    }

    /** Label/value pairs as bullets; when none has a value, just "Not specified yet". */
    private void fields(String... labelsAndValues) {
        List<String> bullets = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            any |= present(labelsAndValues[i + 1]);
            bullets.add(field(labelsAndValues[i], labelsAndValues[i + 1]));
        }
        if (any) {
            doc.bullets(bullets);
        } else {
            doc.notSpecified();
        }
    }

    static String field(String label, String text) {
        return "**" + label + "**: " + MarkdownText.prose(text, "  ");
    }

    static String prose(String text) {
        return MarkdownText.prose(text, "");
    }

    static boolean present(String text) {
        return !org.schemaboard.spec.Unwritten.empty(text);
    }

    private static String duration(int seconds) {
        if (seconds % 86400 == 0) {
            return seconds / 86400 + " d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }

}
