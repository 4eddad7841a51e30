package org.schemaboard.spec.ui;

import org.schemaboard.spec.scalability.ui.CachingForm;
import org.schemaboard.spec.scalability.ui.PartitioningForm;
import org.schemaboard.spec.scalability.ui.ReadReplicasForm;
import org.schemaboard.spec.scalability.ui.ShardingForm;
import org.schemaboard.spec.scalability.ui.VerticalPartitioningForm;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.schemaboard.spec.BackupRecovery;
import org.schemaboard.spec.HandoffNotes;
import org.schemaboard.spec.IntegrityConsistency;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.TechnologySelection;
import org.schemaboard.spec.scalability.VerticalScaling;

/** The form of each section. */
final class Forms {

    private Forms() {
    }

    static Component create(SpecSection section, SpecContext c) {
        return switch (section) {
            case PARTITIONING -> new PartitioningForm(c);
            case SHARDING -> new ShardingForm(c);
            case READ_REPLICAS -> new ReadReplicasForm(c);
            case VERTICAL_PARTITIONING -> new VerticalPartitioningForm(c);
            case CACHING -> new CachingForm(c);
            case EXECUTIVE_SUMMARY -> new ExecutiveSummaryForm(c);
            case DATA_VOLUME -> new DataVolumeForm(c);
            case DESIGN_DECISIONS -> new DesignDecisionsForm(c);
            case MIGRATION -> new MigrationForm(c);
            case NOSQL -> new NoSqlForm(c);
            case MONITORING -> new MonitoringForm(c);
            case VERTICAL_SCALING -> new ProseForm<>(c, section, VerticalScaling.class,
                    "How one database server grows before the data is spread over several.", List.of(
                    new ProseForm.Field("CPU", "Query and index work per core; when to add cores"),
                    new ProseForm.Field("Memory", "Buffer pool / shared buffers, work memory, caches"),
                    new ProseForm.Field("Storage", "Storage type, IOPS, growth headroom"),
                    new ProseForm.Field("Connection pooling", "Pooler, pool sizes, statement caching")));
            case TECHNOLOGY -> new ProseForm<>(c, section, TechnologySelection.class,
                    "Why this database: the brief's seven criteria.", List.of(
                    new ProseForm.Field("Primary database", "The selected technology and version"),
                    new ProseForm.Field("Data model fit", "How well the database fits the data relationships"),
                    new ProseForm.Field("Performance characteristics", "Query performance, throughput, latency"),
                    new ProseForm.Field("Scalability", "Horizontal and vertical scaling capabilities"),
                    new ProseForm.Field("Consistency requirements", "ACID properties vs. eventual consistency"),
                    new ProseForm.Field("Operational complexity", "Maintenance, backup, monitoring"),
                    new ProseForm.Field("Team expertise", "Familiarity and learning curve"),
                    new ProseForm.Field("Ecosystem integration", "Fit with the chosen technology stack")));
            case INTEGRITY -> new ProseForm<>(c, section, IntegrityConsistency.class,
                    "Which data needs strong consistency, where eventual consistency is acceptable, and who "
                            + "validates what.", List.of(
                    new ProseForm.Field("Consistency approach", "e.g. strong for financial data, eventual elsewhere"),
                    new ProseForm.Field("Strong consistency required for", "e.g. order totals, stock levels"),
                    new ProseForm.Field("Eventual consistency acceptable for", "e.g. search indexes, analytics"),
                    new ProseForm.Field("Validation in the database", "Constraints the database enforces"),
                    new ProseForm.Field("Validation in the application", "Rules too complex for constraints")));
            case BACKUP -> new ProseForm<>(c, section, BackupRecovery.class,
                    "Backup schedules and how the data comes back.", List.of(
                    new ProseForm.Field("Full backups", "When and how"),
                    new ProseForm.Field("Incremental backups", "When and how"),
                    new ProseForm.Field("Transaction log backups", "Interval; enables point-in-time recovery"),
                    new ProseForm.Field("Point-in-time recovery", "How far back, how precise"),
                    new ProseForm.Field("Disaster recovery", "Other region, failover, RPO / RTO"),
                    new ProseForm.Field("Restore testing", "How often restores are tested, and how")));
            case HANDOFF -> new ProseForm<>(c, section, HandoffNotes.class,
                    "What the next people need from this design.", List.of(
                    new ProseForm.Field("For the security specialist",
                            "Audit tables, access patterns, sensitive fields to encrypt"),
                    new ProseForm.Field("For the development teams",
                            "Schema readiness, query patterns, migration framework, performance guidelines")));
            case SELF_CRITIQUE -> new SelfCritiqueForm(c);
            case REQUIREMENTS -> new RequirementsForm(c);
            case CHECKLIST -> throw new IllegalArgumentException(section.label() + " has its own tab");
        };
    }
}
